// When a channel is unhealthy. Quiet: no event for far longer than usual at this hour of the
// day — "usual" learned from the same hour on the last two weeks, so a channel that is always
// silent at 4 am is not flagged at 4 am, and a busy one that stops at noon is, within minutes.
// Failing: signature failures, unreadable events or failed polls keep coming. Pure: the monitor
// job feeds it counters and times.

export type HealthReason = 'quiet' | 'auth_failures' | 'errors' | 'polling_failed' | 'budget_reached';

export interface HourActivity {
  hourStart: number;
  events: number;
  deliveries: number;
  authFailures: number;
  errors: number;
}

export interface HealthInput {
  now: number;
  /** Hourly counters, at least the last 15 days when the account is that old. */
  activity: readonly HourActivity[];
  lastEventAt: number | null;
  accountCreatedAt: number;
  polled: boolean;
  pollFailures: number;
  pollPausedUntil: number | null;
  /** The last poll or pause was for the budget. */
  budgetReached: boolean;
}

export type HealthVerdict = { healthy: true } | { healthy: false; reason: HealthReason; detail: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASELINE_DAYS = 14;
/** Below this many events in the usual hour, silence says nothing. */
const MIN_USUAL_PER_HOUR = 3;
/** Quiet means at least this many usual gaps without an event, and never less than 30 minutes. */
const QUIET_GAPS = 4;
const MIN_QUIET_MS = 30 * 60_000;

/** Average events in this hour of the day over the last two weeks (days the account existed). */
export function usualEventsPerHour(input: Pick<HealthInput, 'now' | 'activity' | 'accountCreatedAt'>): number {
  const hour = input.now - (input.now % HOUR);
  let total = 0;
  let days = 0;
  for (let d = 1; d <= BASELINE_DAYS; d++) {
    const start = hour - d * DAY;
    if (start < input.accountCreatedAt - HOUR) break;
    days += 1;
    total += input.activity.find((a) => a.hourStart === start)?.events ?? 0;
  }
  return days === 0 ? 0 : total / days;
}

export function evaluateHealth(input: HealthInput): HealthVerdict {
  const lastHour = input.activity.filter((a) => a.hourStart >= input.now - 2 * HOUR);
  const sum = (key: keyof HourActivity) => lastHour.reduce((n, a) => n + a[key], 0);
  const authFailures = sum('authFailures');
  if (authFailures >= 10 && authFailures > sum('deliveries')) {
    return { healthy: false, reason: 'auth_failures', detail: `${authFailures} webhook requests with a missing or wrong signature recently; check the app secret` };
  }
  const errors = sum('errors');
  if (errors >= 5 && errors > sum('events')) {
    return { healthy: false, reason: 'errors', detail: `${errors} events could not be read or fetched recently` };
  }
  if (input.polled && input.budgetReached && input.pollPausedUntil !== null && input.pollPausedUntil > input.now) {
    return { healthy: false, reason: 'budget_reached', detail: 'polling paused: the monthly budget is spent' };
  }
  if (input.polled && input.pollFailures >= 3) {
    return { healthy: false, reason: 'polling_failed', detail: `${input.pollFailures} polls in a row failed` };
  }
  const usual = usualEventsPerHour(input);
  if (usual >= MIN_USUAL_PER_HOUR) {
    const silentFor = input.now - (input.lastEventAt ?? input.accountCreatedAt);
    const threshold = Math.max(MIN_QUIET_MS, QUIET_GAPS * (HOUR / usual));
    if (silentFor > threshold) {
      return { healthy: false, reason: 'quiet', detail: `no event for ${Math.round(silentFor / 60_000)} minutes; about ${usual.toFixed(1)} an hour is usual at this time` };
    }
  }
  return { healthy: true };
}
