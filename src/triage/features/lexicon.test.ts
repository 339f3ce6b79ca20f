import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize.ts';
import { scoreLexicon, wordValence } from './lexicon.ts';

const score = (s: string) => scoreLexicon(tokenize(s));

test('care problems read as negative, thanks and praise as positive', () => {
  assert.ok(score('been on hold for 2 hours, still waiting').compound < -0.4);
  assert.ok(score('thank you so much, amazing crew').compound > 0.5);
  assert.equal(score('what time does the store open').compound, 0);
});

test('negation flips and dampens; contrast weighs what follows "but"', () => {
  assert.ok(score('not good').compound < 0);
  assert.ok(score('not bad').compound > 0);
  assert.ok(score('the crew was nice but the delay was awful').compound < 0);
});

test('inflections fall back to the stem; emoji count', () => {
  assert.equal(wordValence('delays'), wordValence('delay'));
  assert.ok(wordValence('😡')! < 0);
  assert.ok(score('😍😍').compound > 0.5);
});

test('hits name the words that scored, strongest first', () => {
  const hits = score('worst airline, flight delayed').hits;
  assert.equal(hits[0]!.term, 'worst');
  assert.ok(hits.some((h) => h.term === 'delayed'));
});
