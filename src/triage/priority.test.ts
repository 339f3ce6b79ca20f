import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computePriority, DEFAULT_PRIORITY_WEIGHTS } from './priority.ts';

const base = { needsResponse: 0, urgencyLevel: 0, negative: 0, influence: 0, isPublic: false, spam: 0 };

test('the default formula, pinned: 100 x (1 - P(spam)) x weighted mean of the components', () => {
  // 0.35*0.9 + 0.30*(2/3) + 0.15*0.8 + 0.15*0.5 + 0.05*1 = 0.315 + 0.2 + 0.12 + 0.075 + 0.05 = 0.76
  const p = computePriority({ needsResponse: 0.9, urgencyLevel: 2, negative: 0.8, influence: 0.5, isPublic: true, spam: 0 });
  assert.equal(p.score, 76);
  assert.deepEqual(p.components, { needsResponse: 31.5, urgency: 20, negativity: 12, influence: 7.5, public: 5 });
});

test('each component alone is worth its weight', () => {
  assert.equal(computePriority({ ...base, needsResponse: 1 }).score, 35);
  assert.equal(computePriority({ ...base, urgencyLevel: 3 }).score, 30);
  assert.equal(computePriority({ ...base, negative: 1 }).score, 15);
  assert.equal(computePriority({ ...base, influence: 1 }).score, 15);
  assert.equal(computePriority({ ...base, isPublic: true }).score, 5);
  assert.equal(computePriority({ needsResponse: 1, urgencyLevel: 3, negative: 1, influence: 1, isPublic: true, spam: 0 }).score, 100);
});

test('spam probability gates the whole score', () => {
  const full = { needsResponse: 1, urgencyLevel: 3, negative: 1, influence: 1, isPublic: true };
  assert.equal(computePriority({ ...full, spam: 0.5 }).score, 50);
  assert.equal(computePriority({ ...full, spam: 1 }).score, 0);
});

test('weights are configurable and normalized by their sum', () => {
  const w = { ...DEFAULT_PRIORITY_WEIGHTS, influence: 0.65 };
  // sum 1.5; influence alone: 100 * 0.65 / 1.5 = 43.3
  assert.equal(computePriority({ ...base, influence: 1 }, w).score, 43);
  assert.equal(computePriority({ ...base, needsResponse: 1 }, w).score, 23);
});

test('the workspace adjustment adds points, within 0..100, and is reported', () => {
  const p = computePriority({ ...base, needsResponse: 1, adjustment: 10 });
  assert.equal(p.score, 45);
  assert.equal(p.components.workspaceAdjustment, 10);
  assert.equal(computePriority({ ...base, adjustment: -30 }).score, 0);
});

test('any inputs give a score in 0..100 whose components add up to it', () => {
  fc.assert(fc.property(
    fc.double({ min: -1, max: 2, noNaN: true }), fc.integer({ min: -1, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }),
    (needsResponse, urgencyLevel, negative, influence, isPublic, spam) => {
      const p = computePriority({ needsResponse, urgencyLevel, negative, influence, isPublic, spam });
      const sum = Object.values(p.components).reduce((a, b) => a + b, 0);
      return p.score >= 0 && p.score <= 100 && Math.abs(sum - p.score) <= 0.6;
    },
  ));
});
