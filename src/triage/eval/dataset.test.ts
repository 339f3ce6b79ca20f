import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvalFile } from './dataset.ts';

test('good lines become items with their labels; bad lines are reported by number and skipped', () => {
  const file = [
    '{"id":"a","text":"my bag is lost","needs_response":true,"sentiment":"negative","topic":"delivery","author":{"followers":120,"verified":true}}',
    '',
    'not json at all',
    '{"id":"b","text":"thanks!","sentiment":"positive"}',
    '{"id":"c","sentiment":"neutral"}',
    '{"id":"d","text":"x","needs_response":"yes"}',
    '{"id":"e","text":"x","sentiment":"angry"}',
    '[1,2]',
    '{"text":"hola","language":"es","surface":"private"}',
  ].join('\n');
  const { items, malformed } = parseEvalFile(file);
  assert.deepEqual(items.map((i) => i.id), ['a', 'b', 'line-9']);
  assert.deepEqual(items[0]!.labels, { needs_response: 'true', sentiment: 'negative', topic: 'delivery' });
  assert.deepEqual(items[0]!.input.author, { followers: 120, verified: true });
  assert.equal(items[2]!.input.surface, 'private');
  assert.deepEqual(malformed.map((m) => m.line), [3, 5, 6, 7, 8]);
  assert.match(malformed[1]!.reason, /text/);
  assert.match(malformed[2]!.reason, /needs_response/);
});
