// One shared clock for everything that counts down (SLA timers): a single interval, started while
// anything listens, so a list of a hundred rows does not run a hundred timers.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => { now = Date.now(); for (const l of listeners) l(); }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) { clearInterval(timer); timer = undefined; }
  };
}

export const useNow = (): number => useSyncExternalStore(subscribe, () => now);
