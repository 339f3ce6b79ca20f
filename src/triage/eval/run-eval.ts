// Runs an eval: triage every item, score each label field present, measure throughput; with
// feedback, also replay the labels as agent actions in file order (prequential: predict, then
// learn) and report the gain over the plain run.
import type { TriageConfig } from '../config.ts';
import { createTriageEngine, type TriageEngine } from '../engine.ts';
import type { TriageModels } from '../engine-context.ts';
import type { TriageResult } from '../types.ts';
import type { TriageFeedback } from '../workspace/feedback.ts';
import { LABEL_FIELDS, type EvalItem, type LabelField, type MalformedLine } from './dataset.ts';
import { fieldMetrics, type FieldMetrics } from './metrics.ts';

export interface EvalOptions {
  feedback: boolean;
  config?: TriageConfig;
  /** Clocks for the throughput figures (the system's by default; tests may fix them). */
  clocks?: Clocks;
}

export interface EvalReport {
  fields: Partial<Record<LabelField, FieldMetrics>>;
  items: number;
  /** Full-triage throughput of one core (CPU time), see timedRun. */
  items_per_s: number;
  /** The same over wall-clock time. */
  items_per_s_wall: number;
  malformed: MalformedLine[];
  /** With feedback: the plain run's figures and the change in each field's macro-F1 and accuracy. */
  baseline?: Partial<Record<LabelField, FieldMetrics>>;
  gain?: Partial<Record<LabelField, { macro_f1: number; accuracy: number }>>;
  model_version: string;
}

export function predictionOf(field: LabelField, r: TriageResult): string {
  switch (field) {
    case 'needs_response': return String(r.needsResponse);
    case 'sentiment': return r.sentiment.label;
    case 'topic': return r.topic.label;
    case 'language': return r.language.code;
  }
}

function score(items: readonly EvalItem[], results: readonly TriageResult[]): Partial<Record<LabelField, FieldMetrics>> {
  const out: Partial<Record<LabelField, FieldMetrics>> = {};
  for (const field of LABEL_FIELDS) {
    const gold: string[] = [];
    const predicted: string[] = [];
    items.forEach((item, i) => {
      const label = item.labels[field];
      if (label === undefined) return;
      gold.push(label);
      predicted.push(predictionOf(field, results[i]!));
    });
    if (gold.length > 0) out[field] = fieldMetrics(gold, predicted);
  }
  return out;
}

const WINDOW = 500;
const TIMING_BUDGET_MS = 2500;
const MAX_PASSES = 20;

export interface Clocks {
  /** Monotonic wall clock, ms. */
  wall: () => number;
  /** CPU time consumed by this process, ms. */
  cpu: () => number;
}

export const SYSTEM_CLOCKS: Clocks = {
  wall: () => performance.now(),
  cpu: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};

interface Timing {
  results: TriageResult[];
  /** Items per second of CPU time: the throughput of one core, whatever else the machine runs. */
  itemsPerCpuSecond: number;
  /** Items per second of wall-clock time (equal to the above on an otherwise idle core). */
  itemsPerWallSecond: number;
}

/**
 * Times full triage over the items on this thread. Items are timed in windows of 500 over
 * repeated passes (at least two, until 2.5 s have passed); each window keeps its fastest time and
 * throughput is the item count over the sum of those times, so every item counts once, as in one
 * pass. The headline figure uses CPU time, which is what one core delivers: on a shared machine
 * wall-clock time also counts the time other processes held the core.
 */
function timedRun(engine: TriageEngine, items: readonly EvalItem[], clocks: Clocks): Timing {
  for (const item of items.slice(0, 500)) engine.triage(item.input);
  const results: TriageResult[] = [];
  const windows = Math.ceil(items.length / WINDOW);
  const bestCpu = new Array<number>(windows).fill(Infinity);
  const bestWall = new Array<number>(windows).fill(Infinity);
  const start = clocks.wall();
  for (let pass = 0; items.length > 0 && pass < MAX_PASSES && (pass < 2 || clocks.wall() - start < TIMING_BUDGET_MS); pass++) {
    for (let w = 0; w < windows; w++) {
      const c0 = clocks.cpu();
      const t0 = clocks.wall();
      for (let i = w * WINDOW; i < Math.min(items.length, (w + 1) * WINDOW); i++) {
        const r = engine.triage(items[i]!.input);
        if (pass === 0) results.push(r);
      }
      bestWall[w] = Math.min(bestWall[w]!, clocks.wall() - t0);
      bestCpu[w] = Math.min(bestCpu[w]!, clocks.cpu() - c0);
    }
  }
  const rate = (best: number[]): number => {
    const total = best.reduce((a, b) => a + b, 0);
    return items.length === 0 ? 0 : Math.round(items.length / Math.max(total / 1000, 1e-6));
  };
  return { results, itemsPerCpuSecond: rate(bestCpu), itemsPerWallSecond: rate(bestWall) };
}

/** Agent actions equivalent to an item's labels. */
export function feedbackOf(item: EvalItem): TriageFeedback[] {
  const out: TriageFeedback[] = [];
  const { labels } = item;
  if (labels.needs_response !== undefined) out.push({ type: labels.needs_response === 'true' ? 'replied' : 'dismissed' });
  if (labels.sentiment !== undefined) out.push({ type: 'sentiment', sentiment: labels.sentiment as 'negative' | 'neutral' | 'positive' });
  if (labels.topic !== undefined) out.push({ type: 'topic', topic: labels.topic });
  return out;
}

function prequential(models: TriageModels, items: readonly EvalItem[], config: TriageConfig | undefined): TriageResult[] {
  const engine = createTriageEngine(models, config);
  return items.map((item) => {
    const result = engine.triage(item.input);
    for (const f of feedbackOf(item)) engine.learn(item.input, f);
    return result;
  });
}

export function runEval(models: TriageModels, items: readonly EvalItem[], malformed: MalformedLine[], options: EvalOptions): EvalReport {
  const engine = createTriageEngine(models, options.config);
  const timing = timedRun(engine, items, options.clocks ?? SYSTEM_CLOCKS);
  const plain = score(items, timing.results);
  const report: EvalReport = {
    fields: plain, items: items.length, items_per_s: timing.itemsPerCpuSecond, items_per_s_wall: timing.itemsPerWallSecond,
    malformed, model_version: models.classifiers.modelVersion,
  };
  if (!options.feedback) return report;
  const learned = score(items, prequential(models, items, options.config));
  report.fields = learned;
  report.baseline = plain;
  report.gain = {};
  for (const field of LABEL_FIELDS) {
    const a = learned[field];
    const b = plain[field];
    if (a && b) report.gain[field] = { macro_f1: Math.round((a.macro_f1 - b.macro_f1) * 10000) / 10000, accuracy: Math.round((a.accuracy - b.accuracy) * 10000) / 10000 };
  }
  return report;
}
