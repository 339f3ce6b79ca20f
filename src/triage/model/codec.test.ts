import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeHead, dequantize, encodeHead } from './codec.ts';
import { createHead } from './linear.ts';

test('a head survives encoding: zeros stay zero, weights within quantization error', () => {
  const head = createHead('t', ['a', 'b', 'c'], 8);
  head.weights[3] = 1.5;
  head.weights[200] = -0.02;
  head.weights[767] = 0.7;
  head.bias.set([0.1, -0.2, 0.3]);
  head.temperature = 1.25;
  const back = decodeHead(encodeHead(head));
  assert.deepEqual(back.classes, ['a', 'b', 'c']);
  assert.equal(back.temperature, 1.25);
  assert.deepEqual(Array.from(back.bias, (b) => Math.round(b * 10) / 10), [0.1, -0.2, 0.3]);
  for (let i = 0; i < head.weights.length; i++) assert.ok(Math.abs(back.weights[i]! - head.weights[i]!) <= 0.02 * 1.5, `weight ${i}`);
  assert.equal(back.weights[4], 0);
});

test('square-root quantization keeps small weights more precise than large ones', () => {
  fc.assert(fc.property(fc.integer({ min: -127, max: 127 }), (q) => {
    const w = dequantize(q, 2);
    return Math.abs(w) <= 2 && Math.sign(w) === Math.sign(q);
  }));
  assert.ok(dequantize(1, 2) < 2 / 127 / 10);
});

test('encoding is deterministic (same head, same bytes)', () => {
  const head = createHead('t', ['x', 'y'], 6);
  for (let i = 0; i < head.weights.length; i += 7) head.weights[i] = Math.sin(i);
  assert.equal(JSON.stringify(encodeHead(head)), JSON.stringify(encodeHead(head)));
});
