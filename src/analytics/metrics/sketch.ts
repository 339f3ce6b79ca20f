// A mergeable sketch of durations for medians and percentiles kept in rollups: counts in fixed
// log-scale buckets, eight per doubling (γ = 2^(1/8) ≈ 1.0905), from one second up; anything under
// a second shares bucket 0. Sketches add bucket by bucket, so any set of rollup rows merges into
// the sketch of their union, and subtracting a conversation's old contribution is exact.
//
// Error bound: a quantile is answered with the geometric middle of the bucket that holds the
// sample of that nearest rank (⌈p·n⌉), so it is within a factor √γ of that sample: a relative
// error of at most 2^(1/16) − 1 ≈ 4.4% (values under one second: within one second). The rank
// itself is exact. This is the DDSketch construction (Masson, Rim & Lee, VLDB 2019) with a fixed
// bucket grid, so two rows always share bucket boundaries.

export type Sketch = Map<number, number>;

const PER_DOUBLING = 8;
const GAMMA = 2 ** (1 / PER_DOUBLING);
/** Largest relative error of a quantile read from a sketch (for values of a second or more). */
export const SKETCH_RELATIVE_ERROR = Math.sqrt(GAMMA) - 1;

export function bucketOf(ms: number): number {
  if (!(ms >= 1000)) return 0;
  return 1 + Math.floor(Math.log2(ms / 1000) * PER_DOUBLING + 1e-9);
}

/** The value a bucket stands for: the geometric middle of [1 s·γ^(i−1), 1 s·γ^i); bucket 0: half a second. */
export function representativeMs(bucket: number): number {
  if (bucket <= 0) return 500;
  return 1000 * GAMMA ** (bucket - 1) * Math.sqrt(GAMMA);
}

export function sketchOf(values: readonly number[]): Sketch {
  const sketch: Sketch = new Map();
  for (const v of values) addTo(sketch, bucketOf(v), 1);
  return sketch;
}

export function addTo(sketch: Sketch, bucket: number, count: number): void {
  const next = (sketch.get(bucket) ?? 0) + count;
  if (next === 0) sketch.delete(bucket);
  else sketch.set(bucket, next);
}

/** a + sign·b, in place on a. */
export function mergeInto(a: Sketch, b: Sketch, sign = 1): void {
  for (const [bucket, count] of b) addTo(a, bucket, sign * count);
}

export function countOf(sketch: Sketch): number {
  let n = 0;
  for (const c of sketch.values()) n += c;
  return n;
}

/** The p-quantile (0 < p ≤ 1) by nearest rank, or null for an empty sketch. */
export function quantile(sketch: Sketch, p: number): number | null {
  const n = countOf(sketch);
  if (n <= 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const bucket of [...sketch.keys()].sort((x, y) => x - y)) {
    seen += sketch.get(bucket) ?? 0;
    if (seen >= rank) return representativeMs(bucket);
  }
  return null;
}

/** Stored form: "bucket:count" pairs, space separated ('' when empty). */
export function encodeSketch(sketch: Sketch): string {
  return [...sketch.entries()].filter(([, c]) => c !== 0).sort(([a], [b]) => a - b).map(([b, c]) => `${b}:${c}`).join(' ');
}

export function decodeInto(target: Sketch, text: string | null | undefined, sign = 1): void {
  if (!text) return;
  for (const pair of text.split(' ')) {
    const colon = pair.indexOf(':');
    if (colon < 0) continue;
    addTo(target, Number(pair.slice(0, colon)), sign * Number(pair.slice(colon + 1)));
  }
}

export function decodeSketch(text: string | null | undefined): Sketch {
  const sketch: Sketch = new Map();
  decodeInto(sketch, text);
  return sketch;
}
