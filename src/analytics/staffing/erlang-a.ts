// Erlang A (M/M/N+M, Palm 1943): customers who wait too long leave, after an exponentially
// distributed patience with mean 1/θ. On social channels that is the customer who gives up and
// posts elsewhere. We solve the birth–death chain of the number in system numerically (exact up to a
// truncated tail below 1e-22 of the mass), as in Garnett, Mandelbaum & Reiman, "Designing a call
// center with impatient customers", MSOM 4(3), 2002:
//   birth rate λ in every state; death rate n·μ for n ≤ N, N·μ + (n − N)·θ above.
// Arrivals see the stationary distribution π (PASTA). For an arrival that finds m others queued:
// - the m + 1 customers in line (it included) leave one at a time at rate N·μ + k·θ while k remain,
//   whatever the reason, so the time until the line ahead is cleared, H, is a sum of exponentials;
// - at each departure the arrival survives with probability (N·μ + (k − 1)·θ) / (N·μ + k·θ), which
//   telescopes to N·μ / (N·μ + (m + 1)·θ) for being served at all, independently of H;
// - H ≤ T exactly when at least m + 1 of c + m + 1 exponential(θ) clocks ring by T, c = N·μ/θ
//   (Rényi's representation), a negative-binomial tail that we sum in log space.
import { trafficOf } from './erlang-c.ts';
import type { QueueLoad } from './erlang-c.ts';
import { requireFinite, requireNonNegativeInteger } from './validate.ts';

export interface ErlangALoad extends QueueLoad {
  /** Mean time a customer waits before giving up, in seconds. */
  patienceSeconds: number;
}

export interface ErlangAMetrics {
  agents: number;
  trafficErlangs: number;
  probabilityOfWaiting: number;
  /** Share of arrivals who give up before being served. */
  abandonmentShare: number;
  /** Share of arrivals served within the target time (those who gave up count as missed). */
  serviceLevel: number;
  /** Mean time in queue over all arrivals, served or not (Little's law: E[queue] / λ). */
  averageWaitSeconds: number;
  /** Busy share of the agents: served load / agents. */
  occupancy: number;
}

const TAIL_LOG_MARGIN = 50; // e^-50 ≈ 2e-22 of the peak mass
const MAX_STATES = 5_000_000;

/** Erlang A metrics for one interval with `agents` present. */
export function erlangAMetrics(load: ErlangALoad & { agents: number; targetSeconds: number }): ErlangAMetrics {
  const traffic = trafficOf(load);
  requireFinite('patienceSeconds', load.patienceSeconds, { min: Number.MIN_VALUE });
  requireFinite('targetSeconds', load.targetSeconds, { min: 0 });
  requireNonNegativeInteger('agents', load.agents);
  const { agents } = load;
  if (traffic === 0) {
    return { agents, trafficErlangs: 0, probabilityOfWaiting: 0, abandonmentShare: 0, serviceLevel: 1, averageWaitSeconds: 0, occupancy: 0 };
  }
  const lambda = load.arrivalsPerInterval / load.intervalSeconds;
  const mu = 1 / load.ahtSeconds;
  const theta = 1 / load.patienceSeconds;
  const pi = stationary(lambda, mu, theta, agents);
  let belowN = 0;
  for (let n = 0; n < agents; n++) belowN += pi[n] ?? 0;
  let queued = 0;
  let servedInTime = 0;
  const inTime = servedByTarget(mu * agents, theta, load.targetSeconds);
  for (let m = 0; agents + m < pi.length; m++) {
    const p = pi[agents + m] ?? 0;
    queued += m * p;
    servedInTime += p * inTime(m);
  }
  const abandonment = (theta * queued) / lambda;
  return {
    agents,
    trafficErlangs: traffic,
    probabilityOfWaiting: Math.max(0, 1 - belowN),
    abandonmentShare: abandonment,
    serviceLevel: Math.min(1, belowN + servedInTime),
    averageWaitSeconds: queued / lambda,
    occupancy: agents === 0 ? 0 : Math.min(1, (traffic * (1 - abandonment)) / agents),
  };
}

/** π_n for n = 0 … K, the chain truncated where the tail falls below e^-50 of its peak. */
function stationary(lambda: number, mu: number, theta: number, agents: number): number[] {
  const logs: number[] = [0];
  let peak = 0;
  for (let n = 1; ; n++) {
    const death = n <= agents ? n * mu : agents * mu + (n - agents) * theta;
    const value = (logs[n - 1] ?? 0) + Math.log(lambda) - Math.log(death);
    logs.push(value);
    peak = Math.max(peak, value);
    if (n > agents && death > lambda && value < peak - TAIL_LOG_MARGIN) break;
    if (n > MAX_STATES) throw new RangeError('Erlang A: the queue is too long to compute (patience far too long for the load)');
  }
  const weights = logs.map((value) => Math.exp(value - peak));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/**
 * For an arrival with m queued ahead: P(served within T) = N·μ / (N·μ + (m+1)·θ) · P(H_{m+1} ≤ T),
 * P(H_{m+1} ≤ T) = 1 − Σ_{k ≤ m} q_k, q the negative binomial with size c + 1 and success x = 1 − e^{−θT}.
 * Returns a function meant to be called with m = 0, 1, 2, … in order (it accumulates the sum).
 */
function servedByTarget(serviceRate: number, theta: number, target: number): (m: number) => number {
  const size = serviceRate / theta + 1;
  const logX = Math.log(-Math.expm1(-theta * target));
  let logQ = -theta * target * size; // log q_0 = size · log(1 − x)
  let cumulative = Math.exp(logQ);
  let k = 0;
  return (m) => {
    while (k < m) {
      k += 1;
      logQ += logX + Math.log(k - 1 + size) - Math.log(k);
      cumulative += Math.exp(logQ);
    }
    const clearedInTime = Math.max(0, 1 - cumulative);
    return (serviceRate / (serviceRate + (m + 1) * theta)) * clearedInTime;
  };
}
