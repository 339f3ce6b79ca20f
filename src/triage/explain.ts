// Explanations: for each classifier field, the words that pushed the decision (the margin of the
// chosen class over the runner-up, per token), then the rules that fired. Short, for a tooltip.
import type { Features } from './features/extract.ts';
import { marginsBySource } from './model/bank.ts';
import type { Classifiers, HeadInfo } from './model/model-file.ts';

const TOP_WORDS = 3;
const MIN_CONTRIBUTION = 0.05;

/** The class with the highest probability after `best`. */
export function secondBest(p: readonly number[], best: number): number {
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < p.length; i++) if (i !== best && p[i]! > p[second]!) second = i;
  return second;
}

/** Adds whole-post features into two slots: the first lexicon one and the first shape one. */
function foldMeta(f: Features, bySource: Float64Array): void {
  const shift = f.metaNames.length;
  let lexicon = -1;
  let shape = -1;
  for (let j = 0; j < shift; j++) {
    const i = shift - 1 - j;
    const isLexicon = f.metaNames[j]!.startsWith('lx:');
    const into = isLexicon ? lexicon : shape;
    if (into < 0) {
      if (isLexicon) lexicon = i;
      else shape = i;
    } else {
      bySource[into] = bySource[into]! + bySource[i]!;
      bySource[i] = 0;
    }
  }
}

function sourceName(f: Features, source: number): string {
  if (source < 0) return f.metaNames[-1 - source]!.startsWith('lx:') ? '(lexicon score)' : '(post shape)';
  const t = f.tokens[source]!;
  return t.negated ? `not "${t.text}"` : `"${t.text}"`;
}

export interface MarginRequest {
  head: HeadInfo;
  best: number;
  other: number;
}

/** For each request, the tokens that most favoured class `best` over `other`, e.g. `"delayed" +1.20`. */
export function topWords(classifiers: Classifiers, f: Features, requests: readonly MarginRequest[]): string[][] {
  const shift = f.metaNames.length;
  const pairs = requests.map((r) => (r.best < 0 || r.other < 0 || r.best === r.other ? [-1, -1] as const : [r.head.offset + r.best, r.head.offset + r.other] as const));
  const margins = marginsBySource(classifiers.bank, f, f.sources, pairs, shift + f.tokens.length, shift);
  return requests.map((r, k) => {
    if (pairs[k]![0] < 0) return [];
    const bySource = margins[k]!;
    foldMeta(f, bySource);
    // The few largest, in one pass (no sort, no strings for the rest: this runs per item).
    const chosen: number[] = [];
    const floor = MIN_CONTRIBUTION * r.head.temperature;
    for (let i = 0; i < bySource.length; i++) {
      const v = bySource[i]!;
      // Punctuation counts in the score but explains nothing to a reader.
      if (i >= shift && f.tokens[i - shift]!.kind === 'punct') continue;
      if (v <= floor || (chosen.length === TOP_WORDS && v <= bySource[chosen[TOP_WORDS - 1]!]!)) continue;
      let at = chosen.length;
      while (at > 0 && bySource[chosen[at - 1]!]! < v) at--;
      chosen.splice(at, 0, i);
      if (chosen.length > TOP_WORDS) chosen.pop();
    }
    return chosen.map((i) => `${sourceName(f, i - shift)} +${(bySource[i]! / r.head.temperature).toFixed(2)}`);
  });
}

export function fieldLine(field: string, label: string, p: number, reasons: string[]): string {
  return `${field}=${label} (${p.toFixed(2)})${reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}`;
}
