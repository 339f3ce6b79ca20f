// Training of the linear heads: softmax cross-entropy, AdaGrad steps (sparse features need
// per-weight rates), L2 on the rows an example touches, class weights against imbalance, and
// token dropout (whole words vanish at random) so the heads do not lean on a few phrases of our
// own training text: real posts use other words. Everything is seeded and runs in a fixed order,
// so the same inputs give the same weights, bit for bit.
import { headLogits, softmax, type LinearHead, type SparseInput } from './linear.ts';
import { createRng, shuffle } from './rng.ts';

/** A class index, a set of acceptable classes (a partial label), or undefined (not labeled). */
export type Target = number | readonly number[] | undefined;

export interface TrainingRow {
  x: SparseInput & { sources: readonly number[] };
  /** One target per head, in the order of the heads array. */
  targets: readonly Target[];
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Probability of dropping each token (all its features) for one pass. */
  tokenDropout: number;
  /** Class weight = (n / (k * n_c)) ^ classBalance; 0 disables balancing. */
  classBalance: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10, learningRate: 0.05, l2: 1e-5, seed: 7, tokenDropout: 0.2, classBalance: 0.5,
};

function classWeights(head: LinearHead, rows: readonly TrainingRow[], h: number, power: number): Float64Array {
  const k = head.classes.length;
  const counts = new Float64Array(k);
  let total = 0;
  for (const r of rows) {
    const t = r.targets[h];
    if (typeof t === 'number') {
      counts[t] = counts[t]! + r.weight;
      total += r.weight;
    }
  }
  const out = new Float64Array(k).fill(1);
  for (let c = 0; c < k; c++) if (counts[c]! > 0 && power > 0) out[c] = Math.pow(total / (k * counts[c]!), power);
  return out;
}

/** Gradient of the loss with respect to the logits, for a full or a partial label. */
export function logitGradient(p: readonly number[], target: number | readonly number[], out: Float64Array): void {
  if (typeof target === 'number') {
    for (let c = 0; c < p.length; c++) out[c] = p[c]! - (c === target ? 1 : 0);
    return;
  }
  let mass = 0;
  for (const c of target) mass += p[c]!;
  for (let c = 0; c < p.length; c++) out[c] = p[c]!;
  for (const c of target) out[c] = p[c]! - p[c]! / Math.max(mass, 1e-12);
}

function dropTokens(x: TrainingRow['x'], p: number, rng: () => number): SparseInput {
  if (p <= 0) return x;
  const dropped = new Set<number>();
  const kept: SparseInput = { ids: [], values: [] };
  const ids = kept.ids as number[];
  const values = kept.values as number[];
  const seen = new Set<number>();
  for (let i = 0; i < x.ids.length; i++) {
    const s = x.sources[i]!;
    if (s >= 0 && !seen.has(s)) {
      seen.add(s);
      if (rng() < p) dropped.add(s);
    }
    if (s >= 0 && dropped.has(s)) continue;
    ids.push(x.ids[i]!);
    values.push(x.values[i]! / (s >= 0 ? 1 - p : 1));
  }
  return kept;
}

interface HeadState {
  head: LinearHead;
  g2: Float32Array;
  g2bias: Float64Array;
  weights: Float64Array;
  grad: Float64Array;
  z: Float64Array;
}

function step(s: HeadState, x: SparseInput, target: number | readonly number[], scale: number, o: TrainOptions): void {
  const { head } = s;
  const k = head.classes.length;
  const mask = (1 << head.bits) - 1;
  headLogits(head, x, s.z);
  logitGradient(softmax(s.z), target, s.grad);
  for (let c = 0; c < k; c++) {
    const g = s.grad[c]! * scale;
    s.g2bias[c] = s.g2bias[c]! + g * g;
    head.bias[c] = head.bias[c]! - (o.learningRate * g) / (Math.sqrt(s.g2bias[c]!) + 1e-8);
  }
  const w = head.weights;
  for (let i = 0; i < x.ids.length; i++) {
    const row = (x.ids[i]! & mask) * k;
    const v = x.values[i]!;
    for (let c = 0; c < k; c++) {
      const j = row + c;
      const g = s.grad[c]! * scale * v + o.l2 * w[j]!;
      if (g === 0) continue;
      s.g2[j] = s.g2[j]! + g * g;
      w[j] = w[j]! - (o.learningRate * g) / (Math.sqrt(s.g2[j]!) + 1e-8);
    }
  }
}

/** Trains the heads in place on the rows. */
export function trainHeads(heads: readonly LinearHead[], rows: readonly TrainingRow[], options: Partial<TrainOptions> = {}): void {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const rng = createRng(o.seed);
  const states: HeadState[] = heads.map((head) => ({
    head,
    g2: new Float32Array(head.weights.length),
    g2bias: new Float64Array(head.classes.length),
    weights: classWeights(head, rows, heads.indexOf(head), o.classBalance),
    grad: new Float64Array(head.classes.length),
    z: new Float64Array(head.classes.length),
  }));
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, rng);
    for (const i of order) {
      const row = rows[i]!;
      const x = dropTokens(row.x, o.tokenDropout, rng);
      for (let h = 0; h < states.length; h++) {
        const target = row.targets[h];
        if (target === undefined) continue;
        const cw = typeof target === 'number' ? states[h]!.weights[target]! : 1;
        step(states[h]!, x, target, row.weight * cw, o);
      }
    }
  }
}
