import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { excerptOf, MAX_TERMS, parseSearchTerms, toFts5Query, toWebsearchQuery } from './search-terms.ts';
import { rankByRelevance } from './rank.ts';

describe('search terms', () => {
  it('takes words and balanced quoted phrases, and nothing as syntax', () => {
    assert.deepEqual(parseSearchTerms('Refund "never arrived" order#123'), [['refund'], ['never', 'arrived'], ['order'], ['123']]);
    assert.deepEqual(parseSearchTerms('"unbalanced phrase'), [['unbalanced'], ['phrase']]);
    assert.deepEqual(parseSearchTerms('NEAR(a b) OR c* -d ^e col:f'), [['near'], ['a'], ['b'], ['or'], ['c'], ['d'], ['e'], ['col'], ['f']]);
    assert.deepEqual(parseSearchTerms("'; drop table messages; --"), [['drop'], ['table'], ['messages']]);
    assert.deepEqual(parseSearchTerms('Café 日本語 😡'), [['café'], ['日本語']]);
    assert.deepEqual(parseSearchTerms('" * ( ) : ^ \u0301'), []);
    assert.deepEqual(parseSearchTerms('a a A'), [['a']]);
    assert.equal(parseSearchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).length, MAX_TERMS);
  });

  it('always writes engine queries made only of quoted words', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (input) => {
      const terms = parseSearchTerms(input);
      const fts = toFts5Query(terms);
      // Each term is one double-quoted string of word characters and spaces, joined by AND.
      if (terms.length > 0) assert.match(fts, /^"[\p{L}\p{N}\p{M} ]+"( AND "[\p{L}\p{N}\p{M} ]+")*$/u);
      assert.ok(!/[()*:^'\\;-]/u.test(toWebsearchQuery(terms)));
    }));
  });

  it('excerpts plain text around the first match', () => {
    const body = `${'lorem ipsum '.repeat(30)}where is my PARCEL now ${'dolor sit '.repeat(30)}`;
    const excerpt = excerptOf(body, [['parcel']], 60);
    assert.ok(excerpt.startsWith('…') && excerpt.endsWith('…'));
    assert.ok(excerpt.includes('PARCEL'));
    assert.equal(excerptOf('<b>short</b>', [['short']]), '<b>short</b>', 'no markup added or removed: the client escapes');
    assert.ok(excerptOf(`${'x '.repeat(100)}café au lait`, [['cafe']], 40).includes('café'));
  });
});

describe('search ranking', () => {
  it('ranks more mentions and shorter messages first, newer on ties', () => {
    const ranked = rankByRelevance([
      { id: 'long', body: `parcel ${'filler '.repeat(40)}` },
      { id: 'twice', body: 'parcel late, parcel lost' },
      { id: 'newer', body: 'parcel here' },
      { id: 'older', body: 'parcel here' },
    ], [['parcel']]);
    assert.deepEqual(ranked.map((r) => r.id), ['twice', 'newer', 'older', 'long']);
  });

  it('counts phrases as whole sequences', () => {
    const ranked = rankByRelevance([{ id: 'a', body: 'never late, arrived' }, { id: 'b', body: 'it never arrived' }], [['never', 'arrived']]);
    assert.deepEqual(ranked.map((r) => r.id), ['b', 'a']);
  });
});
