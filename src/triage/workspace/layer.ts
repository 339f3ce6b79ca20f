// One head of the workspace layer: a sparse linear model over the word-level features (words,
// bigrams, shape), learned online from the team's actions with plain SGD and L2 shrinkage.
// It adds to the shipped head's calibrated logits, so with no feedback it changes nothing, and
// each agent action nudges the workspace's own vocabulary and base rates.
import { logitGradient } from '../model/train.ts';
import type { SparseHeadState } from './state.ts';

export const LAYER_BITS = 20;
const MASK = (1 << LAYER_BITS) - 1;

export interface LayerOptions {
  learningRate: number;
  biasLearningRate: number;
  l2: number;
  maxRows: number;
}

/**
 * Weights are kept rounded to 1e-4, in memory as in the stored JSON, so that an engine restored
 * from its state predicts exactly what the engine that wrote it did.
 */
function round4(w: number): number {
  return Math.round(w * 1e4) / 1e4;
}

export const DEFAULT_LAYER_OPTIONS: LayerOptions = { learningRate: 0.6, biasLearningRate: 0.05, l2: 1e-4, maxRows: 30_000 };

export interface LayerInput {
  ids: readonly number[];
  values: readonly number[];
  /** Features from..count-1 are used: whole-post then word-level features (char grams are left out). */
  from: number;
  count: number;
}

export class SparseLayer {
  readonly classes: readonly string[];
  readonly bias: Float64Array;
  readonly rows = new Map<number, Float64Array>();
  private readonly options: LayerOptions;

  constructor(classes: readonly string[], options: LayerOptions = DEFAULT_LAYER_OPTIONS, state?: SparseHeadState) {
    this.classes = classes;
    this.options = options;
    this.bias = new Float64Array(classes.length);
    if (state) this.restore(state);
  }

  /** Loads a stored state, mapping its classes onto ours by name (topics may have changed). */
  private restore(state: SparseHeadState): void {
    const map = state.classes.map((c) => this.classes.indexOf(c));
    map.forEach((to, from) => {
      if (to >= 0) this.bias[to] = state.bias[from] ?? 0;
    });
    for (const [key, weights] of Object.entries(state.rows)) {
      const row = new Float64Array(this.classes.length);
      map.forEach((to, from) => {
        if (to >= 0) row[to] = weights[from] ?? 0;
      });
      this.rows.set(Number(key), row);
    }
  }

  addLogits(x: LayerInput, out: Float64Array): void {
    const k = this.classes.length;
    for (let c = 0; c < k; c++) out[c] = out[c]! + this.bias[c]!;
    for (let i = x.from; i < x.count; i++) {
      const row = this.rows.get(x.ids[i]! & MASK);
      if (!row) continue;
      const v = x.values[i]!;
      for (let c = 0; c < k; c++) out[c] = out[c]! + v * row[c]!;
    }
  }

  /** One SGD step towards `target` given the current full probabilities `p`. */
  update(x: LayerInput, p: readonly number[], target: number | readonly number[]): void {
    const k = this.classes.length;
    const grad = new Float64Array(k);
    logitGradient(p, target, grad);
    const o = this.options;
    for (let c = 0; c < k; c++) this.bias[c] = round4(this.bias[c]! - o.biasLearningRate * grad[c]!);
    for (let i = x.from; i < x.count; i++) {
      const key = x.ids[i]! & MASK;
      let row = this.rows.get(key);
      if (!row) {
        row = new Float64Array(k);
        this.rows.set(key, row);
      }
      const v = x.values[i]!;
      for (let c = 0; c < k; c++) row[c] = round4(row[c]! - o.learningRate * (grad[c]! * v + o.l2 * row[c]!));
    }
    if (this.rows.size > o.maxRows * 1.1) this.prune();
  }

  /** Keeps the maxRows rows with the largest weights (ties broken by bucket, for determinism). */
  private prune(): void {
    const ranked = [...this.rows.entries()].map(([key, row]) => [key, row.reduce((s, w) => s + Math.abs(w), 0)] as const);
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [key] of ranked.slice(this.options.maxRows)) this.rows.delete(key);
  }

  toState(): SparseHeadState {
    const rows: Record<string, number[]> = {};
    for (const key of [...this.rows.keys()].sort((a, b) => a - b)) {
      const weights = Array.from(this.rows.get(key)!);
      if (weights.some((w) => w !== 0)) rows[String(key)] = weights;
    }
    return { classes: [...this.classes], bias: Array.from(this.bias), rows };
  }
}
