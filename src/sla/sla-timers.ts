// The SLA timers' job handlers. They run at least once, so each checks the clock it was set for
// (same cycle, still running, not yet warned or breached) inside a transaction that holds the
// conversation: a repeat or a timer that lost a race with a reply does nothing. A breach is
// recorded once (unique per conversation, target and cycle) with the deadline it missed.
import { isOverdue } from '../core/sla/sla-clock.ts';
import { emit } from '../events/emit.ts';
import * as sla from '../storage/repositories/sla.repository.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import type { RoutingContext } from '../routing/routing-context.ts';
import { policyFor } from './sla-policies.ts';
import { recordBreach } from './sla-clocks.ts';
import { runEscalations } from './escalations.ts';
import { scheduleSlaTimers, SLA_BREACH_JOB, SLA_WARNING_JOB, warningKey, type SlaTimerPayload } from './sla-timers.schedule.ts';

export async function handleSlaBreach(ctx: RoutingContext, p: SlaTimerPayload): Promise<void> {
  await ctx.storage.transaction(async (tx) => {
    const now = ctx.clock.now();
    const c = await routing.lockRoutingConversation(tx, p.workspaceId, p.conversationId, now);
    const clock = c && await sla.findClock(tx, p.conversationId, p.target, p.cycle);
    if (!c || !clock || clock.status !== 'running' || clock.breachedAt !== null) return;
    if (!isOverdue(clock, now)) {
      // The deadline moved later after this run was claimed: set the timer again.
      await scheduleSlaTimers(ctx, tx, p.workspaceId, clock);
      return;
    }
    const recorded = await recordBreach(ctx, tx, c, clock, clock.dueAt!);
    await sla.saveClock(tx, p.workspaceId, { ...clock, breachedAt: clock.dueAt, warnAt: null }, now);
    // A warning not yet given is pointless now.
    if (clock.warnAt !== null && clock.warnedAt === null) await ctx.jobs.cancel(warningKey(p.conversationId, p.target), tx);
    if (recorded) await runEscalations(ctx, tx, c, (await policyFor(tx, c, now, ctx.settings)).definition.onBreach, 'breach', p.target);
  });
}

export async function handleSlaWarning(ctx: RoutingContext, p: SlaTimerPayload): Promise<void> {
  await ctx.storage.transaction(async (tx) => {
    const now = ctx.clock.now();
    const c = await routing.lockRoutingConversation(tx, p.workspaceId, p.conversationId, now);
    const clock = c && await sla.findClock(tx, p.conversationId, p.target, p.cycle);
    if (!c || !clock || clock.status !== 'running' || clock.warnedAt !== null || clock.breachedAt !== null || clock.warnAt === null) return;
    if (now < clock.warnAt) {
      await scheduleSlaTimers(ctx, tx, p.workspaceId, clock);
      return;
    }
    await sla.saveClock(tx, p.workspaceId, { ...clock, warnedAt: now }, now);
    await emit(tx, ctx.clock, {
      type: 'sla.warning', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
      payload: { conversationId: c.id, target: clock.target, cycle: clock.cycle, policyId: clock.policyId, dueAt: clock.dueAt! },
    });
    await runEscalations(ctx, tx, c, (await policyFor(tx, c, now, ctx.settings)).definition.onWarning, 'warning', p.target);
  });
}

export function registerSlaJobs(ctx: RoutingContext): void {
  ctx.jobs.register<SlaTimerPayload>(SLA_BREACH_JOB, (payload) => handleSlaBreach(ctx, payload));
  ctx.jobs.register<SlaTimerPayload>(SLA_WARNING_JOB, (payload) => handleSlaWarning(ctx, payload));
}
