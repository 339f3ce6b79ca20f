// Which conversations a person may see and act on. Admins and supervisors of in-house teams see
// the whole workspace; agents, and anyone only in vendor teams, see their teams' queues. The
// same scope filters lists in one query (storage applies it) and checks single objects.
import type { AnyDomainEvent } from '../events.ts';
import type { Principal } from './principal.ts';

export type ConversationScope =
  | { kind: 'workspace'; workspaceId: string }
  | { kind: 'teams'; workspaceId: string; teamIds: readonly string[] };

export function conversationScope(principal: Principal): ConversationScope {
  const wholeWorkspace = (principal.role === 'admin' || principal.role === 'supervisor') && !principal.vendorOnly;
  return wholeWorkspace
    ? { kind: 'workspace', workspaceId: principal.workspaceId }
    : { kind: 'teams', workspaceId: principal.workspaceId, teamIds: principal.teamIds };
}

export function inScope(scope: ConversationScope, conversation: { workspaceId: string; teamId: string | null }): boolean {
  if (conversation.workspaceId !== scope.workspaceId) return false;
  return scope.kind === 'workspace' || (conversation.teamId !== null && scope.teamIds.includes(conversation.teamId));
}

/** Realtime: an event is visible when its subject's team (at the time) is in scope. */
export function eventInScope(scope: ConversationScope, event: AnyDomainEvent): boolean {
  if (event.workspaceId !== scope.workspaceId) return false;
  if (scope.kind === 'workspace') return true;
  return event.teamId !== null && event.teamId !== undefined && scope.teamIds.includes(event.teamId);
}
