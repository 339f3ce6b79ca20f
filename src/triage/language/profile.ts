// Latin-script language identification: naive Bayes over character trigrams of each word (with
// word boundaries) and whole short words (function words are the strongest clue in a short
// post), as in Cavnar & Trenkle (1994) and Dunning (1994). Profiles are built from text the
// project wrote (samples*.ts and the corpus) and ship as languages.json; at load they become a
// hashed table so that scoring a post allocates no strings.
import { FNV_OFFSET, fnvStep, hashString } from '../text/hash.ts';
import type { Token } from '../text/tokenize.ts';

export interface LanguageProfileFile {
  format: 'earshot-language-profiles';
  languages: string[];
  /** Per language: log-probability of a gram it never showed. */
  floors: number[];
  /** gram -> log-probability per language, rounded to 0.01. "w:xyz" is a whole word. */
  grams: Record<string, number[]>;
  /** Log prior per language: most care traffic is English; only breaks near-ties. */
  priors: number[];
  /** Weight of the prior, in grams. */
  priorWeight: number;
  /** Scale of the average log-likelihood before the softmax, fitted on held-out text. */
  sharpness: number;
}

export interface LanguageModel {
  languages: readonly string[];
  /** Open-addressing hash table: gram hash -> row of `table` (faster than a Map on the hot path). */
  slotKeys: Uint32Array;
  slotRows: Int32Array;
  table: Float32Array;
  floors: Float32Array;
  priors: Float32Array;
  priorWeight: number;
  sharpness: number;
}

const WORD_SEED = hashString('w:');
const MAX_WORD = 20;

/** Forty words settle the language; a long e-mail need not be read to the end. */
const MAX_WORDS = 40;

/** The words language identification looks at: lower-cased with accents, hashtags excluded. */
export function languageWordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'word' && !t.hashtag && t.lower) out.push(t.lower);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/** The grams of one word as strings (for training): "w:word" if short, then the trigrams of " word ". */
export function wordGrams(word: string, out: string[]): void {
  if (word.length <= 6) out.push(`w:${word}`);
  const w = ` ${word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word} `;
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
}

/** The same grams as wordGrams, as hashes, without building strings (for scoring). */
export function wordGramHashes(word: string, out: number[]): void {
  if (word.length <= 6) out.push(hashString(word, WORD_SEED));
  const n = Math.min(word.length, MAX_WORD) + 2;
  // Codes of " word " without building the string.
  let c0 = 32;
  let c1 = word.charCodeAt(0);
  for (let i = 0; i + 3 <= n; i++) {
    const c2 = i + 2 < n - 1 ? word.charCodeAt(i + 1) : 32;
    out.push(fnvStep(fnvStep(fnvStep(FNV_OFFSET, c0), c1), c2));
    c0 = c1;
    c1 = c2;
  }
}

export function loadLanguageModel(file: LanguageProfileFile): LanguageModel {
  if (file.format !== 'earshot-language-profiles') throw new Error('not an Earshot language profile file');
  const k = file.languages.length;
  const entries = Object.entries(file.grams);
  let size = 1024;
  while (size < entries.length * 2) size *= 2;
  const slotKeys = new Uint32Array(size);
  const slotRows = new Int32Array(size).fill(-1);
  const table = new Float32Array(entries.length * k);
  entries.forEach(([gram, lps], r) => {
    const h = hashString(gram);
    let slot = h & (size - 1);
    while (slotRows[slot] !== -1) slot = (slot + 1) & (size - 1);
    slotKeys[slot] = h;
    slotRows[slot] = r;
    table.set(lps, r * k);
  });
  return {
    languages: file.languages, slotKeys, slotRows, table, floors: Float32Array.from(file.floors), priors: Float32Array.from(file.priors),
    priorWeight: file.priorWeight, sharpness: file.sharpness,
  };
}

/** Average per-gram log-likelihood of each language, the prior counted as `priorWeight` grams. */
export function languageScores(m: LanguageModel, words: readonly string[]): Float64Array {
  const k = m.languages.length;
  const scores = new Float64Array(k);
  const hashes: number[] = [];
  for (const w of words) wordGramHashes(w, hashes);
  const mask = m.slotKeys.length - 1;
  // Unseen grams all add the floors: count them and add once.
  let unseen = 0;
  for (const h of hashes) {
    let slot = h & mask;
    let r = m.slotRows[slot]!;
    while (r !== -1 && m.slotKeys[slot] !== h) {
      slot = (slot + 1) & mask;
      r = m.slotRows[slot]!;
    }
    if (r === -1) unseen++;
    else for (let i = 0, base = r * k; i < k; i++) scores[i] = scores[i]! + m.table[base + i]!;
  }
  for (let i = 0; i < k; i++) scores[i] = scores[i]! + unseen * m.floors[i]!;
  const n = hashes.length + m.priorWeight;
  for (let i = 0; i < k; i++) scores[i] = (scores[i]! + m.priors[i]! * m.priorWeight) / Math.max(n, 1);
  return scores;
}
