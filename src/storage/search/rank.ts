// Ranking a window of matching messages, the same on every dialect: BM25 term-frequency
// saturation with length normalisation (k1 = 1.2, b = 0.75), the average length taken over the
// window. Every candidate holds every term (the query is an AND), so document frequency would
// weigh all candidates alike and is left out; ties go to the newer message.
import type { SearchTerm } from './search-terms.ts';

const K1 = 1.2;
const B = 0.75;

// Words as both tokenizers see them, diacritics folded (as unicode61 remove_diacritics does).
const tokens = (text: string): string[] =>
  (text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function occurrences(words: readonly string[], term: SearchTerm): number {
  const phrase = term.map((w) => tokens(w).join(' ')).join(' ').split(' ').filter(Boolean);
  if (phrase.length === 0) return 0;
  let count = 0;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let match = true;
    for (let j = 0; j < phrase.length && match; j++) match = words[i + j] === phrase[j];
    if (match) count++;
  }
  return count;
}

/** The candidates, best first; the input order (newest first) breaks ties. */
export function rankByRelevance<T extends { body: string }>(candidates: readonly T[], terms: readonly SearchTerm[]): T[] {
  const tokenized = candidates.map((c) => tokens(c.body));
  const average = tokenized.reduce((sum, words) => sum + words.length, 0) / Math.max(1, tokenized.length);
  const scored = candidates.map((candidate, index) => {
    const words = tokenized[index]!;
    const norm = 1 - B + B * (words.length / Math.max(1, average));
    const score = terms.reduce((sum, term) => {
      const tf = occurrences(words, term);
      return sum + (tf * (K1 + 1)) / (tf + K1 * norm);
    }, 0);
    return { candidate, index, score };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((s) => s.candidate);
}
