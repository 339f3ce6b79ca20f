// Sparse hashed features shared by every classifier head, computed once per item:
// word unigrams (negation-marked), word bigrams, character 3-4-grams of each word (fastText's
// subwords: robust to typos, inflection and unseen words), lexicon and shape features.
// Each group is L2-normalized on its own so that a long post does not outweigh a short one and
// no group drowns the others (the usual "feature union" of word and char TF vectors).
import { fnvStep, hashString, combineHashes } from '../text/hash.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { scoreLexicon, type LexiconScore } from './lexicon.ts';

export interface Features {
  /** Hashed feature ids (not yet reduced to a bucket; heads take `id & mask`). */
  ids: number[];
  values: number[];
  /** Index of the token a feature came from, or -1 - i for whole-post feature i of metaNames (for explanations). */
  sources: number[];
  /** Names of the whole-post features, in order ("lx:pos", "has:?"...). */
  metaNames: string[];
  /** How many leading entries are word-level (unigram/bigram/meta): the workspace layer uses only those. */
  wordLevel: number;
  tokens: Token[];
  lexicon: LexiconScore;
}

const SEED_WORD = hashString('w:');
const SEED_NEG = hashString('n:');
const SEED_BIGRAM = hashString('b:');
const SEED_CHAR = hashString('c:');
const SEED_META = hashString('m:');
const BIGRAM_WEIGHT = 0.7;
const META_WEIGHT = 0.8;
// 3- and 4-grams: 5-grams added nothing measurable on held-out industries and cost a third more lookups.
const MAX_CHAR_GRAM = 4;

// Whole-post feature names come from a small fixed set: hash each once.
const metaIds = new Map<string, number>();

export function metaId(name: string): number {
  let id = metaIds.get(name);
  if (id === undefined) {
    id = hashString(name, SEED_META);
    metaIds.set(name, id);
  }
  return id;
}

function wordId(t: Token): number {
  return hashString(t.text, t.negated ? SEED_NEG : SEED_WORD);
}

function push(f: Features, id: number, source: number): void {
  f.ids.push(id);
  f.values.push(1);
  f.sources.push(source);
}

/** Gives the features pushed since `start` equal values with an L2 norm of `weight`. */
function normalizeGroup(f: Features, start: number, weight: number): void {
  const n = f.ids.length - start;
  if (n <= 0) return;
  const v = weight / Math.sqrt(n);
  for (let i = start; i < f.ids.length; i++) f.values[i] = v;
}

const BIGRAM_START = hashString('<s>', SEED_BIGRAM);
const BIGRAM_END = hashString('</s>', SEED_BIGRAM);

function wordFeatures(f: Features): void {
  let start = f.ids.length;
  const bigrams = new Array<number>(f.tokens.length);
  for (let i = 0; i < f.tokens.length; i++) {
    const t = f.tokens[i]!;
    push(f, wordId(t), i);
    bigrams[i] = hashString(t.text, SEED_BIGRAM);
  }
  normalizeGroup(f, start, 1);
  start = f.ids.length;
  let prev = BIGRAM_START;
  for (let i = 0; i < bigrams.length; i++) {
    push(f, combineHashes(prev, bigrams[i]!), i);
    prev = bigrams[i]!;
  }
  if (bigrams.length > 0) push(f, combineHashes(prev, BIGRAM_END), bigrams.length - 1);
  normalizeGroup(f, start, BIGRAM_WEIGHT);
}

function charFeatures(f: Features): void {
  const start = f.ids.length;
  for (let i = 0; i < f.tokens.length; i++) {
    const t = f.tokens[i]!;
    // Words of 1-3 letters are fully described by their unigram; their grams only cost lookups.
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    const w = t.text.length > 24 ? t.text.slice(0, 24) : t.text;
    const n = w.length + 2;
    for (let from = 0; from < n - 2; from++) {
      let h = SEED_CHAR;
      for (let j = from; j < n && j < from + MAX_CHAR_GRAM; j++) {
        const code = j === 0 ? 60 : j === n - 1 ? 62 : w.charCodeAt(j - 1);
        h = fnvStep(h, code);
        if (j - from >= 2) push(f, h, i);
      }
    }
  }
  normalizeGroup(f, start, 1);
}

function bin(value: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && value > edges[b]!) b++;
  return b;
}

/** Whole-post features: lexicon valence, punctuation, shape. Named so explanations can cite them. */
export function metaFeatures(tokens: Token[], lex: LexiconScore): Array<[string, number]> {
  const out: Array<[string, number]> = [['bias', 0.5]];
  out.push(['lx:pos', lex.pos / (lex.pos + 2)], ['lx:neg', lex.neg / (lex.neg + 2)]);
  out.push([`lx:c${bin(lex.compound, [-0.6, -0.25, -0.05, 0.05, 0.25, 0.6])}`, 1]);
  const kinds = new Set<string>();
  let caps = 0;
  let users = 0;
  for (const t of tokens) {
    kinds.add(t.kind === 'punct' ? t.text : t.kind);
    if (t.caps) caps++;
    if (t.kind === 'user') users++;
  }
  for (const k of ['?', '!', '!!', '?!', 'url', 'money', 'time', 'num', 'emoji', 'emoticon']) if (kinds.has(k)) out.push([`has:${k}`, 1]);
  if (caps > 0) out.push([`caps:${bin(caps, [1, 3])}`, 1]);
  out.push([`users:${bin(users, [0, 1, 3])}`, 1]);
  out.push([`len:${bin(tokens.length, [4, 10, 20, 40])}`, 1]);
  const last = tokens[tokens.length - 1];
  if (last && last.text === '?') out.push(['end:?', 1]);
  return out;
}

export function extractFeatures(text: string): Features {
  const tokens = tokenize(text);
  const lexicon = scoreLexicon(tokens);
  const f: Features = { ids: [], values: [], sources: [], metaNames: [], wordLevel: 0, tokens, lexicon };
  for (const [name, value] of metaFeatures(tokens, lexicon)) {
    f.ids.push(metaId(name));
    f.values.push(value * META_WEIGHT);
    f.sources.push(-1 - f.metaNames.length);
    f.metaNames.push(name);
  }
  wordFeatures(f);
  f.wordLevel = f.ids.length;
  charFeatures(f);
  return f;
}
