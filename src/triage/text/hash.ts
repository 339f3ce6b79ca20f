// FNV-1a over UTF-16 code units, computed incrementally so that feature extraction can hash
// character n-grams without allocating a substring for each one (it runs for every inbound item).

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: fold a 16-bit code unit into the running 32-bit hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/** Hash of `prefix` followed by `text`, as if the two were concatenated. */
export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** Combines two hashes (for word bigrams) with a final avalanche so that (a, b) and (b, a) differ. */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
