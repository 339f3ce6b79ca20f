// Compact, exact-on-reload encoding of a head for the model files that ship in the repository.
// Weights are quantized to 8 bits on a square-root scale (small weights, the vast majority, keep
// more precision than on a linear scale); only rows with a non-zero weight are stored, their
// indices as delta varints. Both blobs are base64 so the file stays JSON.
import { createHead, type LinearHead } from './linear.ts';

export interface EncodedHead {
  name: string;
  classes: string[];
  bits: number;
  temperature: number;
  bias: number[];
  /** Largest absolute weight: the dequantization scale. */
  scale: number;
  /** base64 of varint deltas between stored row indices. */
  rows: string;
  /** base64 of int8 weights, classes.length per stored row. */
  values: string;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function quantize(w: number, scale: number): number {
  const q = Math.round(Math.sign(w) * Math.sqrt(Math.abs(w) / scale) * 127);
  return Math.max(-127, Math.min(127, q));
}

export function dequantize(q: number, scale: number): number {
  const r = q / 127;
  return Math.sign(r) * r * r * scale;
}

function writeVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

export function encodeHead(head: LinearHead): EncodedHead {
  const k = head.classes.length;
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = round(max || 1, 6);
  const rowBytes: number[] = [];
  const values: number[] = [];
  let last = 0;
  const buckets = 1 << head.bits;
  for (let r = 0; r < buckets; r++) {
    const q = Array.from({ length: k }, (_, c) => quantize(head.weights[r * k + c]!, scale));
    if (q.every((v) => v === 0)) continue;
    writeVarint(rowBytes, r - last);
    last = r;
    for (const v of q) values.push(v & 0xff);
  }
  return {
    name: head.name,
    classes: [...head.classes],
    bits: head.bits,
    temperature: head.temperature,
    bias: Array.from(head.bias, (b) => round(b, 5)),
    scale,
    rows: Buffer.from(rowBytes).toString('base64'),
    values: Buffer.from(values).toString('base64'),
  };
}

/** Calls `visit(row, codes, offset)` for each stored row; codes[offset + c] is class c's byte. */
export function forEachStoredRow(e: EncodedHead, visit: (row: number, codes: Uint8Array, offset: number) => void): void {
  const k = e.classes.length;
  const rows = Buffer.from(e.rows, 'base64');
  const values = Buffer.from(e.values, 'base64');
  let r = 0;
  let pos = 0;
  let stored = 0;
  while (pos < rows.length) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = rows[pos++]!;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    r += delta;
    visit(r, values, stored * k);
    stored++;
  }
}

/** The signed code of a stored byte. */
export function signedCode(byte: number): number {
  return byte > 127 ? byte - 256 : byte;
}

export function decodeHead(e: EncodedHead): LinearHead {
  const head = createHead(e.name, e.classes, e.bits);
  head.temperature = e.temperature;
  head.bias.set(e.bias);
  const k = e.classes.length;
  forEachStoredRow(e, (r, codes, offset) => {
    for (let c = 0; c < k; c++) head.weights[r * k + c] = dequantize(signedCode(codes[offset + c]!), e.scale);
  });
  return head;
}
