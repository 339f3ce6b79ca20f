// Erlang C (M/M/N, callers wait as long as it takes): the staple of call-centre staffing.
// Formulas: A. K. Erlang (1917); in the form used here, e.g. Gans, Koole & Mandelbaum,
// "Telephone call centers: tutorial, review, and research prospects", MSOM 5(2), 2003, §4.1:
//   A = λ·AHT (offered load, erlangs), C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A))) for N > A,
//   P(wait ≤ t) = 1 − C·e^(−(N − A)·t / AHT), ASA = C·AHT / (N − A), occupancy = A / N.
// B is computed by the Erlang B recursion B(n) = A·B(n−1) / (n + A·B(n−1)), which stays within
// [0, 1] for any load, where factorials and powers overflow past a few hundred agents.
import { requireFinite, requireNonNegativeInteger } from './validate.ts';

/** Erlang B: the probability that all `agents` are busy in a loss system offered `traffic` erlangs. */
export function erlangB(agents: number, traffic: number): number {
  requireNonNegativeInteger('agents', agents);
  requireFinite('traffic', traffic, { min: 0 });
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return b;
}

/** Erlang C from the Erlang B value of the same agents and traffic; 1 when the queue is unstable (N ≤ A). */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (traffic === 0) return 0;
  if (agents <= traffic) return 1;
  return (agents * b) / (agents - traffic * (1 - b));
}

/** Erlang C: the probability that a caller has to wait, with `agents` serving `traffic` erlangs. */
export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

export interface QueueLoad {
  /** Items arriving in one interval (a forecast: need not be whole). */
  arrivalsPerInterval: number;
  intervalSeconds: number;
  /** Average handle time of one item, in seconds. */
  ahtSeconds: number;
}

export interface ErlangCMetrics {
  agents: number;
  trafficErlangs: number;
  probabilityOfWaiting: number;
  /** Share of items answered within the target time. */
  serviceLevel: number;
  averageSpeedOfAnswerSeconds: number;
  occupancy: number;
}

export function trafficOf(load: QueueLoad): number {
  requireFinite('arrivalsPerInterval', load.arrivalsPerInterval, { min: 0 });
  requireFinite('intervalSeconds', load.intervalSeconds, { min: Number.MIN_VALUE });
  requireFinite('ahtSeconds', load.ahtSeconds, { min: Number.MIN_VALUE });
  return (load.arrivalsPerInterval / load.intervalSeconds) * load.ahtSeconds;
}

/** Erlang C metrics for one interval given the agents present (an unstable queue gets SL 0, ASA ∞). */
export function erlangCMetrics(load: QueueLoad & { agents: number; targetSeconds: number }): ErlangCMetrics {
  const traffic = trafficOf(load);
  requireFinite('targetSeconds', load.targetSeconds, { min: 0 });
  return metricsFromB(load.agents, traffic, erlangB(load.agents, traffic), load.ahtSeconds, load.targetSeconds);
}

export function metricsFromB(agents: number, traffic: number, b: number, aht: number, target: number): ErlangCMetrics {
  const waiting = erlangCFromB(agents, traffic, b);
  const stable = agents > traffic || traffic === 0;
  return {
    agents,
    trafficErlangs: traffic,
    probabilityOfWaiting: waiting,
    serviceLevel: stable ? 1 - waiting * Math.exp((-(agents - traffic) * target) / aht) : 0,
    averageSpeedOfAnswerSeconds: stable ? (traffic === 0 ? 0 : (waiting * aht) / (agents - traffic)) : Infinity,
    occupancy: agents === 0 ? 0 : Math.min(1, traffic / agents),
  };
}
