// What people do to a conversation's routing: assign or release it, move it to a team, hand it
// off from marketing to care, change its status, priority, labels or SLA policy. Each checks the
// caller's scope first (a conversation outside it is "not found", like one that does not
// exist), then their right to act, then goes through the shared changes (one event each).
import type { Principal } from '../core/access/principal.ts';
import { can } from '../core/access/principal.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import type { ConversationStatus } from '../core/conversation/conversation.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import type { Tx } from '../storage/storage.ts';
import { findConversationInScope } from '../storage/repositories/conversations.repository.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { findTeam, findUser, listTeams } from '../storage/repositories/workspaces.repository.ts';
import { findPolicy } from '../storage/repositories/sla.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { changeLabels, setAssignment, setPriority, setSlaPolicy, setStatus, setTriageCorrection } from './conversation-changes.ts';
import type { Kind, Sentiment, TriageFeedback } from '../triage/index.ts';
import { scoreFromPriority } from '../core/routing/priority.ts';
import { assignNext } from './assignment.service.ts';

export interface CommandResult {
  conversation: RoutingConversation;
  labels: string[];
}

async function inScope(ctx: RoutingContext, principal: Principal, id: string,
  work: (tx: Tx, c: RoutingConversation) => Promise<RoutingConversation>): Promise<CommandResult> {
  return ctx.storage.transaction(async (tx) => {
    if (!(await findConversationInScope(tx, conversationScope(principal), id))) throw notFound('Conversation');
    const locked = await routing.lockRoutingConversation(tx, principal.workspaceId, id, ctx.clock.now());
    if (!locked) throw notFound('Conversation');
    const conversation = await work(tx, locked);
    return { conversation, labels: await routing.listLabels(tx, id) };
  });
}

async function assigneeTeam(tx: Tx, principal: Principal, assigneeId: string, teamId: string | null): Promise<string> {
  const user = await findUser(tx, principal.workspaceId, assigneeId);
  if (!user || user.status !== 'active') throw new DomainError('validation_failed', 'No active person with this id', { field: 'assigneeId' });
  const teams = await routing.listTeamIdsOfUser(tx, principal.workspaceId, assigneeId);
  if (teamId !== null) {
    if (!teams.includes(teamId)) throw new DomainError('validation_failed', `${user.name} is not in the conversation's team; name a team they are in`, { field: 'teamId' });
    return teamId;
  }
  if (teams.length !== 1) throw new DomainError('validation_failed', 'Name the team (teamId) to assign this conversation in', { field: 'teamId' });
  return teams[0]!;
}

export async function assignConversation(ctx: RoutingContext, principal: Principal, id: string,
  input: { assigneeId?: string | null; teamId?: string | null }): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    const assigneeId = input.assigneeId === undefined ? c.assigneeId : input.assigneeId;
    const self = assigneeId === principal.userId && (input.teamId === undefined || input.teamId === c.teamId);
    const release = assigneeId === null && c.assigneeId === principal.userId && input.teamId === undefined;
    if (!self && !release && !can(principal, 'conversation.assign_any')) throw new DomainError('forbidden', 'You may take or release conversations yourself; assigning others needs a lead');
    let teamId = input.teamId === undefined ? c.teamId : input.teamId;
    if (teamId !== null && !(await findTeam(tx, principal.workspaceId, teamId))) throw new DomainError('validation_failed', 'No team with this id', { field: 'teamId' });
    if (assigneeId !== null) teamId = await assigneeTeam(tx, principal, assigneeId, teamId);
    const reason = self ? 'self' : release ? 'released' : 'manual';
    const next = await setAssignment(ctx, tx, c, { teamId, assigneeId }, reason, principal.userId);
    // Released: someone else takes it now if anyone can (not straight back to the one who let go).
    return release ? assignNext(ctx, tx, next, new Set([principal.userId])) : next;
  });
}

/** Marketing to care in one step: to the named team, or the workspace's first care team. */
export async function handOffToCare(ctx: RoutingContext, principal: Principal, id: string, input: { teamId?: string }): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    const team = input.teamId ? await findTeam(tx, principal.workspaceId, input.teamId) : (await listTeams(tx, principal.workspaceId, 'care'))[0];
    if (!team || team.kind !== 'care') throw new DomainError('validation_failed', 'Hand-offs go to a care team', { field: 'teamId' });
    return setAssignment(ctx, tx, c, { teamId: team.id, assigneeId: null }, 'handoff', principal.userId);
  });
}

export async function changeStatus(ctx: RoutingContext, principal: Principal, id: string,
  input: { status: ConversationStatus; snoozedUntil?: number | null }): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    // Resolved with the customer's last word unanswered: the team judged it needed no response.
    const unanswered = c.lastInboundAt !== null && (c.lastOutboundAt === null || c.lastOutboundAt < c.lastInboundAt);
    if (input.status === 'resolved' && c.status !== 'resolved' && unanswered) {
      await ctx.triageLabels?.(tx, { workspaceId: c.workspaceId, conversationId: c.id, actorId: principal.userId, feedback: [{ type: 'dismissed' }] });
    }
    return setStatus(ctx, tx, c, input.status, { snoozedUntil: input.snoozedUntil ?? null, byUserId: principal.userId });
  });
}

export async function changePriority(ctx: RoutingContext, principal: Principal, id: string, priority: number): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    if (priority !== c.priority) {
      await ctx.triageLabels?.(tx, { workspaceId: c.workspaceId, conversationId: c.id, actorId: principal.userId, feedback: [{ type: 'priority', priority: scoreFromPriority(priority) }] });
    }
    return setPriority(ctx, tx, c, priority, 'manual', principal.userId);
  });
}

/**
 * A person corrects triage (kind, topic or sentiment of the conversation's latest item): the
 * conversation shows the correction and the workspace's triage learns it.
 */
export async function correctTriage(ctx: RoutingContext, principal: Principal, id: string,
  input: { kind?: Kind; topic?: string; sentiment?: Sentiment }): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    const feedback: TriageFeedback[] = [
      ...(input.kind && input.kind !== c.kind ? [{ type: 'kind' as const, kind: input.kind }] : []),
      ...(input.topic && input.topic !== c.topic ? [{ type: 'topic' as const, topic: input.topic }] : []),
      ...(input.sentiment && input.sentiment !== c.sentiment ? [{ type: 'sentiment' as const, sentiment: input.sentiment }] : []),
    ];
    if (feedback.length === 0) return c;
    await ctx.triageLabels?.(tx, { workspaceId: c.workspaceId, conversationId: c.id, actorId: principal.userId, feedback });
    return setTriageCorrection(ctx, tx, c, input);
  });
}

export const normalizeLabel = (label: string) => label.trim().toLowerCase();

export async function changeConversationLabels(ctx: RoutingContext, principal: Principal, id: string,
  input: { add?: string[]; remove?: string[] }): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    const add = (input.add ?? []).map(normalizeLabel).filter((l) => l.length > 0);
    await changeLabels(ctx, tx, c, add, (input.remove ?? []).map(normalizeLabel), principal.userId);
    return c;
  });
}

export async function changeSlaPolicy(ctx: RoutingContext, principal: Principal, id: string, policyId: string | null): Promise<CommandResult> {
  return inScope(ctx, principal, id, async (tx, c) => {
    if (policyId !== null) {
      const policy = await findPolicy(tx, principal.workspaceId, policyId);
      if (!policy || policy.archivedAt !== null) throw new DomainError('validation_failed', 'No SLA policy with this id', { field: 'policyId' });
    }
    return setSlaPolicy(ctx, tx, c, policyId, principal.userId);
  });
}
