// Keeps a conversation's SLA clocks in step with what happens to it: a customer message starts
// the first-response, next-response and resolution clocks; an agent's reply stops the response
// clocks; waiting on the customer pauses them (if the policy says so); resolving stops them; a new
// policy, priority or team (calendar) moves the deadlines. Every change reschedules the timers.
import type { ConversationStatus } from '../core/conversation/conversation.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import { pauseClock, resumeClock, retarget, startClock, stopClock, type SlaClock } from '../core/sla/sla-clock.ts';
import { targetMs, warningLeadMs, type SlaPolicy, type SlaTarget } from '../core/sla/sla-policy.ts';
import type { BusinessCalendar } from '../core/calendar/index.ts';
import { emit } from '../events/emit.ts';
import { newId } from '../core/ids.ts';
import type { Executor } from '../storage/storage.ts';
import * as sla from '../storage/repositories/sla.repository.ts';
import type { RoutingContext } from '../routing/routing-context.ts';
import { calendarFor } from './calendars.ts';
import { policyFor } from './sla-policies.ts';
import { scheduleSlaTimers } from './sla-timers.schedule.ts';

export type SlaEvent =
  | { kind: 'inbound'; at: number }
  | { kind: 'response'; at: number }
  | { kind: 'status'; from: ConversationStatus; to: ConversationStatus; at: number }
  | { kind: 'no_response'; at: number }
  /** The policy, priority or team (so the calendar) changed. */
  | { kind: 'retarget'; at: number };

interface Setting {
  ctx: RoutingContext;
  tx: Executor;
  conversation: RoutingConversation;
  policy: SlaPolicy;
  calendar: BusinessCalendar;
  lead: number | null;
  /** The highest cycle each target has reached. */
  lastCycles: Map<SlaTarget, number>;
}

/** Applies one event to the conversation's clocks. The conversation is as it is after the change. */
export async function applySla(ctx: RoutingContext, tx: Executor, conversation: RoutingConversation, event: SlaEvent): Promise<void> {
  const { active, lastCycles } = await sla.listCurrentClocks(tx, conversation.id);
  if (active.length === 0 && event.kind !== 'inbound' && !(event.kind === 'status' && event.from === 'resolved')) return;
  const policy = await policyFor(tx, conversation, ctx.clock.now(), ctx.settings);
  const calendar = await calendarFor(ctx, tx, conversation.workspaceId, conversation.teamId);
  const s: Setting = { ctx, tx, conversation, policy, calendar, lead: warningLeadMs(policy.definition), lastCycles };
  const at = Math.min(event.at, ctx.clock.now());
  switch (event.kind) {
    case 'inbound': return onInbound(s, active, at);
    case 'response': return stopAll(s, active.filter((c) => c.target !== 'resolution'), at, false);
    case 'no_response': return stopAll(s, active, at, true);
    case 'retarget': return onRetarget(s, active, at);
    case 'status': return onStatus(s, active, event.from, event.to, at);
  }
}

async function onInbound(s: Setting, active: SlaClock[], at: number): Promise<void> {
  if (s.conversation.needsResponse === false) return;
  await resumeAll(s, active, at);
  const has = (target: SlaTarget) => active.some((c) => c.target === target);
  if (s.conversation.firstResponseAt === null && !has('first_response')) await start(s, 'first_response', at);
  if (s.conversation.firstResponseAt !== null && !has('next_response')) await start(s, 'next_response', at);
  if (!has('resolution')) await start(s, 'resolution', at);
}

async function onStatus(s: Setting, active: SlaClock[], from: ConversationStatus, to: ConversationStatus, at: number): Promise<void> {
  if (to === 'resolved') {
    await stopAll(s, active.filter((c) => c.target === 'resolution'), at, false);
    return stopAll(s, active.filter((c) => c.target !== 'resolution'), at, true);
  }
  if ((s.policy.definition.pauseWhen as readonly string[]).includes(to)) {
    for (const clock of active) await save(s, pauseClock(clock, at, s.calendar));
    return;
  }
  await resumeAll(s, active, at);
  // Reopened by hand: the work is open again, so resolution is measured again.
  if (from === 'resolved' && s.conversation.needsResponse !== false && !active.some((c) => c.target === 'resolution')) await start(s, 'resolution', at);
}

async function onRetarget(s: Setting, active: SlaClock[], at: number): Promise<void> {
  for (const clock of active) {
    const ms = targetMs(s.policy.definition, clock.target, s.conversation.priority);
    if (ms === null) await stopAll(s, [clock], at, true);
    else await save(s, retarget(clock, { policyId: s.policy.id, targetMs: ms, businessHours: s.policy.definition.businessHours }, at, s.calendar, s.lead));
  }
}

async function resumeAll(s: Setting, active: SlaClock[], at: number): Promise<void> {
  if ((s.policy.definition.pauseWhen as readonly string[]).includes(s.conversation.status)) return;
  for (const clock of active.filter((c) => c.status === 'paused')) await save(s, resumeClock(clock, at, s.calendar, s.lead));
}

async function start(s: Setting, target: SlaTarget, at: number): Promise<void> {
  const ms = targetMs(s.policy.definition, target, s.conversation.priority);
  if (ms === null) return;
  const cycle = (s.lastCycles.get(target) ?? 0) + 1;
  s.lastCycles.set(target, cycle);
  const spec = { conversationId: s.conversation.id, target, cycle, policyId: s.policy.id, targetMs: ms, businessHours: s.policy.definition.businessHours };
  let clock = startClock(spec, at, s.calendar, s.lead);
  if ((s.policy.definition.pauseWhen as readonly string[]).includes(s.conversation.status)) clock = pauseClock(clock, at, s.calendar);
  await save(s, clock);
}

async function stopAll(s: Setting, clocks: SlaClock[], at: number, cancel: boolean): Promise<void> {
  for (const clock of clocks) {
    const { clock: stopped, overdueAt } = stopClock(clock, at, s.calendar, cancel);
    if (overdueAt !== null) await recordBreach(s.ctx, s.tx, s.conversation, stopped, overdueAt);
    await save(s, stopped);
    if (stopped.outcome === 'missed' && !cancel) {
      await sla.completeBreach(s.tx, stopped.conversationId, stopped.target, stopped.cycle, {
        metAt: at, actualMs: stopped.businessHours ? stopped.runningBusinessMs : stopped.runningWallMs,
        wallMs: stopped.runningWallMs, businessMs: stopped.runningBusinessMs,
      });
    }
    await emit(s.tx, s.ctx.clock, {
      type: 'sla.stopped', workspaceId: s.conversation.workspaceId, subjectId: s.conversation.id, teamId: s.conversation.teamId,
      payload: { conversationId: s.conversation.id, target: stopped.target, cycle: stopped.cycle, policyId: stopped.policyId, outcome: stopped.outcome!, wallMs: stopped.runningWallMs, businessMs: stopped.runningBusinessMs },
    });
  }
}

async function save(s: Setting, clock: SlaClock): Promise<void> {
  await sla.saveClock(s.tx, s.conversation.workspaceId, clock, s.ctx.clock.now());
  await scheduleSlaTimers(s.ctx, s.tx, s.conversation.workspaceId, clock);
}

/** Records the breach once (unique per conversation, target, cycle); true when this call did. */
export async function recordBreach(ctx: RoutingContext, tx: Executor, conversation: RoutingConversation, clock: SlaClock, dueAt: number): Promise<boolean> {
  const now = ctx.clock.now();
  const recorded = await sla.insertBreach(tx, {
    id: newId(now), workspaceId: conversation.workspaceId, conversationId: conversation.id, teamId: conversation.teamId, policyId: clock.policyId,
    target: clock.target, cycle: clock.cycle, targetMs: clock.targetMs, businessHours: clock.businessHours, dueAt, detectedAt: now,
    metAt: null, actualMs: null, actualWallMs: null, actualBusinessMs: null,
  });
  if (recorded) {
    await emit(tx, ctx.clock, {
      type: 'sla.breached', workspaceId: conversation.workspaceId, subjectId: conversation.id, teamId: conversation.teamId,
      payload: { conversationId: conversation.id, target: clock.target, cycle: clock.cycle, policyId: clock.policyId, dueAt, targetMs: clock.targetMs, detectedAt: now },
    });
  }
  return recorded;
}
