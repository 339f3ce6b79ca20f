import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handleDurationsFromIntervals, handleTimeStats, percentile } from './handle-time.ts';

test('percentiles interpolate like R type 7 / NumPy', () => {
  // numpy.percentile([1, 2, 3, 4], 90) = 3.7; median of four = 2.5.
  assert.equal(percentile([1, 2, 3, 4], 0.5), 2.5);
  assert.ok(Math.abs(percentile([1, 2, 3, 4], 0.9) - 3.7) < 1e-12);
  assert.equal(percentile([7], 0.9), 7);
  assert.ok(Number.isNaN(percentile([], 0.5)));
});

test('hand-computed statistics, with one far-out conversation left out of the robust mean', () => {
  // Ten conversations: 60…300 s and one left open for 5,400 s.
  const durations = [60, 90, 120, 120, 150, 180, 200, 240, 300, 5400];
  const stats = handleTimeStats(durations);
  assert.ok(stats);
  assert.equal(stats.count, 10);
  assert.equal(stats.meanSeconds, 686);
  assert.equal(stats.medianSeconds, 165);
  // Sorted positions 8.1 → 300 + 0.1 · (5400 − 300) = 810.
  assert.ok(Math.abs(stats.p90Seconds - 810) < 1e-9);
  // Q1 = 120 (position 2.25 between 120 and 120), Q3 = 230 (position 6.75: 200 + 0.75·40); fence 230 + 3·110 = 560.
  assert.equal(stats.outliers, 1);
  assert.equal(stats.robustMeanSeconds, 1460 / 9);
});

test('nothing usable gives no statistics', () => {
  assert.equal(handleTimeStats([]), undefined);
  assert.equal(handleTimeStats([0, -5, Number.NaN]), undefined);
});

test('busy intervals are merged per conversation before they are summed', () => {
  const t = Date.parse('2026-03-02T09:00:00Z');
  const s = 1000;
  const durations = handleDurationsFromIntervals([
    { conversationId: 'a', start: t, end: t + 120 * s },
    { conversationId: 'a', start: t + 60 * s, end: t + 180 * s }, // overlaps: 180 s in all so far
    { conversationId: 'a', start: t + 600 * s, end: t + 660 * s }, // a later reply: +60 s
    { conversationId: 'b', start: t, end: t + 45 * s },
    { conversationId: 'c', start: t, end: t }, // empty, ignored
  ]);
  assert.deepEqual([...durations], [['a', 240], ['b', 45]]);
});
