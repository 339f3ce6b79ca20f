// The reply path's hook: an agent's message went out (sent through the outbox, issue 7, or an
// echo of a reply written in the platform's own app, stored by the pipeline). It is the first
// response if none came before, it stops the response clocks, and an unassigned conversation
// goes to the agent who answered it (when they are in its team).
import { notFound } from '../core/errors.ts';
import type { Executor } from '../storage/storage.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { applySla } from '../sla/sla-clocks.ts';
import type { RoutingContext } from './routing-context.ts';
import { setAssignment } from './conversation-changes.ts';

export interface AgentResponse {
  /** Read from the conversation when omitted (the outbox's onDelivered hook knows only the conversation). */
  workspaceId?: string;
  conversationId: string;
  /** When the reply was sent (platform time when known), epoch ms. */
  at: number;
  /** The person who wrote it; null for an echo from the platform's app. */
  authorUserId?: string | null;
  /** Automatic messages (canned acknowledgements) are not responses. */
  automated?: boolean;
}

export async function recordAgentResponse(ctx: RoutingContext, tx: Executor, response: AgentResponse): Promise<void> {
  if (response.automated) return;
  const workspaceId = response.workspaceId ?? (await tx.selectFrom('conversations').select('workspace_id').where('id', '=', response.conversationId).executeTakeFirst())?.workspace_id;
  let c = workspaceId === undefined ? undefined : await routing.lockRoutingConversation(tx, workspaceId, response.conversationId, ctx.clock.now());
  if (!c) throw notFound('Conversation');
  const at = Math.min(response.at, ctx.clock.now());
  if (c.firstResponseAt === null || c.firstResponseAt > at) {
    await routing.updateRoutingConversation(tx, c.workspaceId, c.id, { firstResponseAt: at }, ctx.clock.now());
    c = { ...c, firstResponseAt: at };
  }
  await applySla(ctx, tx, c, { kind: 'response', at });
  const author = response.authorUserId ?? null;
  if (c.assigneeId === null && author !== null && c.teamId !== null && (await routing.listTeamIdsOfUser(tx, c.workspaceId, author)).includes(c.teamId)) {
    await setAssignment(ctx, tx, c, { teamId: c.teamId, assigneeId: author }, 'self', author);
  }
}
