// The fewest agents that meet a service-level target, by Erlang C (no abandonment) or Erlang A
// (customers give up after a mean patience), then grossed up for shrinkage: the share of paid time
// an agent is not available to take work (breaks, meetings, training, absence). Scheduled =
// ⌈productive / (1 − shrinkage)⌉, the convention of workforce-management practice (e.g. Cleveland,
// "Call Center Management on Fast Forward", 3rd ed., ch. 6).
import { erlangAMetrics } from './erlang-a.ts';
import type { ErlangALoad } from './erlang-a.ts';
import { metricsFromB, trafficOf } from './erlang-c.ts';
import type { QueueLoad } from './erlang-c.ts';
import { requireFinite, requireShare } from './validate.ts';

export interface StaffingTarget extends QueueLoad {
  /** Share of items to answer within targetSeconds, e.g. 0.8. */
  targetServiceLevel: number;
  targetSeconds: number;
  /** Highest acceptable occupancy of the productive agents, e.g. 0.85; none by default. */
  maxOccupancy?: number;
  /** Share of scheduled time not available for work, e.g. 0.3; 0 by default. */
  shrinkage?: number;
}

export interface StaffingRequirement {
  /** Agents to schedule: productive agents grossed up for shrinkage. */
  agents: number;
  /** Agents needed at work, taking items, to meet the target. */
  productiveAgents: number;
  trafficErlangs: number;
  serviceLevel: number;
  probabilityOfWaiting: number;
  occupancy: number;
  /** Erlang C: average speed of answer. Erlang A: mean wait over all arrivals. */
  averageWaitSeconds: number;
  /** Erlang A only: share of arrivals who give up. */
  abandonmentShare?: number;
}

function checkTarget(target: StaffingTarget): { maxOccupancy: number; shrinkage: number } {
  requireShare('targetServiceLevel', target.targetServiceLevel);
  requireFinite('targetSeconds', target.targetSeconds, { min: 0 });
  const maxOccupancy = target.maxOccupancy ?? 1;
  requireFinite('maxOccupancy', maxOccupancy, { min: Number.MIN_VALUE, max: 1 });
  const shrinkage = target.shrinkage ?? 0;
  requireShare('shrinkage', shrinkage, { allowZero: true });
  return { maxOccupancy, shrinkage };
}

/** Headcount to schedule for `productive` agents at work. */
export function withShrinkage(productive: number, shrinkage: number): number {
  // The tolerance keeps 13 / 0.65 = 20.000000000000004 at 20.
  return productive === 0 ? 0 : Math.ceil(productive / (1 - shrinkage) - 1e-9);
}

/** Erlang C: the fewest agents meeting the target (0 when nothing arrives). */
export function agentsNeeded(target: StaffingTarget): StaffingRequirement {
  const { maxOccupancy, shrinkage } = checkTarget(target);
  const traffic = trafficOf(target);
  if (traffic === 0) return zeroLoad();
  // Walk the Erlang B recursion upwards: each step is O(1), and no N ≤ A can meet any target.
  let b = 1;
  let n = 0;
  for (;;) {
    n += 1;
    b = (traffic * b) / (n + traffic * b);
    if (n <= traffic || traffic / n > maxOccupancy) continue;
    const metrics = metricsFromB(n, traffic, b, target.ahtSeconds, target.targetSeconds);
    if (metrics.serviceLevel >= target.targetServiceLevel) {
      return {
        agents: withShrinkage(n, shrinkage),
        productiveAgents: n,
        trafficErlangs: traffic,
        serviceLevel: metrics.serviceLevel,
        probabilityOfWaiting: metrics.probabilityOfWaiting,
        occupancy: metrics.occupancy,
        averageWaitSeconds: metrics.averageSpeedOfAnswerSeconds,
      };
    }
  }
}

/** Erlang A: the fewest agents meeting the target, and at most `maxAbandonment` giving up if set. */
export function agentsNeededErlangA(target: StaffingTarget & ErlangALoad & { maxAbandonment?: number }): StaffingRequirement {
  const { maxOccupancy, shrinkage } = checkTarget(target);
  if (target.maxAbandonment !== undefined) requireShare('maxAbandonment', target.maxAbandonment);
  const traffic = trafficOf(target);
  if (traffic === 0) return zeroLoad();
  const evaluate = (agents: number) => erlangAMetrics({ ...target, agents });
  const meets = (agents: number): boolean => {
    if (agents === 0) return false;
    // Overloaded with near-endless patience, the queue settles near (A − N)·patience/AHT customers
    // (the fluid limit): far past any target, and too long a chain to compute.
    if ((traffic - agents) * (target.patienceSeconds / target.ahtSeconds) > 100_000) return false;
    const m = evaluate(agents);
    return m.serviceLevel >= target.targetServiceLevel && m.occupancy <= maxOccupancy
      && (target.maxAbandonment === undefined || m.abandonmentShare <= target.maxAbandonment);
  };
  // Service level, abandonment and occupancy all improve with every agent added. Erlang A usually
  // needs fewer agents than Erlang C, so bisect below that; else search upwards by doubling.
  let low = 0;
  let high = agentsNeeded(target).productiveAgents;
  while (!meets(high)) {
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (meets(mid)) high = mid;
    else low = mid;
  }
  const m = evaluate(high);
  return {
    agents: withShrinkage(high, shrinkage),
    productiveAgents: high,
    trafficErlangs: traffic,
    serviceLevel: m.serviceLevel,
    probabilityOfWaiting: m.probabilityOfWaiting,
    occupancy: m.occupancy,
    averageWaitSeconds: m.averageWaitSeconds,
    abandonmentShare: m.abandonmentShare,
  };
}

function zeroLoad(): StaffingRequirement {
  return { agents: 0, productiveAgents: 0, trafficErlangs: 0, serviceLevel: 1, probabilityOfWaiting: 0, occupancy: 0, averageWaitSeconds: 0 };
}
