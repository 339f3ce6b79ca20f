// A search box's text, turned into terms both full-text engines read the same way. Everything a
// user types is taken as words to find, never as query syntax: operators, stray quotes,
// parentheses, `*`, `NEAR(`, `-`, SQL fragments all become plain words or vanish, so no input
// can make a query fail. Balanced double quotes keep their words together as a phrase.

/** At most this many terms (words or phrases) count; each word at most MAX_WORD characters. */
export const MAX_TERMS = 12;
export const MAX_WORD = 64;

/** One term: a single word, or several that must appear in this order (a quoted phrase). */
export type SearchTerm = readonly string[];

// Letters, digits and combining marks: what both tokenizers (unicode61, PostgreSQL 'simple')
// keep inside a word. Everything else separates words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const wordsOf = (text: string): string[] => (text.normalize('NFC').match(WORD) ?? [])
  .filter((w) => /[\p{L}\p{N}]/u.test(w))
  .map((w) => [...w.toLowerCase()].slice(0, MAX_WORD).join(''));

export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // Split on double quotes: odd pieces were inside a balanced pair. An unbalanced last quote
  // leaves a final odd piece with no closing quote: its words count one by one.
  const pieces = input.slice(0, 1000).split('"');
  const balanced = pieces.length % 2 === 1;
  pieces.forEach((piece, i) => {
    const words = wordsOf(piece);
    const quoted = i % 2 === 1 && (balanced || i < pieces.length - 1);
    if (quoted && words.length > 1) terms.push(words);
    else for (const word of words) terms.push([word]);
  });
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_TERMS);
}

/** SQLite FTS5: every term a double-quoted string (inside which nothing is an operator), all required. */
export function toFts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.join(' ')}"`).join(' AND ');
}

/** PostgreSQL websearch_to_tsquery input: words, phrases in quotes, all required. */
export function toWebsearchQuery(terms: readonly SearchTerm[]): string {
  return terms.map((t) => (t.length > 1 ? `"${t.join(' ')}"` : t[0]!)).join(' ');
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A plain-text window of the message around the first matching word (no markup: the client
 * escapes and highlights). Diacritics are ignored when looking, as the SQLite tokenizer does.
 */
export function excerptOf(body: string, terms: readonly SearchTerm[], width = 160): string {
  const flat = body.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  if (chars.length <= width) return flat;
  const folded = chars.map(fold);
  const haystack = folded.join('');
  let at = -1;
  for (const term of terms) {
    const index = haystack.indexOf(fold(term[0]!));
    if (index >= 0 && (at < 0 || index < at)) at = index;
  }
  // Map the index in the folded string back to a character position.
  let position = 0;
  for (let length = 0; position < folded.length && length + folded[position]!.length <= at; position++) length += folded[position]!.length;
  const start = Math.max(0, Math.min(position - Math.floor(width / 3), chars.length - width));
  const text = chars.slice(start, start + width).join('').trim();
  return `${start > 0 ? '…' : ''}${text}${start + width < chars.length ? '…' : ''}`;
}
