import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, foldText, hasKeyword, patternProblem } from './text-match.ts';

describe('keywords', () => {
  const has = (text: string, keyword: string) => hasKeyword(foldText(text), foldText(keyword));

  it('matches whole words and phrases, ignoring case, accents and spacing', () => {
    assert.equal(has('REFUND now', 'refund'), true);
    assert.equal(has('refunded', 'refund'), false);
    assert.equal(has('Crème brûlée', 'creme brulee'), true);
    assert.equal(has('money   back please', 'money back'), true);
    assert.equal(has('#outage!', 'outage'), true);
    assert.equal(has('outage2', 'outage'), false);
  });

  it('matches inside words in scripts written without spaces', () => {
    assert.equal(has('我要退款谢谢', '退款'), true);
    assert.equal(has('返金してください', '返金'), true);
  });
});

describe('patterns', () => {
  it('are RE2, case-insensitive, and refuse what RE2 cannot run in linear time', () => {
    assert.equal(compilePattern('order\\s*#?\\d{5}').test('ORDER #12345'), true);
    assert.equal(compilePattern('^hi$').test('oh hi'), false);
    assert.match(patternProblem('(a)\\1') ?? '', /invalid escape/);
    assert.match(patternProblem('(?=x)') ?? '', /invalid|missing/);
    assert.match(patternProblem('x'.repeat(501)) ?? '', /1 to 500/);
  });

  it('answers a classic catastrophic-backtracking pattern on a long attacker text', () => {
    // (a+)+$ against "aaaa...b" takes exponential time in a backtracking engine.
    assert.equal(compilePattern('(a+)+$').test(`${'a'.repeat(20000)}b`), false);
  });
});
