// The changes every path shares (commands, rules, drains, escalations, timers): each updates the
// row, keeps the waiting queue and the SLA clocks in step, emits one event, and asks for drains
// where capacity or work appeared. Callers have locked the conversation (lockRoutingConversation)
// and checked who may do what.
import { assertTransition, type ConversationStatus } from '../core/conversation/conversation.ts';
import { DomainError } from '../core/errors.ts';
import type { AssignmentReason } from '../core/events.ts';
import { clampPriority } from '../core/routing/priority.ts';
import { shouldWait, type RoutingConversation } from '../core/routing/routing-conversation.ts';
import { emit } from '../events/emit.ts';
import type { Executor } from '../storage/storage.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { applySla } from '../sla/sla-clocks.ts';
import type { RoutingContext } from './routing-context.ts';
import { requestDrain, requestDrainForAgent } from './drain-requests.ts';

export const WAKE_JOB = 'conversation.wake';
export const wakeKey = (conversationId: string) => `snooze:${conversationId}`;

/** When the customer began waiting: their unanswered message, else now. */
function waitingSince(c: RoutingConversation, now: number): number {
  const unanswered = c.lastInboundAt !== null && c.lastInboundAt > (c.lastOutboundAt ?? 0);
  return unanswered ? Math.min(now, c.lastInboundAt!) : now;
}

/** The queue position after a change: kept while still waiting, set on entering, cleared on leaving. */
function queuedAtFor(next: RoutingConversation, now: number): number | null {
  return shouldWait(next) ? (next.queuedAt ?? waitingSince(next, now)) : null;
}

async function persist(ctx: RoutingContext, tx: Executor, after: RoutingConversation): Promise<RoutingConversation> {
  const now = ctx.clock.now();
  const next = { ...after, queuedAt: queuedAtFor(after, now), updatedAt: now };
  await routing.updateRoutingConversation(tx, next.workspaceId, next.id, {
    status: next.status, priority: next.priority, teamId: next.teamId, assigneeId: next.assigneeId, snoozedUntil: next.snoozedUntil,
    needsResponse: next.needsResponse, slaPolicyId: next.slaPolicyId, queuedAt: next.queuedAt, assignedAt: next.assignedAt,
  }, now);
  return next;
}

/** After the change's own event: the queue event, and drains where work or room appeared. */
async function announce(ctx: RoutingContext, tx: Executor, before: RoutingConversation, next: RoutingConversation): Promise<void> {
  if (next.queuedAt !== null && before.queuedAt === null) {
    await emit(tx, ctx.clock, { type: 'conversation.queued', workspaceId: next.workspaceId, subjectId: next.id, teamId: next.teamId, payload: { conversationId: next.id, teamId: next.teamId!, priority: next.priority } });
  }
  if (next.queuedAt !== null) await requestDrain(ctx, tx, next.workspaceId, next.teamId!);
  // An agent who held it in the open state has room for one more.
  const heldBefore = before.status === 'open' && before.assigneeId !== null;
  if (heldBefore && (next.assigneeId !== before.assigneeId || next.status !== 'open')) await requestDrainForAgent(ctx, tx, next.workspaceId, before.assigneeId!);
}

export async function setAssignment(ctx: RoutingContext, tx: Executor, c: RoutingConversation,
  to: { teamId: string | null; assigneeId: string | null }, reason: AssignmentReason, byUserId: string | null): Promise<RoutingConversation> {
  if (to.teamId === c.teamId && to.assigneeId === c.assigneeId) return c;
  const now = ctx.clock.now();
  const next = await persist(ctx, tx, { ...c, ...to, assignedAt: to.assigneeId === null ? null : to.assigneeId === c.assigneeId ? c.assignedAt : now });
  await emit(tx, ctx.clock, {
    type: 'conversation.assigned', workspaceId: c.workspaceId, subjectId: c.id, teamId: next.teamId,
    payload: { conversationId: c.id, assigneeId: next.assigneeId, previousAssigneeId: c.assigneeId, teamId: next.teamId, previousTeamId: c.teamId, reason, byUserId },
  });
  await announce(ctx, tx, c, next);
  if (next.teamId !== c.teamId) await applySla(ctx, tx, next, { kind: 'retarget', at: now });
  return next;
}

export async function setStatus(ctx: RoutingContext, tx: Executor, c: RoutingConversation, to: ConversationStatus,
  options: { snoozedUntil?: number | null; byUserId: string | null; at?: number }): Promise<RoutingConversation> {
  const now = ctx.clock.now();
  if (to === c.status && to !== 'snoozed') return c;
  if (to !== c.status) assertTransition(c.status, to);
  const snoozedUntil = to === 'snoozed' ? options.snoozedUntil ?? null : null;
  if (to === 'snoozed' && (snoozedUntil === null || snoozedUntil <= now)) {
    throw new DomainError('validation_failed', 'Snoozing needs a time in the future (snoozedUntil, epoch ms)', { field: 'snoozedUntil' });
  }
  const next = await persist(ctx, tx, { ...c, status: to, snoozedUntil });
  if (to === 'snoozed') await ctx.jobs.enqueue(WAKE_JOB, { workspaceId: c.workspaceId, conversationId: c.id, snoozedUntil }, { runAt: snoozedUntil!, uniqueKey: wakeKey(c.id), executor: tx });
  else if (c.status === 'snoozed') await ctx.jobs.cancel(wakeKey(c.id), tx);
  await emit(tx, ctx.clock, {
    type: 'conversation.status_changed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
    payload: { conversationId: c.id, from: c.status, to, snoozedUntil, byUserId: options.byUserId },
  });
  await announce(ctx, tx, c, next);
  if (to !== c.status) await applySla(ctx, tx, next, { kind: 'status', from: c.status, to, at: options.at ?? now });
  return next;
}

export async function setPriority(ctx: RoutingContext, tx: Executor, c: RoutingConversation, priority: number,
  reason: 'manual' | 'rule' | 'triage' | 'escalation', byUserId: string | null): Promise<RoutingConversation> {
  const level = clampPriority(priority);
  if (level === c.priority) return c;
  const next = await persist(ctx, tx, { ...c, priority: level });
  await emit(tx, ctx.clock, {
    type: 'conversation.priority_changed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
    payload: { conversationId: c.id, priority: level, previous: c.priority, reason, byUserId },
  });
  await announce(ctx, tx, c, next);
  // Targets may differ by priority.
  await applySla(ctx, tx, next, { kind: 'retarget', at: ctx.clock.now() });
  return next;
}

/**
 * A person's correction of triage. A kind that needs a response (complaint, question) puts the
 * conversation in the waiting queue; one that does not (praise, chatter, spam) takes it out.
 */
export async function setTriageCorrection(ctx: RoutingContext, tx: Executor, c: RoutingConversation,
  input: { kind?: string; topic?: string; sentiment?: string }): Promise<RoutingConversation> {
  const now = ctx.clock.now();
  const needsResponse = input.kind === undefined ? c.needsResponse : input.kind === 'complaint' || input.kind === 'question';
  const corrected = { ...c, kind: input.kind ?? c.kind, topic: input.topic ?? c.topic, sentiment: input.sentiment ?? c.sentiment, needsResponse };
  await routing.updateRoutingConversation(tx, c.workspaceId, c.id, { kind: corrected.kind, topic: corrected.topic, sentiment: corrected.sentiment }, now);
  const next = await persist(ctx, tx, corrected);
  const changed = (['kind', 'topic', 'sentiment', 'needsResponse'] as const).filter((key) => next[key] !== c[key]);
  await emit(tx, ctx.clock, {
    type: 'conversation.updated', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
    payload: { conversationId: c.id, changed: [...changed] },
  });
  await announce(ctx, tx, c, next);
  // The customer has been waiting since their message, not since the correction.
  if (next.needsResponse === false && c.needsResponse !== false) await applySla(ctx, tx, next, { kind: 'no_response', at: now });
  if (next.needsResponse === true && c.needsResponse === false) await applySla(ctx, tx, next, { kind: 'inbound', at: c.lastInboundAt ?? now });
  return next;
}

export async function changeLabels(ctx: RoutingContext, tx: Executor, c: RoutingConversation, add: readonly string[], remove: readonly string[],
  byUserId: string | null): Promise<{ added: string[]; removed: string[]; labels: string[] }> {
  const now = ctx.clock.now();
  const removed = await routing.removeLabels(tx, c.id, remove.filter((l) => !add.includes(l)));
  const added = await routing.addLabels(tx, c.workspaceId, c.id, add, now);
  const labels = await routing.listLabels(tx, c.id);
  if (added.length > 0 || removed.length > 0) {
    await emit(tx, ctx.clock, {
      type: 'conversation.labels_changed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
      payload: { conversationId: c.id, added, removed, labels, byUserId },
    });
  }
  return { added, removed, labels };
}

export async function setSlaPolicy(ctx: RoutingContext, tx: Executor, c: RoutingConversation, policyId: string | null, byUserId: string | null): Promise<RoutingConversation> {
  if (policyId === c.slaPolicyId) return c;
  const next = await persist(ctx, tx, { ...c, slaPolicyId: policyId });
  await emit(tx, ctx.clock, {
    type: 'conversation.sla_policy_changed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
    payload: { conversationId: c.id, policyId, previousPolicyId: c.slaPolicyId, byUserId },
  });
  await applySla(ctx, tx, next, { kind: 'retarget', at: ctx.clock.now() });
  return next;
}

/** Chatter, praise, spam: out of the queue and the SLAs. */
export async function markNoResponse(ctx: RoutingContext, tx: Executor, c: RoutingConversation): Promise<RoutingConversation> {
  if (c.needsResponse === false) return c;
  const next = await persist(ctx, tx, { ...c, needsResponse: false });
  await emit(tx, ctx.clock, { type: 'conversation.updated', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId, payload: { conversationId: c.id, changed: ['needsResponse'] } });
  await announce(ctx, tx, c, next);
  await applySla(ctx, tx, next, { kind: 'no_response', at: ctx.clock.now() });
  return next;
}

/** Puts the conversation in (or takes it out of) its team's queue if its state says so; asks for a drain. */
export async function syncQueue(ctx: RoutingContext, tx: Executor, c: RoutingConversation): Promise<RoutingConversation> {
  const waiting = shouldWait(c);
  if (waiting === (c.queuedAt !== null)) {
    if (waiting) await requestDrain(ctx, tx, c.workspaceId, c.teamId!);
    return c;
  }
  const next = await persist(ctx, tx, c);
  await announce(ctx, tx, c, next);
  return next;
}
