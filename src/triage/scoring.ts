// The classifier part of triage: shipped heads (calibrated), plus the workspace layer, plus rule
// boosts (spam patterns, topic keywords), as probabilities over kinds, sentiments and topics.
import { keywordMatches, type ResolvedConfig } from './config.ts';
import { extractFeatures, type Features } from './features/extract.ts';
import { bankLogits } from './model/bank.ts';
import { softmax } from './model/linear.ts';
import type { Classifiers, HeadInfo } from './model/model-file.ts';
import { spamSignals, type SpamSignals } from './rules/spam.ts';
import { KINDS } from './types.ts';
import type { SparseLayer, LayerInput } from './workspace/layer.ts';

export interface WorkspaceLayers {
  kind: SparseLayer;
  sentiment: SparseLayer;
  topic: SparseLayer;
  /** Learned from the workspace's topic examples at engine creation; never stored. */
  topicSeed: SparseLayer | null;
}

export interface Scores {
  features: Features;
  layerInput: LayerInput;
  kind: number[];
  sentiment: number[];
  topic: number[];
  spam: SpamSignals;
  keywordHits: ReadonlyArray<readonly string[]>;
}

/** Below "other": a workspace topic must earn its place through keywords, examples or feedback. */
const CUSTOM_TOPIC_OFFSET = -1.5;
/** How far below "other" a workspace topic starts on a post filed under a dropped default topic. */
const DROPPED_TO_CUSTOM_OFFSET = -1;
// A keyword is an explicit instruction from the workspace: one match should normally decide the topic.
const KEYWORD_BOOST = 4;
const SPAM_INDEX = KINDS.indexOf('spam');
const NO_HITS: string[] = [];

/** One head's slice of the bank's scores, divided by its temperature. */
function calibrated(head: HeadInfo, all: Float64Array): Float64Array {
  const z = new Float64Array(head.classes.length);
  for (let i = 0; i < z.length; i++) z[i] = all[head.offset + i]! / head.temperature;
  return z;
}

function logSumExp(values: readonly number[]): number {
  const max = Math.max(...values);
  if (max === -Infinity) return max;
  return max + Math.log(values.reduce((s, v) => s + Math.exp(v - max), 0));
}

/**
 * Topic scores over the workspace's topics. Default topics the workspace does not use fall into
 * "other", and also lift the workspace's own topics a little: a post the shipped model files
 * under a dropped default topic ("delivery" for an airline) is likely to belong to one of the
 * workspace's topics ("baggage"), which its keywords, examples and feedback then decide.
 * Without such a signal a workspace topic starts below "other".
 */
function topicLogits(classifiers: Classifiers, cfg: ResolvedConfig, all: Float64Array, hits: ReadonlyArray<readonly string[]>): Float64Array {
  const shipped = calibrated(classifiers.heads.topic, all);
  const used = new Set(cfg.topics.map((t) => t.shipped));
  const otherIndex = classifiers.heads.topic.classes.indexOf('other');
  const unused: number[] = [];
  shipped.forEach((z, i) => {
    if (!used.has(i) && i !== otherIndex) unused.push(z);
  });
  const shippedOther = shipped[otherIndex]!;
  const dropped = unused.length > 0 ? logSumExp(unused) : -Infinity;
  const other = logSumExp([shippedOther, dropped]);
  const custom = logSumExp([shippedOther + CUSTOM_TOPIC_OFFSET, dropped + DROPPED_TO_CUSTOM_OFFSET]);
  const z = new Float64Array(cfg.topics.length);
  cfg.topics.forEach((t, i) => {
    const base = t.shipped === otherIndex ? other : t.shipped >= 0 ? shipped[t.shipped]! : custom;
    z[i] = base + KEYWORD_BOOST * Math.min(2, hits[i]!.length);
  });
  return z;
}

/** The word features alone: the topic seed layer must not learn from shape or length. */
export function wordsOnly(x: LayerInput, f: Features): LayerInput {
  return { ...x, from: f.metaNames.length };
}

export function scoreText(classifiers: Classifiers, cfg: ResolvedConfig, layers: WorkspaceLayers, text: string): Scores {
  const features = extractFeatures(text);
  const layerInput: LayerInput = { ids: features.ids, values: features.values, from: 0, count: features.wordLevel };
  const spam = spamSignals(text);
  const all = bankLogits(classifiers.bank, features);

  const kindZ = calibrated(classifiers.heads.kind, all);
  layers.kind.addLogits(layerInput, kindZ);
  kindZ[SPAM_INDEX] = kindZ[SPAM_INDEX]! + spam.logitBoost;

  const sentimentZ = calibrated(classifiers.heads.sentiment, all);
  layers.sentiment.addLogits(layerInput, sentimentZ);

  const words = cfg.hasKeywords ? features.tokens.map((t) => t.text) : [];
  const keywordHits = cfg.topics.map((t) => (t.keywords.length > 0 ? keywordMatches(t, words) : NO_HITS));
  const topicZ = topicLogits(classifiers, cfg, all, keywordHits);
  layers.topicSeed?.addLogits(wordsOnly(layerInput, features), topicZ);
  layers.topic.addLogits(layerInput, topicZ);

  return {
    features, layerInput, spam, keywordHits,
    kind: softmax(kindZ), sentiment: softmax(sentimentZ), topic: softmax(topicZ),
  };
}
