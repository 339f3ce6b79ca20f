import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confusionMatrix, fieldMetrics } from './metrics.ts';

// Hand-computed example. Gold: 4 neg, 3 neu, 3 pos.
//               predicted neg  neu  pos
//   gold neg              3    1    0
//   gold neu              1    1    1
//   gold pos              0    1    2
// neg: P = 3/4, R = 3/4, F1 = 0.75
// neu: P = 1/3, R = 1/3, F1 = 1/3
// pos: P = 2/3, R = 2/3, F1 = 2/3
// accuracy = 6/10; macro-F1 = (0.75 + 1/3 + 2/3)/3 = 0.5833; macro-recall the same.
const gold = ['negative', 'negative', 'negative', 'negative', 'neutral', 'neutral', 'neutral', 'positive', 'positive', 'positive'];
const pred = ['negative', 'negative', 'negative', 'neutral', 'negative', 'neutral', 'positive', 'neutral', 'positive', 'positive'];

test('confusion matrix: rows gold, columns predicted, labels sorted', () => {
  assert.deepEqual(confusionMatrix(gold, pred), {
    labels: ['negative', 'neutral', 'positive'],
    matrix: [[3, 1, 0], [1, 1, 1], [0, 1, 2]],
  });
});

test('accuracy, macro-F1, macro-recall and per-class figures match the hand computation', () => {
  const m = fieldMetrics(gold, pred);
  assert.equal(m.n, 10);
  assert.equal(m.accuracy, 0.6);
  assert.equal(m.macro_f1, 0.5833);
  assert.equal(m.macro_recall, 0.5833);
  assert.deepEqual(m.per_class.negative, { precision: 0.75, recall: 0.75, f1: 0.75, support: 4 });
  assert.deepEqual(m.per_class.neutral, { precision: 0.3333, recall: 0.3333, f1: 0.3333, support: 3 });
  assert.deepEqual(m.per_class.positive, { precision: 0.6667, recall: 0.6667, f1: 0.6667, support: 3 });
});

test('macro averages run over gold classes; a class only predicted has precision 0 but no recall to average', () => {
  // Gold true x3, false x1; the model also says "maybe" once.
  const m = fieldMetrics(['true', 'true', 'true', 'false'], ['true', 'true', 'maybe', 'true']);
  // true: P = 2/3, R = 2/3, F1 = 2/3; false: P = 0, R = 0, F1 = 0
  assert.equal(m.macro_recall, 0.3333);
  assert.equal(m.macro_f1, 0.3333);
  assert.deepEqual(m.per_class.maybe, { precision: 0, recall: 0, f1: 0, support: 0 });
  assert.deepEqual(m.confusion.matrix, [[0, 0, 1], [0, 0, 0], [0, 1, 2]]);
});

test('a perfect binary run and an empty run', () => {
  const m = fieldMetrics(['true', 'false'], ['true', 'false']);
  assert.equal(m.accuracy, 1);
  assert.equal(m.macro_f1, 1);
  assert.equal(fieldMetrics([], []).accuracy, 0);
});
