// One SLA clock: a target (first response, next response, resolution) for one cycle of one
// conversation. It runs in segments: it pauses while waiting on the customer (if the policy says
// so) and resumes when they answer. Time is counted both on the wall clock and in business hours
// for reporting; the deadline uses whichever the policy counts. Pure functions over plain data.
import type { SlaTarget } from './sla-policy.ts';

/** What the clock needs from a business-hours calendar (core/calendar's BusinessCalendar). */
export interface BusinessTime {
  addBusinessTime(start: number, ms: number): number;
  businessTimeBetween(a: number, b: number): number;
}

export type ClockStatus = 'running' | 'paused' | 'stopped';
export type ClockOutcome = 'met' | 'missed' | 'cancelled';

export interface SlaClock {
  conversationId: string;
  target: SlaTarget;
  /** 1 for the first; next-response clocks get a new cycle per customer turn, resolution per reopening. */
  cycle: number;
  policyId: string;
  targetMs: number;
  /** The target counts business hours (else wall-clock time). */
  businessHours: boolean;
  status: ClockStatus;
  outcome: ClockOutcome | null;
  startedAt: number;
  /** Start of the current running segment; null unless running. */
  segmentStartedAt: number | null;
  /** Wall-clock and business time run in finished segments. */
  runningWallMs: number;
  runningBusinessMs: number;
  /** The deadline while running: the target is breached just after it. */
  dueAt: number | null;
  warnAt: number | null;
  warnedAt: number | null;
  /** The deadline that was missed, once the breach is recorded. */
  breachedAt: number | null;
  stoppedAt: number | null;
}

export interface NewClock {
  conversationId: string;
  target: SlaTarget;
  cycle: number;
  policyId: string;
  targetMs: number;
  businessHours: boolean;
}

/** Time the target has used before the current segment, in the policy's own terms. */
export function consumedMs(clock: SlaClock): number {
  return clock.businessHours ? clock.runningBusinessMs : clock.runningWallMs;
}

/** Wall-clock and business time run up to `at`, including the current segment. */
export function elapsedAt(clock: SlaClock, at: number, calendar: BusinessTime): { wallMs: number; businessMs: number } {
  if (clock.status !== 'running' || clock.segmentStartedAt === null) return { wallMs: clock.runningWallMs, businessMs: clock.runningBusinessMs };
  const from = clock.segmentStartedAt;
  const to = Math.max(from, at);
  return { wallMs: clock.runningWallMs + (to - from), businessMs: clock.runningBusinessMs + calendar.businessTimeBetween(from, to) };
}

function advance(clock: SlaClock, start: number, ms: number, calendar: BusinessTime): number {
  return clock.businessHours ? calendar.addBusinessTime(start, ms) : start + ms;
}

/** Sets the deadline and the warning time of a running clock from what remains of its target. */
export function schedule(clock: SlaClock, calendar: BusinessTime, leadMs: number | null): SlaClock {
  if (clock.status !== 'running' || clock.segmentStartedAt === null) return { ...clock, dueAt: null, warnAt: null };
  const start = clock.segmentStartedAt;
  const remaining = Math.max(0, clock.targetMs - consumedMs(clock));
  const dueAt = advance(clock, start, remaining, calendar);
  let warnAt: number | null = null;
  if (leadMs !== null && clock.warnedAt === null && clock.breachedAt === null && remaining > 0) {
    warnAt = advance(clock, start, Math.max(0, remaining - leadMs), calendar);
  }
  return { ...clock, dueAt, warnAt };
}

export function startClock(spec: NewClock, at: number, calendar: BusinessTime, leadMs: number | null): SlaClock {
  const clock: SlaClock = {
    ...spec, status: 'running', outcome: null, startedAt: at, segmentStartedAt: at, runningWallMs: 0, runningBusinessMs: 0,
    dueAt: null, warnAt: null, warnedAt: null, breachedAt: null, stoppedAt: null,
  };
  return schedule(clock, calendar, leadMs);
}

/** Closes the running segment at `at`, adding its time. */
function closeSegment(clock: SlaClock, at: number, calendar: BusinessTime): SlaClock {
  const { wallMs, businessMs } = elapsedAt(clock, at, calendar);
  return { ...clock, runningWallMs: wallMs, runningBusinessMs: businessMs, segmentStartedAt: null, dueAt: null, warnAt: null };
}

export function pauseClock(clock: SlaClock, at: number, calendar: BusinessTime): SlaClock {
  if (clock.status !== 'running') return clock;
  return { ...closeSegment(clock, at, calendar), status: 'paused' };
}

export function resumeClock(clock: SlaClock, at: number, calendar: BusinessTime, leadMs: number | null): SlaClock {
  if (clock.status !== 'paused') return clock;
  return schedule({ ...clock, status: 'running', segmentStartedAt: at }, calendar, leadMs);
}

/** Whether the clock is past its deadline at `at` (breached just after dueAt). */
export function isOverdue(clock: SlaClock, at: number): boolean {
  return clock.status === 'running' && clock.dueAt !== null && at > clock.dueAt;
}

/**
 * Stops the clock: met when the target was reached in time, missed when it was breached (now or
 * earlier), cancelled when the target no longer applies (resolved without a reply, no response
 * needed). `overdueAt` is the deadline when the clock is late but no breach was recorded yet.
 */
export function stopClock(clock: SlaClock, at: number, calendar: BusinessTime, cancel = false): { clock: SlaClock; overdueAt: number | null } {
  if (clock.status === 'stopped') return { clock, overdueAt: null };
  const overdueAt = clock.breachedAt === null && isOverdue(clock, at) ? clock.dueAt : null;
  const closed = closeSegment(clock, at, calendar);
  const late = clock.breachedAt !== null || overdueAt !== null;
  const outcome: ClockOutcome = cancel ? 'cancelled' : late ? 'missed' : 'met';
  return { clock: { ...closed, status: 'stopped', outcome, stoppedAt: at, breachedAt: clock.breachedAt ?? overdueAt }, overdueAt };
}

/** A new target (policy, priority or calendar changed): the time already used still counts. */
export function retarget(clock: SlaClock, change: { policyId: string; targetMs: number; businessHours: boolean }, at: number,
  calendar: BusinessTime, leadMs: number | null): SlaClock {
  if (clock.status === 'stopped') return clock;
  const running = clock.status === 'running';
  const closed = running ? closeSegment(clock, at, calendar) : clock;
  const next = { ...closed, ...change, segmentStartedAt: running ? at : null };
  return running ? schedule(next, calendar, leadMs) : next;
}
