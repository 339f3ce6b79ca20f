// Language of a post: the writing system first, then (for Latin script) the n-gram profiles.
import { softmax } from '../model/linear.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { countScripts, languageOfScript, type Script } from './script.ts';
import { languageScores, languageWordsOf, type LanguageModel } from './profile.ts';

export interface LanguageGuess {
  /** ISO 639-1 code; "und" (undetermined, BCP 47) when the post has too few letters to tell. */
  code: string;
  confidence: number;
}

const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0 };

function dominant(counts: Map<Script, number>): [Script, number] {
  let best: [Script, number] = ['other', 0];
  for (const entry of counts) if (entry[1] > best[1]) best = entry;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function identifyLanguageOfTokens(model: LanguageModel, tokens: readonly Token[]): LanguageGuess {
  const words = languageWordsOf(tokens);
  const { counts, total } = countScripts(words);
  if (total < 2) return UNDETERMINED;
  const [script, n] = dominant(counts);
  if (script !== 'latin') {
    // Kana mixed with Han is Japanese even when Han characters are the majority.
    if (script === 'han' && (counts.get('kana') ?? 0) > 0) return { code: 'ja', confidence: 0.95 };
    const code = languageOfScript(script, words.join(' '));
    return code ? { code, confidence: round((0.95 * n) / total) } : UNDETERMINED;
  }
  const scores = languageScores(model, words);
  const p = softmax(Array.from(scores, (s) => s * model.sharpness));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  // A post with a handful of Latin letters cannot be told apart with confidence.
  const shortPenalty = Math.min(1, n / 12);
  return { code: model.languages[best]!, confidence: round(p[best]! * shortPenalty) };
}

export function identifyLanguage(model: LanguageModel, text: string): LanguageGuess {
  return identifyLanguageOfTokens(model, tokenize(text));
}
