// The labeled texts a training run sees, with their split. Our own corpus is split by group
// (all expansions of one written line land in the same split, so the held-out figures measure
// new wording, not new slot fillers); BANKING77 keeps its official test split; Bitext and the
// calibration (dev) slices come from a stable hash of the id.
import type { CorpusExample } from '../corpus/types.ts';
import { hashString } from '../text/hash.ts';
import type { Kind, Sentiment } from '../types.ts';
import type { ExternalExample } from './external-example.ts';

export type Split = 'train' | 'dev' | 'test';

export interface LabeledText {
  id: string;
  text: string;
  source: string;
  split: Split;
  weight: number;
  kind: Kind | readonly Kind[] | undefined;
  sentiment: Sentiment | undefined;
  topic: string | undefined;
  language: string | undefined;
}

/** Sample weights: our corpus is the target domain (social posts); the others teach topics. */
export const SOURCE_WEIGHTS: Record<string, number> = { own: 1, banking77: 0.5, bitext: 0.5 };

export function splitOf(key: string): Split {
  const bucket = hashString(key) % 10;
  return bucket === 0 ? 'test' : bucket === 1 ? 'dev' : 'train';
}

export function fromCorpus(examples: readonly CorpusExample[]): LabeledText[] {
  return examples.map((e) => ({
    id: e.id, text: e.text, source: 'own', split: splitOf(e.group), weight: SOURCE_WEIGHTS.own!,
    kind: e.kind, sentiment: e.sentiment, topic: e.topic, language: e.language,
  }));
}

export function fromExternal(examples: readonly ExternalExample[]): LabeledText[] {
  return examples.map((e) => {
    const split: Split = e.split === 'test' ? 'test' : splitOf(e.id) === 'dev' ? 'dev' : 'train';
    return {
      id: e.id, text: e.text, source: e.source, split, weight: SOURCE_WEIGHTS[e.source]!,
      kind: e.kind, sentiment: e.sentiment, topic: e.topic, language: 'en',
    };
  });
}
