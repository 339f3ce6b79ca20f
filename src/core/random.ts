// A seeded random source (mulberry32, 32 bits of state): the same seed gives the same sequence
// on every machine, so training, simulated traffic, demo history and benchmarks repeat exactly.

export type Rng = () => number;

/** Uniform numbers in [0, 1) from `seed`. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
