import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from './extract.ts';

function groupNorm(values: number[], from: number, to: number): number {
  return Math.sqrt(values.slice(from, to).reduce((s, v) => s + v * v, 0));
}

test('the same text always gives the same features', () => {
  const a = extractFeatures('@brand my order is late again!!');
  const b = extractFeatures('@brand my order is late again!!');
  assert.deepEqual(a.ids, b.ids);
  assert.deepEqual(a.values, b.values);
});

test('word and character groups are each L2-normalized, so length does not dominate', () => {
  for (const text of ['late', 'my order is late and nobody answers the phone, this is the third week']) {
    const f = extractFeatures(text);
    const charStart = f.wordLevel;
    assert.ok(Math.abs(groupNorm(f.values, charStart, f.values.length) - 1) < 1e-9);
  }
});

test('features point back to their tokens (or to whole-post features) for explanations', () => {
  const f = extractFeatures('refund please');
  assert.equal(f.ids.length, f.sources.length);
  assert.ok(f.sources.every((s) => s < f.tokens.length && s >= -f.metaNames.length));
  assert.ok(f.metaNames.includes('lx:pos'));
});
