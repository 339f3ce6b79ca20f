import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../features/extract.ts';
import { argmax, createHead, headLogits, softmax } from './linear.ts';
import { logitGradient, trainHeads, type TrainingRow } from './train.ts';
import { fitTemperature } from './calibrate.ts';

const DATA: Array<[string, number]> = [
  ['my order never arrived', 0], ['package is late again', 0], ['where is my parcel', 0], ['delivery did not come', 0],
  ['I was charged twice', 1], ['refund the extra fee', 1], ['why is my bill so high', 1], ['wrong amount on my invoice', 1],
];

function rows(data: Array<[string, number]>): TrainingRow[] {
  return data.map(([text, y]) => ({ x: extractFeatures(text), targets: [y], weight: 1 }));
}

test('a head learns a separable problem and generalizes to new wording', () => {
  const head = createHead('topic', ['delivery', 'billing'], 14);
  trainHeads([head], rows(DATA), { epochs: 30, learningRate: 0.3, tokenDropout: 0 });
  assert.equal(argmax(headLogits(head, extractFeatures('my parcel never came'))), 0);
  assert.equal(argmax(headLogits(head, extractFeatures('charged a fee on my bill'))), 1);
});

test('training is deterministic for a seed, and the seed matters', () => {
  const run = (seed: number): Float32Array => {
    const head = createHead('t', ['a', 'b'], 12);
    trainHeads([head], rows(DATA), { epochs: 3, seed, tokenDropout: 0.3 });
    return head.weights;
  };
  assert.deepEqual(run(1), run(1));
  assert.notDeepEqual(run(1), run(2));
});

test('a partial label moves probability into the allowed set without choosing inside it', () => {
  const p = [0.25, 0.25, 0.5];
  const g = new Float64Array(3);
  logitGradient(p, [0, 1], g);
  assert.ok(g[2]! > 0, 'the excluded class is pushed down');
  assert.ok(Math.abs(g[0]! - g[1]!) < 1e-12, 'the allowed classes move together');
  assert.ok(Math.abs(g[0]! + g[1]! + g[2]!) < 1e-12);
});

test('temperature scaling softens over-confident logits', () => {
  const items = Array.from({ length: 100 }, (_, i) => ({ logits: [4, 0], target: i < 70 ? 0 : 1 }));
  const t = fitTemperature(items);
  assert.ok(t > 2, `temperature ${t}`);
  assert.ok(Math.abs(softmax([4, 0], t)[0]! - 0.7) < 0.02);
});
