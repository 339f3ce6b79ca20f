// The shipped model file: the classifier heads, encoded compactly (codec.ts), with what built them.
import { createBank, type HeadBank } from './bank.ts';
import type { EncodedHead } from './codec.ts';

export const HEAD_NAMES = ['kind', 'sentiment', 'topic'] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

export interface ClassifierFile {
  format: 'earshot-triage-classifiers';
  /** Changes whenever the weights change: a hash of the encoded heads. */
  modelVersion: string;
  /** The feature extraction the heads were trained with. */
  featureSet: string;
  heads: EncodedHead[];
  /** Counts and options of the run that produced this file (no timestamps: builds are reproducible). */
  training: Record<string, unknown>;
}

export interface HeadInfo {
  classes: readonly string[];
  temperature: number;
  /** Where the head's classes start in a bank row. */
  offset: number;
}

export interface Classifiers {
  modelVersion: string;
  heads: Record<HeadName, HeadInfo>;
  bank: HeadBank;
}

export const FEATURE_SET = 'w1b2c34l4-lex1';

export function decodeClassifiers(file: ClassifierFile): Classifiers {
  if (file.format !== 'earshot-triage-classifiers') throw new Error('not an Earshot triage classifier file');
  if (file.featureSet !== FEATURE_SET) throw new Error(`classifier file built for features ${file.featureSet}, this code extracts ${FEATURE_SET}`);
  const byName = new Map(file.heads.map((h) => [h.name, h]));
  const encoded = HEAD_NAMES.map((name) => {
    const head = byName.get(name);
    if (!head) throw new Error(`classifier file has no ${name} head`);
    return head;
  });
  const bank = createBank(encoded);
  const info = (i: number): HeadInfo => ({ classes: encoded[i]!.classes, temperature: encoded[i]!.temperature, offset: bank.offsets[i]! });
  const heads: Record<HeadName, HeadInfo> = { kind: info(0), sentiment: info(1), topic: info(2) };
  return { modelVersion: file.modelVersion, heads, bank };
}
