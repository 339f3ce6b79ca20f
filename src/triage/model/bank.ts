// All heads' weights interleaved in one matrix, [bucket][all classes of all heads], for
// inference: a feature's weights for every head then sit in one cache line, so scoring an item
// costs one memory miss per feature instead of one per feature and head. The matrix keeps the
// model file's 8-bit codes (4 MB instead of 16 MB of floats, so more of it stays in cache) and a
// per-class table turns a code back into its weight exactly as the file defines it.
import { dequantize, forEachStoredRow, signedCode, type EncodedHead } from './codec.ts';
import type { SparseInput } from './linear.ts';

export interface HeadBank {
  bits: number;
  /** Row width: total classes over all heads, padded to a power of two (a row never straddles a cache line). */
  width: number;
  /** Offset of each head's classes in a row, in head order. */
  offsets: number[];
  /** Unsigned code bytes, [bucket * width + class]. */
  codes: Uint8Array;
  /** Weight of each (class, code byte): lut[class * 256 + byte]. */
  lut: Float32Array;
  bias: Float32Array;
}

export function createBank(heads: readonly EncodedHead[]): HeadBank {
  const bits = heads[0]!.bits;
  if (heads.some((h) => h.bits !== bits)) throw new Error('heads in a bank must share the feature space');
  const offsets: number[] = [];
  let used = 0;
  for (const h of heads) {
    offsets.push(used);
    used += h.classes.length;
  }
  let width = 1;
  while (width < used) width *= 2;
  const codes = new Uint8Array((1 << bits) * width);
  const lut = new Float32Array(width * 256);
  const bias = new Float32Array(width);
  heads.forEach((h, i) => {
    const k = h.classes.length;
    const off = offsets[i]!;
    bias.set(h.bias, off);
    for (let c = 0; c < k; c++) for (let b = 0; b < 256; b++) lut[(off + c) * 256 + b] = dequantize(signedCode(b), h.scale);
    forEachStoredRow(h, (row, bytes, offset) => {
      for (let c = 0; c < k; c++) codes[row * width + off + c] = bytes[offset + c]!;
    });
  });
  return { bits, width, offsets, codes, lut, bias };
}

/** Raw scores of every head's classes, concatenated in head order. */
export function bankLogits(bank: HeadBank, x: SparseInput): Float64Array {
  const { width, codes, lut } = bank;
  const mask = (1 << bank.bits) - 1;
  const out = Float64Array.from(bank.bias);
  for (let i = 0; i < x.ids.length; i++) {
    const row = (x.ids[i]! & mask) * width;
    const v = x.values[i]!;
    for (let c = 0; c < width; c++) {
      const code = codes[row + c]!;
      if (code !== 0) out[c] = out[c]! + v * lut[(c << 8) | code]!;
    }
  }
  return out;
}

/**
 * Per-source contributions to the margins of several class pairs [a, b] (absolute row
 * positions) in one pass over the first `count` features: which words decided each field.
 * `sources[i]` is the token of feature i, or -1 - j for whole-post feature j; results are
 * indexed by source + shift. Runs right after bankLogits, so the rows it reads are in cache.
 */
export function marginsBySource(bank: HeadBank, x: SparseInput, sources: readonly number[], pairs: ReadonlyArray<readonly [number, number]>, size: number, shift: number, count = x.ids.length): Float64Array[] {
  const { width, codes, lut } = bank;
  const mask = (1 << bank.bits) - 1;
  const out = pairs.map(() => new Float64Array(size));
  for (let p = 0; p < pairs.length; p++) {
    const [a, b] = pairs[p]!;
    if (a < 0 || b < 0) continue;
    const o = out[p]!;
    const lutA = a << 8;
    const lutB = b << 8;
    for (let i = 0; i < count; i++) {
      const row = (x.ids[i]! & mask) * width;
      const s = sources[i]! + shift;
      o[s] = o[s]! + x.values[i]! * (lut[lutA | codes[row + a]!]! - lut[lutB | codes[row + b]!]!);
    }
  }
  return out;
}
