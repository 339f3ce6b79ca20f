// Applies a conversation scope (core/access/conversation-policy.ts) to a query, so lists are
// filtered in the same query that reads them.
import type { ExpressionBuilder } from 'kysely';
import type { ConversationScope } from '../../core/access/conversation-policy.ts';
import type { Database } from '../schema.ts';

export function conversationInScope(scope: ConversationScope) {
  return (eb: ExpressionBuilder<Database, 'conversations'>) => {
    const workspace = eb('conversations.workspace_id', '=', scope.workspaceId);
    if (scope.kind === 'workspace') return workspace;
    if (scope.teamIds.length === 0) return eb.and([workspace, eb.lit(false)]);
    return eb.and([workspace, eb('conversations.team_id', 'in', [...scope.teamIds])]);
  };
}
