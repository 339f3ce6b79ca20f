import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, objectsToCsv, toCsv } from './csv.ts';

test('quotes fields as RFC 4180 asks and ends lines with CRLF', () => {
  assert.equal(toCsv(['a', 'b'], [['plain', 'has,comma'], ['say "hi"', 'two\nlines']]), 'a,b\r\nplain,"has,comma"\r\n"say ""hi""","two\nlines"\r\n');
});

test('neutralises cells a spreadsheet would run as a formula', () => {
  for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
    assert.ok(csvCell(evil).replace(/^"/, '').startsWith("'"), evil);
  }
  assert.equal(csvCell('=1,2'), `"'=1,2"`);
  assert.equal(csvCell(-5), '-5', 'a negative number is a number');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(Number.NaN), '');
});

test('writes objects with their keys as the header, nested values as JSON', () => {
  assert.equal(objectsToCsv([{ id: 'c1', n: 2, tags: ['a'] }]), 'id,n,tags\r\nc1,2,"[""a""]"\r\n');
});
