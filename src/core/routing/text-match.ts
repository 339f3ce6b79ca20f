// Keyword and pattern matching on untrusted text. Keywords match whole words or phrases, ignoring
// case and accents ("cafe" finds "Café"). Patterns are RE2 syntax, run by re2js: matching time is
// linear in the text whatever the pattern, so an admin's pattern and an attacker's post cannot
// combine into a catastrophic backtrack (ReDoS). RE2 has no backreferences or lookarounds.
import { RE2JS } from 're2js';

export const MAX_PATTERN_LENGTH = 500;

/** Lower case, accents removed, whitespace collapsed: the form keywords and text are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const WORD = /[\p{L}\p{N}_]/u;
// Scripts written without spaces between words: a keyword there matches anywhere.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function boundaryOk(text: string, index: number, inside: string | undefined): boolean {
  const outside = text[index];
  if (outside === undefined || inside === undefined) return true;
  if (!WORD.test(inside) || UNSPACED.test(inside)) return true;
  return !WORD.test(outside);
}

/** Whether folded `text` holds folded `keyword` as a whole word or phrase. */
export function hasKeyword(foldedText: string, foldedKeyword: string): boolean {
  if (foldedKeyword.length === 0) return false;
  for (let at = foldedText.indexOf(foldedKeyword); at !== -1; at = foldedText.indexOf(foldedKeyword, at + 1)) {
    const end = at + foldedKeyword.length;
    if (boundaryOk(foldedText, at - 1, foldedKeyword[0]) && boundaryOk(foldedText, end, foldedKeyword[foldedKeyword.length - 1])) return true;
  }
  return false;
}

export interface CompiledPattern {
  readonly source: string;
  test(text: string): boolean;
}

/** Compiles an RE2 pattern (case-insensitive); throws a plain Error naming the problem. */
export function compilePattern(source: string): CompiledPattern {
  if (source.length === 0 || source.length > MAX_PATTERN_LENGTH) {
    throw new Error(`a pattern must have 1 to ${MAX_PATTERN_LENGTH} characters`);
  }
  const regex = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return { source, test: (text) => regex.test(text) };
}

/** Why a pattern cannot be used, or null when it compiles. */
export function patternProblem(source: string): string | null {
  try {
    compilePattern(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
