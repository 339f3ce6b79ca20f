// Lexicon sentiment: a transparent prior that does not depend on our training text. It feeds the
// models as features and gives the explanation words a person can check ("worst", "on hold").
import type { Token } from '../text/tokenize.ts';
import { EMOJI_SCORES, INTENSIFIERS, LEXICON_BY_SCORE, PHRASES } from './lexicon-words.ts';

export interface LexiconScore {
  /** Sum of positive valence after negation, intensifiers and contrast. */
  pos: number;
  /** Sum of negative valence, as a positive number. */
  neg: number;
  /** Normalized net valence in (-1, 1). */
  compound: number;
  /** The words and phrases that scored, with their contribution, strongest first. */
  hits: Array<{ term: string; score: number }>;
}

const WORDS: ReadonlyMap<string, number> = buildWordMap();
const INTENSITY: ReadonlyMap<string, number> = new Map(Object.entries(INTENSIFIERS));

function buildWordMap(): Map<string, number> {
  const map = new Map<string, number>();
  for (const [score, words] of Object.entries(LEXICON_BY_SCORE)) {
    const value = Number(score);
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const prev = map.get(w);
      // A word listed twice keeps its strongest score.
      if (prev === undefined || Math.abs(value) > Math.abs(prev)) map.set(w, value);
    }
  }
  return map;
}

const SUFFIXES = ["'s", 'ing', 'ed', 'ly', 'es', 's'];
const PHRASE_STARTS = new Set(Object.keys(PHRASES).map((p) => p.split(' ')[0]!));
// Memo of lookups: the same few thousand words recur in every post. Bounded; cleared when full.
const memo = new Map<string, number | null>();
const MEMO_LIMIT = 50_000;

/** Valence of one normalized word; inflected forms fall back to their stem ("delays" -> "delay"). */
export function wordValence(word: string): number | undefined {
  let v = memo.get(word);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    v = lookUp(word) ?? null;
    memo.set(word, v);
  }
  return v ?? undefined;
}

function lookUp(word: string): number | undefined {
  const direct = WORDS.get(word) ?? EMOJI_SCORES[word];
  if (direct !== undefined) return direct;
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const v = WORDS.get(word.slice(0, -suffix.length));
      if (v !== undefined) return v;
    }
  }
  // "baad" and "grreat" after elongation squashing.
  if (/(.)\1/.test(word)) return WORDS.get(word.replace(/(.)\1/g, '$1'));
  return undefined;
}

const CONTRAST = new Set(['but', 'pero', 'mais', 'aber', 'mas', 'ma', 'maar', 'however', 'though']);

function contrastIndex(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (CONTRAST.has(tokens[i]!.text)) return i;
  return -1;
}

export function scoreLexicon(tokens: Token[]): LexiconScore {
  const hits: Array<{ term: string; score: number }> = [];
  const contrast = contrastIndex(tokens);
  let boost = 0;
  let exclaims = 0;
  let total = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text.charCodeAt(0) === 33 || t.text === '?!') exclaims++;
      continue;
    }
    // Handles, links, numbers, prices and times carry no valence.
    if (t.kind !== 'word' && t.kind !== 'emoji' && t.kind !== 'emoticon') {
      boost = 0;
      continue;
    }
    const next = tokens[i + 1];
    const phrase = next && PHRASE_STARTS.has(t.text) ? PHRASES[`${t.text} ${next.text}`] : undefined;
    const base = phrase ?? wordValence(t.text);
    const intensity = INTENSITY.get(t.text);
    if (base === undefined || base === 0) {
      boost = intensity ?? 0;
      if (phrase !== undefined) i++;
      continue;
    }
    let v = base * (1 + boost);
    if (t.negated) v *= -0.6;
    if (t.caps) v *= 1.25;
    // Whatever follows "but" carries the writer's verdict.
    if (contrast >= 0) v *= i > contrast ? 1.4 : 0.6;
    boost = 0;
    hits.push({ term: phrase !== undefined ? `${t.text} ${next!.text}` : t.text, score: v });
    if (phrase !== undefined) i++;
    total += v;
    if (v > 0) pos += v;
    else neg -= v;
  }
  const amplify = 1 + 0.08 * Math.min(exclaims, 3);
  pos *= amplify;
  neg *= amplify;
  total *= amplify;
  hits.sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  return { pos, neg, compound: total / Math.sqrt(total * total + 15), hits };
}
