// Erlang B/C against published worked examples and tables, and against an exact rational
// computation of the textbook factorial formula (BigInt), which shares no code with the recursion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentsNeeded, withShrinkage } from './agents-needed.ts';
import { erlangB, erlangC, erlangCMetrics } from './erlang-c.ts';

const close = (actual: number, expected: number, tolerance: number, what = ''): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

/** C(N, A) for A = p/q by the factorial formula, in exact integers: Σ_k<N A^k/k! and A^N/N!·N/(N−A). */
function erlangCExact(agents: number, p: bigint, q: bigint): number {
  const n = BigInt(agents);
  let factorialRatio = 1n; // N!/k!, built from k = N down
  let sum = 0n;
  for (let k = n - 1n; k >= 0n; k--) {
    factorialRatio *= k + 1n;
    sum += p ** k * q ** (n - k) * factorialRatio;
  }
  const lastNumerator = p ** n * n * q; // A^N/N!·N/(N−A), times q^N·N!, over (Nq − p)
  const lastDenominator = n * q - p;
  const numerator = lastNumerator;
  const denominator = sum * lastDenominator + lastNumerator;
  return Number((numerator * 10n ** 18n) / denominator) / 1e18;
}

test('Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"', () => {
  // 100 calls per 30 minutes, AHT 180 s: 10 erlangs; target 80% in 20 s; max occupancy 85%; shrinkage 30%.
  // Its figures (quoted from memory of the article, to the precision it prints; the exact BigInt
  // oracle below pins the underlying values independently): 11 agents wait 68.21%, SL 39.0%;
  // 13 agents 79.6%; 14 agents 88.8% at 71% occupancy; 14 / (1 − 0.3) = 20 agents to schedule.
  const load = { arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };
  const eleven = erlangCMetrics({ ...load, agents: 11 });
  assert.equal(eleven.trafficErlangs, 10);
  close(eleven.probabilityOfWaiting, 0.6821, 5e-5, 'P(wait) at 11');
  close(eleven.serviceLevel, 0.3896, 5e-5, 'SL at 11');
  close(erlangCMetrics({ ...load, agents: 13 }).serviceLevel, 0.7956, 5e-5, 'SL at 13');
  const fourteen = erlangCMetrics({ ...load, agents: 14 });
  close(fourteen.serviceLevel, 0.8884, 5e-5, 'SL at 14');
  close(fourteen.occupancy, 0.714, 5e-4, 'occupancy at 14');
  const needed = agentsNeeded({ ...load, targetServiceLevel: 0.8, maxOccupancy: 0.85, shrinkage: 0.3 });
  assert.equal(needed.productiveAgents, 14);
  assert.equal(needed.agents, 20);
});

test('Mitan, "The Erlang-C formula" worked example: 360 calls per half hour, 4-minute calls, 55 agents', () => {
  // 48 erlangs; its figures (from memory, rounded; also pinned by the exact oracle below):
  // occupancy 87.3%, P(wait) 23.87%, ASA 8.18 s, 84.6% answered within 15 s.
  const m = erlangCMetrics({ arrivalsPerInterval: 360, intervalSeconds: 1800, ahtSeconds: 240, agents: 55, targetSeconds: 15 });
  assert.equal(m.trafficErlangs, 48);
  close(m.occupancy, 0.8727, 5e-5, 'occupancy');
  close(m.probabilityOfWaiting, 0.2387, 5e-5, 'P(wait)');
  close(m.averageSpeedOfAnswerSeconds, 8.18, 5e-3, 'ASA');
  close(m.serviceLevel, 0.8459, 5e-5, 'SL');
});

test('Wolfram Language ErlangC examples: C(3, 2) = 4/9; 30 calls an hour of 5 minutes need 6 agents for 90% without delay', () => {
  close(erlangC(3, 2), 4 / 9, 1e-15);
  // "Find the minimum number of employees so that 90% of calls are not delayed": SL within 0 s = 1 − C.
  const needed = agentsNeeded({ arrivalsPerInterval: 30, intervalSeconds: 3600, ahtSeconds: 300, targetServiceLevel: 0.9, targetSeconds: 0 });
  assert.equal(needed.productiveAgents, 6);
  assert.ok(erlangC(5, 2.5) > 0.1 && erlangC(6, 2.5) <= 0.1);
});

test('Erlang B table values: 5 erlangs on 10 lines block 1.84%; 10 on 10 block 21.46%', () => {
  close(erlangB(10, 5), 0.01838, 5e-6);
  close(erlangB(10, 10), 0.21458, 5e-6);
  assert.equal(erlangB(0, 4), 1);
  assert.equal(erlangB(5, 0), 0);
});

test('the recursion agrees with the exact factorial formula, small and large', () => {
  const cases: [number, bigint, bigint][] = [[11, 10n, 1n], [55, 48n, 1n], [7, 13n, 2n], [30, 291n, 10n], [420, 400n, 1n], [560, 5273n, 10n]];
  for (const [agents, p, q] of cases) {
    close(erlangC(agents, Number(p) / Number(q)), erlangCExact(agents, p, q), 1e-12, `C(${agents}, ${p}/${q})`);
  }
});

test('huge loads stay finite and need about A + β√A agents (Halfin–Whitt)', () => {
  // 20,000 items an hour of 30 minutes each: 10,000 erlangs, where A^N/N! overflows any double.
  const needed = agentsNeeded({ arrivalsPerInterval: 10_000, intervalSeconds: 1800, ahtSeconds: 1800, targetServiceLevel: 0.8, targetSeconds: 60 });
  assert.equal(needed.trafficErlangs, 10_000);
  assert.ok(needed.productiveAgents > 10_000 && needed.productiveAgents < 10_000 + 3 * 100, `${needed.productiveAgents}`);
  assert.ok(needed.serviceLevel >= 0.8 && needed.serviceLevel < 1);
  const oneFewer = erlangCMetrics({ arrivalsPerInterval: 10_000, intervalSeconds: 1800, ahtSeconds: 1800, agents: needed.productiveAgents - 1, targetSeconds: 60 });
  assert.ok(oneFewer.serviceLevel < 0.8);
});

test('social targets: 80% within an hour needs few agents beyond the load', () => {
  // 40 posts in 30 minutes, 6 minutes each: 8 erlangs. 9 agents already answer 80% within the hour.
  const needed = agentsNeeded({ arrivalsPerInterval: 40, intervalSeconds: 1800, ahtSeconds: 360, targetServiceLevel: 0.8, targetSeconds: 3600 });
  assert.equal(needed.productiveAgents, 9);
  assert.equal(agentsNeeded({ arrivalsPerInterval: 0, intervalSeconds: 1800, ahtSeconds: 360, targetServiceLevel: 0.8, targetSeconds: 3600 }).agents, 0);
});

test('an unstable queue answers nobody in time', () => {
  const m = erlangCMetrics({ arrivalsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 10, targetSeconds: 20 });
  assert.equal(m.probabilityOfWaiting, 1);
  assert.equal(m.serviceLevel, 0);
  assert.equal(m.averageSpeedOfAnswerSeconds, Infinity);
});

test('shrinkage rounds up, without floating-point surprises', () => {
  assert.equal(withShrinkage(13, 0.35), 20);
  assert.equal(withShrinkage(14, 0.3), 20);
  assert.equal(withShrinkage(15, 0.3), 22);
  assert.equal(withShrinkage(0, 0.3), 0);
});

test('bad figures are validation errors naming the field', () => {
  const base = { arrivalsPerInterval: 10, intervalSeconds: 1800, ahtSeconds: 180, targetServiceLevel: 0.8, targetSeconds: 20 };
  assert.throws(() => agentsNeeded({ ...base, targetServiceLevel: 1 }), /targetServiceLevel/);
  assert.throws(() => agentsNeeded({ ...base, ahtSeconds: 0 }), /ahtSeconds/);
  assert.throws(() => agentsNeeded({ ...base, arrivalsPerInterval: Number.NaN }), /arrivalsPerInterval/);
  assert.throws(() => agentsNeeded({ ...base, shrinkage: 1 }), /shrinkage/);
  assert.throws(() => erlangB(2.5, 3), /agents/);
});
