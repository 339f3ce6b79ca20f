// A seeded PRNG (mulberry32): training shuffles, splits and corpus expansion must give the same
// result on every machine so that `earshot triage train` rebuilds byte-identical model files.

import type { Rng } from '../../core/random.ts';

export { createRng, type Rng } from '../../core/random.ts';

/** Fisher-Yates shuffle in place. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

export function pick<T>(items: readonly T[], rng: Rng): T {
  return items[Math.floor(rng() * items.length)]!;
}
