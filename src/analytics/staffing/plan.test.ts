import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE } from '../../core/clock.ts';
import { planStaffing } from './plan.ts';

const T0 = Date.parse('2026-12-21T08:00:00Z'); // a Monday
const half = (i: number, volume: number) => ({ start: T0 + i * 30 * MINUTE, end: T0 + (i + 1) * 30 * MINUTE, volume });
// The Call Centre Helper example per interval: 100 items, AHT 180 s, 80% in 20 s, 85% occupancy, 30% shrinkage → 20.
const classic = { ahtSeconds: 180, sla: { targetServiceLevel: 0.8, targetSeconds: 20 }, maxOccupancy: 0.85, shrinkage: 0.3 };

test('rows and totals, by hand', () => {
  const plan = planStaffing({ ...classic, intervals: [half(0, 100), half(1, 0), half(2, 100)], roster: [15, 2, 25] });
  assert.equal(plan.method, 'erlang_c');
  assert.deepEqual(plan.intervals.map((r) => [r.volume, r.agents_needed, r.scheduled, r.shortfall]), [
    [100, 20, 15, 5],
    [0, 0, 2, 0],
    [100, 20, 25, 0],
  ]);
  assert.deepEqual(plan.totals, {
    volume: 200, agent_hours_needed: 20, agent_hours_scheduled: 21, shortfall_agent_hours: 2.5, intervals_short: 1, max_shortfall: 5,
  });
});

test('a social SLA: 80% within the hour', () => {
  // 40 posts per half-hour of 6 minutes each: 8 erlangs, 9 productive agents, 12 with 25% shrinkage.
  const plan = planStaffing({
    intervals: [half(0, 40)], ahtSeconds: 360, sla: { targetServiceLevel: 0.8, targetSeconds: 3600 }, shrinkage: 0.25, roster: [10],
  });
  assert.deepEqual(plan.intervals.map((r) => [r.agents_needed, r.shortfall]), [[12, 2]]);
});

test('shifts are counted per interval by the time they cover', () => {
  const plan = planStaffing({
    ...classic,
    intervals: [half(0, 0), half(1, 0), half(2, 0)],
    roster: [
      { start: T0 + 15 * MINUTE, end: T0 + 8 * HOUR, agents: 4 }, // starts a quarter past
      { start: T0 + 60 * MINUTE, end: T0 + 90 * MINUTE, agents: 3 },
    ],
  });
  assert.deepEqual(plan.intervals.map((r) => r.scheduled), [2, 4, 7]);
});

test('a +60% peak on one day raises the need on that day only', () => {
  const intervals = [half(0, 100), { start: T0 + 24 * HOUR, end: T0 + 24 * HOUR + 30 * MINUTE, volume: 100 }];
  const plan = planStaffing({
    ...classic, intervals, roster: [20, 20],
    scenarios: [{ name: 'Christmas peak', peaks: [{ factor: 1.6, days: ['2026-12-22'] }] }],
  });
  const [peak] = plan.scenarios;
  assert.ok(peak);
  // 160 items: 16 erlangs need 20 productive agents (occupancy 80%), 29 scheduled with 30% shrinkage.
  assert.deepEqual(peak.intervals.map((r) => [r.volume, r.agents_needed, r.shortfall]), [[100, 20, 0], [160, 29, 9]]);
  assert.equal(peak.shortfall_agent_hours_change, 4.5);
});

test('an outsourced team counts by its hours, handle time and shrinkage', () => {
  // Ten vendor agents, 25% slower (factor 1.25), no shrinkage, on Mondays 09:15–10:00 Berlin = 08:15–09:00 UTC.
  const hours = { timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '09:15', end: '10:00' }] } };
  const plan = planStaffing({
    ...classic, intervals: [half(0, 100), half(1, 100), half(2, 100)], roster: [10, 10, 10],
    scenarios: [{ name: 'vendor', outsourced: [{ name: 'Acme BPO', agents: 10, hours, handleTimeFactor: 1.25 }] }],
  });
  const [vendor] = plan.scenarios;
  assert.ok(vendor);
  // Productive equivalent 10 / 1.25 = 8, as our headcount 8 / 0.7 = 11.43; half of it in the first half-hour.
  assert.deepEqual(vendor.intervals.map((r) => r.scheduled), [15.71, 21.43, 10]);
  assert.deepEqual(vendor.intervals.map((r) => r.shortfall), [4.29, 0, 10]);
  assert.equal(vendor.totals.shortfall_agent_hours, 7.15);
  assert.equal(plan.totals.shortfall_agent_hours, 15);
  assert.equal(vendor.shortfall_agent_hours_change, -7.85);
});

test('Erlang A plans with abandonment and needs no more than Erlang C', () => {
  const intervals = [half(0, 100), half(1, 50)];
  const c = planStaffing({ ...classic, intervals, roster: [0, 0] });
  const a = planStaffing({ ...classic, intervals, roster: [0, 0], patienceSeconds: 120 });
  assert.equal(a.method, 'erlang_a');
  a.intervals.forEach((row, i) => assert.ok(row.agents_needed <= (c.intervals[i]?.agents_needed ?? 0)));
});

test('bad plans are validation errors', () => {
  assert.throws(() => planStaffing({ ...classic, intervals: [half(0, -1)], roster: [] }), /volume/);
  assert.throws(() => planStaffing({ ...classic, intervals: [half(0, 1)], roster: [], scenarios: [{ name: 'x', peaks: [{ factor: 2, days: ['Dec 24'] }] }] }), /peaks.days/);
  assert.throws(() => planStaffing({ ...classic, intervals: [half(0, 1)], roster: [], scenarios: [{ name: 'x', outsourced: [{ agents: 1, hours: { timeZone: 'UTC' }, handleTimeFactor: 1 }] }] }), /calendar/);
});
