// Trains the kind, sentiment and topic heads on the train split, fits each head's temperature on
// the dev split (after quantization, so the shipped temperature matches the shipped weights),
// and returns the encoded model file. Deterministic: same data and options, same bytes.
import { createHash } from 'node:crypto';
import { extractFeatures } from '../features/extract.ts';
import { encodeHead, decodeHead } from '../model/codec.ts';
import { fitTemperature, type Scored } from '../model/calibrate.ts';
import { createHead, headLogits, type LinearHead } from '../model/linear.ts';
import { FEATURE_SET, HEAD_NAMES, type ClassifierFile, type HeadName } from '../model/model-file.ts';
import { DEFAULT_TRAIN_OPTIONS, trainHeads, type Target, type TrainingRow, type TrainOptions } from '../model/train.ts';
import { DEFAULT_TOPICS, KINDS, SENTIMENTS } from '../types.ts';
import type { LabeledText } from './dataset.ts';

export interface ClassifierOptions {
  bits: number;
  train: Partial<TrainOptions>;
  /**
   * Heads trained with different seeds (shuffles, dropout) and averaged: for linear models the
   * average of the members' logits is itself one linear model, so the ensemble costs nothing at
   * inference and smooths out what one run memorized by chance.
   */
  ensemble: number;
}

// 2^17 buckets: as accurate as 2^18 on held-out industries, and the 2 MB bank stays in cache.
export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = { bits: 17, train: {}, ensemble: 3 };

const CLASSES: Record<HeadName, readonly string[]> = { kind: KINDS, sentiment: SENTIMENTS, topic: DEFAULT_TOPICS };

function target(head: HeadName, t: LabeledText): Target {
  const classes = CLASSES[head];
  const value = head === 'kind' ? t.kind : head === 'sentiment' ? t.sentiment : t.topic;
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const i = classes.indexOf(value);
    return i >= 0 ? i : undefined;
  }
  return value.map((v) => classes.indexOf(v)).filter((i) => i >= 0);
}

export function toRows(texts: readonly LabeledText[]): TrainingRow[] {
  return texts.map((t) => {
    const f = extractFeatures(t.text);
    return { x: f, targets: HEAD_NAMES.map((h) => target(h, t)), weight: t.weight };
  });
}

function addInto(target: LinearHead, member: LinearHead, weight: number): void {
  for (let i = 0; i < target.weights.length; i++) target.weights[i] = target.weights[i]! + weight * member.weights[i]!;
  for (let i = 0; i < target.bias.length; i++) target.bias[i] = target.bias[i]! + weight * member.bias[i]!;
}

function calibrate(head: LinearHead, rows: readonly TrainingRow[], h: number): number {
  const items: Scored[] = [];
  for (const r of rows) {
    const t = r.targets[h];
    if (typeof t === 'number') items.push({ logits: Array.from(headLogits(head, r.x)), target: t });
  }
  return fitTemperature(items);
}

function counts(texts: readonly LabeledText[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of texts) out[`${t.source}:${t.split}`] = (out[`${t.source}:${t.split}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function trainClassifiers(texts: readonly LabeledText[], options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS): ClassifierFile {
  const train = toRows(texts.filter((t) => t.split === 'train'));
  const dev = toRows(texts.filter((t) => t.split === 'dev'));
  const heads = HEAD_NAMES.map((name) => createHead(name, CLASSES[name], options.bits));
  const seed = options.train.seed ?? DEFAULT_TRAIN_OPTIONS.seed;
  for (let member = 0; member < options.ensemble; member++) {
    const members = HEAD_NAMES.map((name) => createHead(name, CLASSES[name], options.bits));
    // Members differ in seed and in how much text they may lean on (more dropout = more weight
    // on the lexicon and on words that generalize).
    const dropout = options.ensemble > 1 ? 0.1 + (0.4 * member) / (options.ensemble - 1) : (options.train.tokenDropout ?? DEFAULT_TRAIN_OPTIONS.tokenDropout);
    trainHeads(members, train, { ...options.train, seed: seed + member * 1009, tokenDropout: dropout });
    members.forEach((m, h) => addInto(heads[h]!, m, 1 / options.ensemble));
  }
  const encoded = heads.map((head, h) => {
    const e = encodeHead(head);
    e.temperature = calibrate(decodeHead(e), dev, h);
    return e;
  });
  const modelVersion = `triage-${createHash('sha256').update(JSON.stringify(encoded)).digest('hex').slice(0, 12)}`;
  return {
    format: 'earshot-triage-classifiers',
    modelVersion,
    featureSet: FEATURE_SET,
    heads: encoded,
    training: { bits: options.bits, ensemble: options.ensemble, options: { ...DEFAULT_TRAIN_OPTIONS, ...options.train }, examples: counts(texts) },
  };
}
