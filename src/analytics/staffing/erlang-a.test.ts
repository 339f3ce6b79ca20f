// Erlang A: limits, an independent numerical oracle, and monotonicity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentsNeeded, agentsNeededErlangA } from './agents-needed.ts';
import { erlangAMetrics } from './erlang-a.ts';
import { erlangCMetrics } from './erlang-c.ts';

const close = (actual: number, expected: number, tolerance: number, what = ''): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

/**
 * The oracle: the birth–death chain with plain products, and for each arrival state the tagged
 * customer's own little chain (j ahead, serve at N·μ + j·θ per step, abandon at θ) solved by
 * uniformisation over [0, T]: nothing in common with the negative-binomial shortcut.
 */
function oracleServiceLevel(lambda: number, mu: number, theta: number, agents: number, target: number, states = 200): number {
  const p = [1];
  for (let n = 1; n < states; n++) {
    const death = n <= agents ? n * mu : agents * mu + (n - agents) * theta;
    p.push(((p[n - 1] ?? 0) * lambda) / death);
  }
  const total = p.reduce((a, b) => a + b, 0);
  const pi = p.map((x) => x / total);
  let sl = 0;
  for (let n = 0; n < agents; n++) sl += pi[n] ?? 0;
  for (let m = 0; agents + m < states; m++) sl += (pi[agents + m] ?? 0) * taggedServedBy(m, agents * mu, theta, target);
  return sl;
}

function taggedServedBy(ahead: number, serviceRate: number, theta: number, target: number): number {
  // Waiting states j = ahead … 0 (customers ahead); absorbing "served" and "gave up". Uniformised at
  // rate Λ: P(served by T) = Σ_k Poisson(ΛT)(k) · P(served within k steps).
  const rate = serviceRate + (ahead + 1) * theta;
  let waiting = new Array<number>(ahead + 1).fill(0);
  waiting[ahead] = 1;
  let servedWithin = 0;
  let poisson = Math.exp(-rate * target);
  let mass = 0;
  let result = 0;
  for (let k = 0; mass < 1 - 1e-14; k++) {
    result += poisson * servedWithin;
    mass += poisson;
    poisson *= (rate * target) / (k + 1);
    const next = new Array<number>(ahead + 1).fill(0);
    waiting.forEach((p, j) => {
      const advance = (serviceRate + j * theta) / rate;
      if (j === 0) servedWithin += p * advance;
      else next[j - 1] = (next[j - 1] ?? 0) + p * advance;
      next[j] = (next[j] ?? 0) + p * (1 - advance - theta / rate);
    });
    waiting = next;
  }
  return result;
}

test('Erlang A tends to Erlang C as patience grows without bound', () => {
  const load = { arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };
  for (const agents of [11, 12, 13, 14, 20]) {
    const c = erlangCMetrics({ ...load, agents });
    const a = erlangAMetrics({ ...load, agents, patienceSeconds: 1e9 });
    close(a.probabilityOfWaiting, c.probabilityOfWaiting, 1e-5, `P(wait) at ${agents}`);
    close(a.serviceLevel, c.serviceLevel, 1e-5, `SL at ${agents}`);
    close(a.averageWaitSeconds, c.averageSpeedOfAnswerSeconds, 1e-3 * c.averageSpeedOfAnswerSeconds, `wait at ${agents}`);
    assert.ok(a.abandonmentShare < 1e-5);
  }
});

test('the service level matches an independent uniformisation of the tagged customer', () => {
  const cases = [
    { arrivals: 100, aht: 180, patience: 300, agents: 11, target: 20 },
    { arrivals: 100, aht: 180, patience: 60, agents: 9, target: 120 },
    { arrivals: 30, aht: 600, patience: 900, agents: 8, target: 300 },
    { arrivals: 12, aht: 300, patience: 1200, agents: 1, target: 600 },
  ];
  for (const c of cases) {
    const lambda = c.arrivals / 1800;
    const expected = oracleServiceLevel(lambda, 1 / c.aht, 1 / c.patience, c.agents, c.target);
    const actual = erlangAMetrics({
      arrivalsPerInterval: c.arrivals, intervalSeconds: 1800, ahtSeconds: c.aht, patienceSeconds: c.patience, agents: c.agents, targetSeconds: c.target,
    }).serviceLevel;
    close(actual, expected, 1e-9, JSON.stringify(c));
  }
});

test('with all the time in the world, everyone who does not give up is served', () => {
  // Two routes to abandonment: θ·E[queue]/λ (Little) against 1 − P(served eventually) from the shortcut.
  for (const [agents, patience] of [[8, 120], [10, 600], [12, 30], [3, 400]] as const) {
    const m = erlangAMetrics({ arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: patience, agents, targetSeconds: 1e7 });
    close(m.serviceLevel, 1 - m.abandonmentShare, 1e-10, `${agents} agents, patience ${patience}`);
  }
});

test('more agents: better service, fewer give up; more patience: fewer give up', () => {
  const load = { arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20, patienceSeconds: 120 };
  let previous = erlangAMetrics({ ...load, agents: 0 });
  assert.equal(previous.serviceLevel, 0);
  close(previous.abandonmentShare, 1, 1e-12);
  for (let agents = 1; agents <= 20; agents++) {
    const current = erlangAMetrics({ ...load, agents });
    assert.ok(current.serviceLevel > previous.serviceLevel, `SL at ${agents}`);
    assert.ok(current.abandonmentShare < previous.abandonmentShare, `abandonment at ${agents}`);
    previous = current;
  }
  const impatient = erlangAMetrics({ ...load, agents: 10, patienceSeconds: 30 });
  const patient = erlangAMetrics({ ...load, agents: 10, patienceSeconds: 600 });
  assert.ok(impatient.abandonmentShare > patient.abandonmentShare);
  // An overloaded queue is still stable with abandonment: 10 erlangs on 8 agents.
  const overloaded = erlangAMetrics({ ...load, agents: 8 });
  assert.ok(overloaded.abandonmentShare > 0.15 && overloaded.abandonmentShare < 0.5);
});

test('agents needed by Erlang A never exceed Erlang C for patient customers, and converge to it', () => {
  const target = { arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, targetServiceLevel: 0.8, targetSeconds: 20 };
  const c = agentsNeeded(target);
  assert.equal(agentsNeededErlangA({ ...target, patienceSeconds: 1e9 }).productiveAgents, c.productiveAgents);
  const a = agentsNeededErlangA({ ...target, patienceSeconds: 600, shrinkage: 0.3 });
  assert.ok(a.productiveAgents <= c.productiveAgents);
  assert.ok(a.serviceLevel >= 0.8);
  assert.ok(erlangAMetrics({ ...target, patienceSeconds: 600, agents: a.productiveAgents - 1 }).serviceLevel < 0.8);
  assert.equal(a.agents, Math.ceil(a.productiveAgents / 0.7 - 1e-9));
  // A cap on abandonment can only add agents.
  const capped = agentsNeededErlangA({ ...target, patienceSeconds: 60, maxAbandonment: 0.01 });
  assert.ok((capped.abandonmentShare ?? 1) <= 0.01);
  assert.ok(capped.productiveAgents >= agentsNeededErlangA({ ...target, patienceSeconds: 60 }).productiveAgents);
});

test('large Erlang A loads stay finite', () => {
  const m = erlangAMetrics({ arrivalsPerInterval: 20_000, intervalSeconds: 1800, ahtSeconds: 900, patienceSeconds: 600, agents: 9_900, targetSeconds: 60 });
  assert.ok(Number.isFinite(m.serviceLevel) && m.serviceLevel > 0 && m.serviceLevel < 1);
  assert.ok(m.abandonmentShare > 0 && m.abandonmentShare < 0.05);
});
