import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TOPICS, KINDS, SENTIMENTS } from '../types.ts';
import { buildCorpus, CORPUS_SOURCES } from './index.ts';
import { parseLines } from './parse-lines.ts';

const small = { seed: 1, variants: 2, composedPerIndustry: 20 };

test('every written line parses, with a known kind, sentiment and topic', () => {
  for (const source of CORPUS_SOURCES) {
    const lines = parseLines(source.lines, source.name);
    assert.ok(lines.length >= 5, source.name);
    for (const l of lines) {
      assert.ok((KINDS as readonly string[]).includes(l.kind));
      assert.ok((SENTIMENTS as readonly string[]).includes(l.sentiment));
      assert.ok((DEFAULT_TOPICS as readonly string[]).includes(l.topic), `${source.name}:${l.line} topic ${l.topic}`);
    }
  }
  assert.throws(() => parseLines('X? nope | text', 'bad'), /bad:1/);
});

test('expansion fills every slot and alternative, and is the same for the same seed', () => {
  const a = buildCorpus(small);
  assert.deepEqual(buildCorpus(small), a);
  assert.notDeepEqual(buildCorpus({ ...small, seed: 2 }).map((e) => e.text), a.map((e) => e.text));
  for (const e of a) assert.doesNotMatch(e.text, /\{\w+\}|\[[^\]]*\|/, e.id);
});

test('the corpus covers every kind, sentiment and topic, and several languages', () => {
  const c = buildCorpus(small);
  for (const k of KINDS) assert.ok(c.some((e) => e.kind === k), k);
  for (const s of SENTIMENTS) assert.ok(c.some((e) => e.sentiment === s), s);
  for (const t of DEFAULT_TOPICS) assert.ok(c.some((e) => e.topic === t), t);
  assert.deepEqual([...new Set(c.map((e) => e.language))].sort(), ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr']);
});
