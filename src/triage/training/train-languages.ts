// Builds the Latin-script language profiles from written text. The softmax sharpness is fitted
// on held-out sentences (every fifth one) so that confidences mean something; then the profiles
// are rebuilt from all the text. Deterministic.
import { languageScores, languageWordsOf, loadLanguageModel, wordGrams, type LanguageProfileFile } from '../language/profile.ts';
import { softmax } from '../model/linear.ts';
import { tokenize } from '../text/tokenize.ts';

/** Prior share of each language in care traffic (mild: it only breaks near-ties). */
const PRIOR_SHARE: Record<string, number> = { en: 0.4, es: 0.08, fr: 0.08, de: 0.08, pt: 0.08, it: 0.06, nl: 0.06 };
const OTHER_SHARE = 0.03;
const PRIOR_WEIGHT = 4;
const ALPHA = 0.5;
const MIN_COUNT = 2;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 2);
}

export function buildProfiles(texts: Record<string, readonly string[]>, sharpness = 1): LanguageProfileFile {
  const languages = Object.keys(texts).sort();
  const counts = languages.map(() => new Map<string, number>());
  const totals = languages.map(() => 0);
  languages.forEach((lang, i) => {
    for (const sentence of texts[lang]!) {
      const grams: string[] = [];
      for (const w of languageWordsOf(tokenize(sentence))) wordGrams(w, grams);
      for (const g of grams) counts[i]!.set(g, (counts[i]!.get(g) ?? 0) + 1);
      totals[i] = totals[i]! + grams.length;
    }
  });
  const vocabulary = new Set<string>();
  for (const c of counts) for (const [g, n] of c) if (n >= MIN_COUNT) vocabulary.add(g);
  const v = vocabulary.size;
  const grams: Record<string, number[]> = {};
  for (const g of [...vocabulary].sort()) {
    grams[g] = languages.map((_, i) => round(Math.log(((counts[i]!.get(g) ?? 0) + ALPHA) / (totals[i]! + ALPHA * v))));
  }
  return {
    format: 'earshot-language-profiles',
    languages,
    floors: languages.map((_, i) => round(Math.log(ALPHA / (totals[i]! + ALPHA * v)))),
    grams,
    priors: languages.map((l) => round(Math.log(PRIOR_SHARE[l] ?? OTHER_SHARE))),
    priorWeight: PRIOR_WEIGHT,
    sharpness,
  };
}

function heldOutLogLikelihood(file: LanguageProfileFile, held: ReadonlyArray<[string, string]>, sharpness: number): number {
  const model = loadLanguageModel(file);
  let ll = 0;
  for (const [lang, sentence] of held) {
    const scores = languageScores(model, languageWordsOf(tokenize(sentence)));
    const probs = softmax(Array.from(scores, (s) => s * sharpness));
    ll += Math.log(Math.max(probs[file.languages.indexOf(lang)]!, 1e-9));
  }
  return ll;
}

export function trainLanguageProfiles(texts: Record<string, readonly string[]>): LanguageProfileFile {
  const fit: Record<string, string[]> = {};
  const held: Array<[string, string]> = [];
  for (const [lang, sentences] of Object.entries(texts)) {
    fit[lang] = sentences.filter((_, i) => i % 5 !== 4);
    for (const s of sentences.filter((_, i) => i % 5 === 4)) held.push([lang, s]);
  }
  const partial = buildProfiles(fit);
  let best = 1;
  let bestLl = -Infinity;
  for (let s = 1; s <= 30; s += 1) {
    const ll = heldOutLogLikelihood(partial, held, s);
    if (ll > bestLl) {
      bestLl = ll;
      best = s;
    }
  }
  return buildProfiles(texts, best);
}
