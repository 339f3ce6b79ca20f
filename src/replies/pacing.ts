// When the next call on an account may be made: after any pause a rate-limit answer imposed, and
// within the platform's window (at most `requests` calls in any `windowMs`, plus a margin), counted from the
// persisted call log so a restart does not forget recent calls.
import type { Executor } from '../storage/storage.ts';
import { callsSince, readSendState } from '../storage/repositories/send-state.repository.ts';

export interface RateLimit {
  requests: number;
  windowMs: number;
}

/**
 * Our clock marks a call when it leaves; the platform counts it when it arrives, a little later
 * and by a varying amount (a busy event loop, the network). Pacing on a window widened by this
 * margin keeps two calls a full window apart on the platform's clock too: 2% of the window, at
 * least 100 ms and at most 5 s (X's 15-minute windows lose 0.6% of their calls to it).
 */
export function pacingMargin(windowMs: number): number {
  return Math.min(5000, Math.max(100, Math.round(windowMs * 0.02)));
}

/** The earliest time a call may be made (≤ now means now). */
export async function nextCallAllowedAt(db: Executor, channelAccountId: string, limit: RateLimit, now: number): Promise<number> {
  const state = await readSendState(db, channelAccountId);
  const pausedUntil = Number(state?.paused_until ?? 0);
  if (pausedUntil > now) return pausedUntil;
  // Calls in (now - windowMs, now]; when there are `requests` of them the window is full and
  // the oldest must age out first.
  const windowMs = limit.windowMs + pacingMargin(limit.windowMs);
  const recent = await callsSince(db, channelAccountId, now - windowMs + 1, limit.requests);
  return recent.length >= limit.requests ? recent[0]! + windowMs : now;
}
