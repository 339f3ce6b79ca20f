// Multinomial logistic regression heads over the shared hashed features. A head is a dense
// [bucket x class] weight matrix; scoring an item touches only the buckets of its features.

export interface LinearHead {
  name: string;
  classes: readonly string[];
  /** log2 of the number of buckets. */
  bits: number;
  /** Row-major [bucket * classes.length + class]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Softmax temperature fitted on held-out data (probabilities are calibrated). */
  temperature: number;
}

export interface SparseInput {
  ids: readonly number[];
  values: readonly number[];
}

export function createHead(name: string, classes: readonly string[], bits: number): LinearHead {
  return {
    name,
    classes,
    bits,
    weights: new Float32Array((1 << bits) * classes.length),
    bias: new Float32Array(classes.length),
    temperature: 1,
  };
}

/** Raw scores (before temperature) into `out`. */
export function headLogits(head: LinearHead, x: SparseInput, out: Float64Array = new Float64Array(head.classes.length)): Float64Array {
  const k = head.classes.length;
  const mask = (1 << head.bits) - 1;
  const w = head.weights;
  for (let c = 0; c < k; c++) out[c] = head.bias[c]!;
  for (let i = 0; i < x.ids.length; i++) {
    const row = (x.ids[i]! & mask) * k;
    const v = x.values[i]!;
    for (let c = 0; c < k; c++) out[c] = out[c]! + v * w[row + c]!;
  }
  return out;
}

/** Softmax of z / temperature, numerically stable. */
export function softmax(z: ArrayLike<number>, temperature = 1): number[] {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i]! > max) max = z[i]!;
  const out = new Array<number>(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const e = Math.exp((z[i]! - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < z.length; i++) out[i] = out[i]! / sum;
  return out;
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
