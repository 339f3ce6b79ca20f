import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SKETCH_RELATIVE_ERROR, bucketOf, decodeSketch, encodeSketch, mergeInto, quantile, sketchOf } from './sketch.ts';

test('a quantile is within the stated relative error of the exact nearest-rank value', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1000, max: 90 * 86_400_000 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    const exact = sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
    const estimate = quantile(sketchOf(values), p)!;
    return Math.abs(estimate - exact) <= exact * SKETCH_RELATIVE_ERROR * (1 + 1e-9);
  }));
  assert.ok(SKETCH_RELATIVE_ERROR < 0.045);
});

test('sketches merge and subtract exactly, and survive their stored form', () => {
  const a = sketchOf([1000, 5000, 60_000]);
  const b = sketchOf([5000, 3_600_000]);
  mergeInto(a, b);
  assert.deepEqual(decodeSketch(encodeSketch(a)), a);
  mergeInto(a, b, -1);
  assert.deepEqual(a, sketchOf([1000, 5000, 60_000]));
  assert.equal(encodeSketch(sketchOf([])), '');
  assert.equal(quantile(sketchOf([]), 0.5), null);
  assert.equal(bucketOf(999), 0);
  assert.equal(bucketOf(1000), 1);
  assert.equal(bucketOf(2000), 9, 'eight buckets per doubling');
});
