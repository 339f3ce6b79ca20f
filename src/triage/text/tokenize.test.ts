import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWord, tokenize } from './tokenize.ts';

const texts = (s: string): string[] => tokenize(s).map((t) => (t.negated ? `¬${t.text}` : t.text));

test('handles, links, prices, times and numbers become stable tokens', () => {
  assert.deepEqual(texts('@united paid $45 at 3pm for 2 bags https://t.co/x1'), ['<user>', 'paid', '<money>', 'at', '<time>', 'for', '<num>', 'bags', '<url>']);
  assert.deepEqual(texts('20 EUR, 12:30'), ['<money>', ',', '<time>']);
});

test('words are lower-cased, accents stripped, elongations squashed; capitals are flagged', () => {
  const t = tokenize('SOOOO bad, café!!!');
  assert.deepEqual(t.map((x) => x.text), ['soo', 'bad', ',', 'cafe', '!!']);
  assert.equal(t[0]!.caps, true);
  assert.equal(t[3]!.lower, 'café');
  assert.equal(normalizeWord('Téléphone'), 'telephone');
});

test('negation marks the next words up to a clause break', () => {
  assert.deepEqual(texts("not happy at all, but ok"), ['not', '¬happy', '¬at', '¬all', ',', 'but', 'ok']);
  assert.deepEqual(texts("I don't like it"), ['i', "don't", '¬like', '¬it']);
  assert.deepEqual(texts('no me gustó'), ['no', '¬me', '¬gusto']);
});

test('emoji and emoticons are tokens; hashtags keep their word', () => {
  const t = tokenize('love it 😍 :) :-( #fail ❤️');
  assert.deepEqual(t.map((x) => x.text), ['love', 'it', '😍', ':)', ':(', 'fail', '❤']);
  assert.equal(t[5]!.hashtag, true);
});

test('other scripts tokenize into words; empty and hostile inputs do not throw', () => {
  assert.deepEqual(texts('Привет мир'), ['привет', 'мир']);
  assert.deepEqual(tokenize(''), []);
  assert.doesNotThrow(() => tokenize('\u0000\ud83d' + 'x'.repeat(10_000)));
  assert.ok(tokenize('a '.repeat(5000)).length <= 2000);
});
