// An agent's presence from their live realtime connections: online while any connection shows
// recent activity, away when connected but idle (or when they chose away), offline when no
// connection is alive. A connection whose process stopped sending heartbeats counts as gone.
import { MINUTE, SECOND } from '../clock.ts';
import type { Presence } from './assignment.ts';

export interface ConnectionState {
  /** Last heartbeat from the process holding the socket. */
  seenAt: number;
  /** Last activity of the person (focus, typing, navigation). */
  activeAt: number;
}

export interface PresenceTiming {
  /** No activity for this long: away. */
  idleMs: number;
  /** No heartbeat for this long: the connection is gone. */
  staleMs: number;
  /** After the last connection closes, wait this long before offline (page reloads, flaky networks). */
  offlineGraceMs: number;
}

export const DEFAULT_PRESENCE_TIMING: PresenceTiming = { idleMs: 10 * MINUTE, staleMs: 90 * SECOND, offlineGraceMs: 60 * SECOND };

export function computePresence(connections: readonly ConnectionState[], now: number, timing: PresenceTiming, manualAway: boolean): Presence {
  const live = connections.filter((c) => c.seenAt > now - timing.staleMs);
  if (live.length === 0) return 'offline';
  if (manualAway) return 'away';
  return live.some((c) => c.activeAt > now - timing.idleMs) ? 'online' : 'away';
}

/** When the computed presence may next change with no new input (idle or stale), or null. */
export function nextPresenceChange(connections: readonly ConnectionState[], now: number, timing: PresenceTiming): number | null {
  const times = connections.flatMap((c) => [c.activeAt + timing.idleMs, c.seenAt + timing.staleMs]).filter((t) => t > now);
  return times.length === 0 ? null : Math.min(...times);
}
