import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, MINUTE } from '../../../core/clock.ts';
import { forecastVolume, wape } from './forecast.ts';
import { intervalGrid } from './interval-grid.ts';
import { timeZone } from '../../../core/calendar/index.ts';

const MONDAY = Date.parse('2026-01-05T00:00:00Z'); // a Monday; the tests below use UTC unless they say so
const STEP = 30 * MINUTE;

/** Counts per half-hour for `weeks` weeks: `shape(slot)` times `scale(week)`. */
function history(weeks: number, shape: (slot: number) => number, scale: (week: number) => number = () => 1) {
  const counts: { start: number; count: number }[] = [];
  for (let i = 0; i < weeks * 336; i++) counts.push({ start: MONDAY + i * STEP, count: shape(i % 336) * scale(Math.floor(i / 336)) });
  return { start: MONDAY, end: MONDAY + weeks * 7 * DAY, counts };
}

// Busy weekday daytime, quiet nights and weekends.
const shape = (slot: number): number => {
  const [weekday, halfHour] = [Math.floor(slot / 48), slot % 48];
  const day = halfHour >= 16 && halfHour < 40 ? 10 : 1;
  return weekday >= 5 ? Math.round(day / 2) : day;
};

test('WAPE by hand: (|10−8| + |0−1| + |5−5|) / 15 = 0.2', () => {
  assert.equal(wape([10, 0, 5], [8, 1, 5]), 0.2);
  assert.equal(wape([0, 0], [1, 2]), null);
});

test('a week that repeats exactly is forecast exactly, with zero back-test error', () => {
  const result = forecastVolume({ timeZone: 'UTC', history: history(4, shape), horizon: { days: 7 } });
  assert.equal(result.wape, 0);
  assert.equal(result.intervals.length, 336);
  result.intervals.forEach((interval, i) => assert.equal(interval.volume, shape(i), `slot ${i}`));
  assert.equal(result.intervals[0]?.start, MONDAY + 28 * DAY);
  assert.equal(result.backtest?.fromStart, MONDAY + 21 * DAY);
});

test('a growing volume is picked up by a trend method, which beats the plain seasonal mean', () => {
  const growth = (week: number): number => 1 + 0.15 * week;
  const result = forecastVolume({ timeZone: 'UTC', history: history(8, shape, growth), horizon: { days: 7 } });
  assert.ok(['profile_trend', 'holt_winters'].includes(result.method), result.method);
  const seasonal = result.candidates.find((c) => c.method === 'seasonal_mean')?.wape ?? 0;
  assert.ok((result.wape ?? 1) < seasonal / 2, `${result.wape} vs ${seasonal}`);
  // Next week's Monday noon should be above the last week's (10 · 2.05).
  const mondayNoon = result.intervals[24]?.volume ?? 0;
  assert.ok(mondayNoon > 10 * growth(7), `${mondayNoon}`);
});

test('holidays: not learnt from in the history, and adjusted in the forecast by factor or by a weekday', () => {
  const base = history(4, shape);
  // Monday 2026-01-26 was a holiday: nothing arrived. It must not drag Monday's forecast down.
  const counts = base.counts.map((c) => (c.start >= Date.parse('2026-01-26T00:00:00Z') && c.start < Date.parse('2026-01-27T00:00:00Z') ? { ...c, count: 0 } : c));
  const result = forecastVolume({
    timeZone: 'UTC',
    history: { ...base, counts },
    horizon: { days: 7 },
    backtestDays: 0,
    holidays: [
      { date: '2026-01-26' },
      { date: '2026-02-03', factor: 0.5 }, // Tuesday: half
      { date: '2026-02-04', like: 'sun' }, // Wednesday: like a Sunday
    ],
  });
  assert.equal(result.method, 'seasonal_mean');
  assert.equal(result.wape, null);
  assert.equal(result.intervals[24]?.volume, 10); // Monday noon
  assert.equal(result.intervals[48 + 24]?.volume, 5); // Tuesday noon, halved
  assert.equal(result.intervals[96 + 24]?.volume, 5); // Wednesday noon as a Sunday: round(10 / 2)
  assert.equal(result.intervals[96 + 2]?.volume, 1); // Wednesday 01:00 as a Sunday night: round(1 / 2) = 1
});

test('campaigns: uplift divided out of the history, multiplied into the forecast', () => {
  const base = history(4, shape);
  // A campaign doubled Thursday 2026-01-29 and Friday 2026-01-30.
  const inCampaign = (t: number): boolean => t >= Date.parse('2026-01-29T00:00:00Z') && t < Date.parse('2026-01-31T00:00:00Z');
  const counts = base.counts.map((c) => (inCampaign(c.start) ? { ...c, count: c.count * 2 } : c));
  const result = forecastVolume({
    timeZone: 'UTC',
    history: { ...base, counts },
    horizon: { days: 7 },
    campaigns: [
      { from: '2026-01-29', to: '2026-01-30', factor: 2, name: 'January sale' },
      { from: '2026-02-06', to: '2026-02-06', factor: 1.6, name: 'launch' },
    ],
  });
  assert.equal(result.wape, 0);
  assert.equal(result.intervals[3 * 48 + 24]?.volume, 10); // Thursday noon: back to normal
  assert.equal(result.intervals[4 * 48 + 24]?.volume, 16); // Friday noon: +60%
});

test('sparse history: two weeks of mostly zeros, events given as timestamps', () => {
  const events = [
    Date.parse('2026-01-05T10:05:00Z'), Date.parse('2026-01-05T10:20:00Z'), Date.parse('2026-01-07T15:00:00Z'),
    Date.parse('2026-01-12T10:10:00Z'), Date.parse('2026-01-16T09:00:00Z'),
  ];
  const result = forecastVolume({ timeZone: 'UTC', history: { start: MONDAY, end: MONDAY + 14 * DAY, events }, horizon: { days: 2 } });
  assert.equal(result.intervals.length, 96);
  assert.ok(result.intervals.every((i) => Number.isFinite(i.volume) && i.volume >= 0));
  assert.ok(result.candidates.length > 0);
  // Monday 10:00–10:30 saw 2 then 1: the mean method says 1.5.
  if (result.method === 'seasonal_mean') assert.equal(result.intervals[20]?.volume, 1.5);
});

test('a history shorter than a week falls back to the time-of-day mean', () => {
  const counts = Array.from({ length: 3 * 48 }, (_, i) => ({ start: MONDAY + i * STEP, count: i % 48 === 20 ? 6 : 0 }));
  const result = forecastVolume({ timeZone: 'UTC', history: { start: MONDAY, end: MONDAY + 3 * DAY, counts }, horizon: { days: 1 } });
  assert.equal(result.method, 'slot_of_day_mean');
  assert.equal(result.wape, 0);
  assert.equal(result.intervals[20]?.volume, 6);
  assert.equal(result.intervals[21]?.volume, 0);
});

test('hour of week is read on the workspace clock, across a DST change', () => {
  const zone = timeZone('Europe/Berlin');
  // The fall-back day has 50 half-hours, the spring-forward day 46; every interval lasts 30 minutes.
  const fall = intervalGrid(zone, Date.parse('2026-10-24T22:00:00Z'), Date.parse('2026-10-25T23:00:00Z'), 30);
  assert.equal(fall.length, 50);
  assert.deepEqual(fall.slice(4, 8).map((g) => g.slot % 48), [4, 5, 4, 5]); // 02:00, 02:30 twice
  const spring = intervalGrid(zone, Date.parse('2026-03-28T23:00:00Z'), Date.parse('2026-03-29T22:00:00Z'), 30);
  assert.equal(spring.length, 46);
  assert.deepEqual(spring.slice(3, 5).map((g) => g.slot % 48), [3, 6]); // 01:30 then 03:00
  assert.ok(spring.every((g) => g.end - g.start === STEP && g.slot >= 6 * 48));
  // In Kolkata, Monday 00:00 local is Sunday 18:30 UTC.
  const kolkata = intervalGrid(timeZone('Asia/Kolkata'), Date.parse('2026-01-04T18:30:00Z'), Date.parse('2026-01-04T19:30:00Z'), 30);
  assert.deepEqual(kolkata.map((g) => g.slot), [0, 1]);
});

test('bad input is a validation error', () => {
  assert.throws(() => forecastVolume({ timeZone: 'UTC', intervalMinutes: 7, history: history(1, shape), horizon: { days: 1 } }), /intervalMinutes/);
  assert.throws(() => forecastVolume({ timeZone: 'UTC', history: history(1, shape), horizon: { days: 0 } }), /horizon/);
  assert.throws(() => forecastVolume({ timeZone: 'UTC', history: history(1, shape), horizon: { days: 1 }, holidays: [{ date: '26-1-1' }] }), /holidays/);
});
