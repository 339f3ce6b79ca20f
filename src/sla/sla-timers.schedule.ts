// Each running clock has exact timers in the job engine: its warning and its breach, keyed by
// conversation and target so that a new cycle or a moved deadline replaces them (one row each).
import type { SlaClock } from '../core/sla/sla-clock.ts';
import type { Executor } from '../storage/storage.ts';
import type { RoutingContext } from '../routing/routing-context.ts';

export const SLA_BREACH_JOB = 'sla.breach';
export const SLA_WARNING_JOB = 'sla.warning';

export interface SlaTimerPayload {
  workspaceId: string;
  conversationId: string;
  target: SlaClock['target'];
  cycle: number;
}

export const breachKey = (conversationId: string, target: string) => `sla:breach:${conversationId}:${target}`;
export const warningKey = (conversationId: string, target: string) => `sla:warn:${conversationId}:${target}`;

/** Sets or clears the clock's two timers to match its state. */
export async function scheduleSlaTimers(ctx: RoutingContext, tx: Executor, workspaceId: string, clock: SlaClock): Promise<void> {
  const payload: SlaTimerPayload = { workspaceId, conversationId: clock.conversationId, target: clock.target, cycle: clock.cycle };
  const running = clock.status === 'running' && clock.dueAt !== null;
  if (running && clock.breachedAt === null) {
    // Breached just after the deadline: a reply at the deadline itself is in time.
    await ctx.jobs.enqueue(SLA_BREACH_JOB, payload, { runAt: clock.dueAt! + 1, uniqueKey: breachKey(clock.conversationId, clock.target), executor: tx });
  } else {
    await ctx.jobs.cancel(breachKey(clock.conversationId, clock.target), tx);
  }
  if (running && clock.warnAt !== null && clock.warnedAt === null && clock.breachedAt === null) {
    await ctx.jobs.enqueue(SLA_WARNING_JOB, payload, { runAt: clock.warnAt, uniqueKey: warningKey(clock.conversationId, clock.target), executor: tx });
  } else {
    await ctx.jobs.cancel(warningKey(clock.conversationId, clock.target), tx);
  }
}
