// A training example from a third-party dataset, with only the labels that dataset supports.
import type { Kind, Sentiment } from '../types.ts';

export interface ExternalExample {
  id: string;
  text: string;
  source: 'banking77' | 'bitext';
  split: 'train' | 'test';
  /** One kind, or the set of kinds the label allows (BANKING77 says "needs a response", not which). */
  kind: Kind | readonly Kind[];
  /** Undefined where the intent does not tell the sentiment. */
  sentiment: Sentiment | undefined;
  topic: string;
  intent: string;
}
