import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, type Rng } from '../model/rng.ts';
import { createSpikeState, hourOfWeek, observeSpike } from './detector.ts';
import type { SpikeAlert, SpikeObservation, SpikeState } from './types.ts';

const HOUR = 3_600_000;
// Monday 2026-01-05 00:00 UTC.
const MONDAY = Date.UTC(2026, 0, 5);

function poisson(mean: number, rng: Rng): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng();
  } while (p > l);
  return k - 1;
}

/** A realistic weekly pattern: busy afternoons, quiet nights, calmer weekends. */
function usualRate(hour: number): number {
  const day = Math.floor(hour / 24) % 7;
  const h = hour % 24;
  const daily = h >= 8 && h <= 20 ? 14 + 8 * Math.sin(((h - 8) / 12) * Math.PI) : 2;
  return day >= 5 ? daily / 2 : daily;
}

interface Hour {
  count: number;
  negativeShare: number;
}

function feed(state: SpikeState, hours: number, plan: (hour: number) => Hour, rng: Rng, from = 0): Array<SpikeAlert & { hour: number }> {
  const alerts: Array<SpikeAlert & { hour: number }> = [];
  for (let hour = from; hour < from + hours; hour++) {
    const { count, negativeShare } = plan(hour);
    for (let i = 0; i < count; i++) {
      const o: SpikeObservation = {
        at: MONDAY + hour * HOUR + Math.floor((i / count) * HOUR), channelAccountId: 'acct-1', topic: 'billing',
        negative: rng() < negativeShare, itemId: `h${hour}-${i}`,
      };
      for (const a of observeSpike(state, o)) alerts.push({ ...a, hour });
    }
  }
  return alerts;
}

const normal = (rng: Rng) => (hour: number): Hour => ({ count: poisson(usualRate(hour % 168), rng), negativeShare: 0.25 });

test('hour of week starts on Monday 00:00', () => {
  assert.equal(hourOfWeek(MONDAY), 0);
  assert.equal(hourOfWeek(MONDAY + 25 * HOUR), 25);
  assert.equal(hourOfWeek(MONDAY + 7 * 24 * HOUR), 0);
  assert.equal(hourOfWeek(MONDAY - HOUR), 167);
  assert.equal(hourOfWeek(MONDAY, 60), 1);
});

test('six weeks of ordinary seasonality raise no alert', () => {
  const rng = createRng(1);
  const alerts = feed(createSpikeState(), 6 * 168, normal(rng), rng);
  assert.deepEqual(alerts.map((a) => `${a.kind}@${a.hour}`), []);
});

test('a real spike raises one volume alert per series, with the evidence, and no repeat while it lasts', () => {
  const rng = createRng(2);
  const state = createSpikeState();
  feed(state, 4 * 168, normal(rng), rng);
  // Week 5, Tuesday 15:00 and 16:00: five times the usual volume.
  const spikeStart = 4 * 168 + 24 + 15;
  const plan = (hour: number): Hour => (hour === spikeStart || hour === spikeStart + 1
    ? { count: 5 * Math.round(usualRate(hour % 168)), negativeShare: 0.25 }
    : normal(rng)(hour));
  const alerts = feed(state, 48, plan, rng, 4 * 168 + 24).filter((a) => a.kind === 'volume');
  assert.deepEqual(alerts.map((a) => [a.topic, a.hour]), [['billing', spikeStart], ['*', spikeStart]]);
  const a = alerts[0]!;
  assert.equal(a.channelAccountId, 'acct-1');
  assert.equal(a.window.start, MONDAY + spikeStart * HOUR);
  assert.equal(a.window.end, a.window.start + HOUR);
  assert.ok(a.observed >= a.threshold && a.threshold > a.expected);
  assert.equal(a.evidence.history.length, 4);
  assert.equal(a.evidence.hourOfWeek, 24 + 15);
  assert.ok(a.evidence.pValue! < 1e-5);
  assert.ok(a.evidence.itemIds.length > 0);
});

test('a spike after an earlier one has ended alerts again', () => {
  const rng = createRng(3);
  const state = createSpikeState();
  feed(state, 4 * 168, normal(rng), rng);
  const spikes = new Set([4 * 168 + 10, 4 * 168 + 34]);
  const plan = (hour: number): Hour => (spikes.has(hour) ? { count: 80, negativeShare: 0.25 } : normal(rng)(hour));
  const alerts = feed(state, 48, plan, rng, 4 * 168).filter((a) => a.kind === 'volume' && a.topic === 'billing');
  assert.deepEqual(alerts.map((a) => a.hour), [...spikes]);
});

test('a jump in the negative share at usual volume raises a negative_share alert', () => {
  const rng = createRng(4);
  const state = createSpikeState();
  feed(state, 4 * 168, normal(rng), rng);
  const hour = 4 * 168 + 14;
  const plan = (h: number): Hour => (h === hour ? { count: 20, negativeShare: 0.9 } : normal(rng)(h));
  const alerts = feed(state, 24, plan, rng, 4 * 168).filter((a) => a.topic === 'billing');
  assert.deepEqual(alerts.map((a) => [a.kind, a.hour]), [['negative_share', hour]]);
  assert.ok(alerts[0]!.expected > 0.1 && alerts[0]!.expected < 0.4, `usual share ${alerts[0]!.expected}`);
  assert.ok(alerts[0]!.observed >= alerts[0]!.threshold);
});

test('no baseline yet, no volume alert: a new channel is not a spike', () => {
  const state = createSpikeState();
  const alerts: SpikeAlert[] = [];
  for (let i = 0; i < 200; i++) alerts.push(...observeSpike(state, { at: MONDAY + i * 1000, channelAccountId: 'new', topic: 'other', negative: false }));
  assert.deepEqual(alerts, []);
});

test('a complaint from a very influential author alerts once a day', () => {
  const state = createSpikeState();
  const o: SpikeObservation = { at: MONDAY, channelAccountId: 'acct', topic: 'delivery', negative: true, kind: 'complaint', influence: 0.82, followers: 2_000_000, authorId: 'celeb', itemId: 'm1' };
  const first = observeSpike(state, o);
  assert.equal(first.length, 1);
  assert.equal(first[0]!.kind, 'influential_complaint');
  assert.equal(first[0]!.evidence.authorId, 'celeb');
  assert.deepEqual(observeSpike(state, { ...o, at: MONDAY + 2 * HOUR, itemId: 'm2' }), []);
  assert.equal(observeSpike(state, { ...o, at: MONDAY + 25 * HOUR, itemId: 'm3' }).length, 1);
  assert.deepEqual(observeSpike(state, { ...o, authorId: 'someone', influence: 0.2, followers: 300 }), []);
  assert.deepEqual(observeSpike(state, { ...o, authorId: 'fan', kind: 'feedback' }), []);
});

test('the state survives a JSON round trip mid-stream with the same result', () => {
  const run = (serializeAt: number | null): string[] => {
    const rng = createRng(5);
    let state = createSpikeState();
    const out: string[] = [];
    for (let hour = 0; hour < 5 * 168; hour++) {
      if (hour === serializeAt) state = JSON.parse(JSON.stringify(state)) as SpikeState;
      const count = hour === 4 * 168 + 40 ? 90 : poisson(usualRate(hour % 168), rng);
      for (let i = 0; i < count; i++) {
        for (const a of observeSpike(state, { at: MONDAY + hour * HOUR + i, channelAccountId: 'a', topic: 't', negative: rng() < 0.2 })) out.push(`${a.kind}:${a.topic}:${hour}`);
      }
    }
    return out;
  };
  const straight = run(null);
  assert.ok(straight.length > 0);
  assert.deepEqual(run(3 * 168 + 7), straight);
});

test('late items (before the open hour) are not counted', () => {
  const state = createSpikeState();
  observeSpike(state, { at: MONDAY + 5 * HOUR, channelAccountId: 'a', topic: 't', negative: false });
  observeSpike(state, { at: MONDAY + HOUR, channelAccountId: 'a', topic: 't', negative: false });
  assert.equal(state.series['a\u001ft']!.count, 1);
});
