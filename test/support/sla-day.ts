// A day of traffic for the SLA simulation, and an oracle that says, from the calendar alone, what
// every clock should end as and which breaches and warnings should exist. The oracle walks the
// running stretches of each target with BusinessCalendar.addBusinessTime/businessTimeBetween; it
// shares no code with the SLA clocks it checks.
import fc from 'fast-check';
import { MINUTE } from '../../src/core/clock.ts';
import type { BusinessCalendar } from '../../src/core/calendar/index.ts';

export type Channel = 'social' | 'email';

export interface Script {
  thread: string;
  channel: Channel;
  start: number;
  /** The agent's first reply; null: never answered today. */
  reply: number | null;
  /** Pending (waiting on the customer) right after the reply (email only). */
  pendingAfterReply: boolean;
  /** The customer writes again, and the agent answers that. */
  customerAgain: number | null;
  secondReply: number | null;
  /** Resolved (email only). */
  resolve: number | null;
}

export interface Target {
  /** In minutes; counted in business hours when `business`. */
  minutes: number;
  business: boolean;
  warnLeadMinutes: number | null;
}

export interface Expectation {
  thread: string;
  target: 'first_response' | 'next_response' | 'resolution';
  outcome: 'met' | 'missed' | null;
  status: 'running' | 'paused' | 'stopped';
  /** The missed deadline, when breached. */
  breachAt: number | null;
  warnAt: number | null;
}

/** Conversations of one day: starts between `from` and `to`, none in the down window. */
export function dayScripts(from: number, to: number, down: [number, number], seed: number, count: number): Script[] {
  const minute = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });
  const arbitrary = fc.record({
    email: fc.boolean(), start: minute(0, (to - from) / MINUTE), replyAfter: minute(3, 200), answered: fc.integer({ min: 0, max: 9 }),
    again: fc.boolean(), againAfter: minute(5, 150), secondAfter: minute(5, 70), pending: fc.boolean(), resolveAfter: minute(10, 90),
  });
  const outOfDown = (t: number) => (t >= down[0] && t <= down[1] ? down[1] + MINUTE + (t - down[0]) : t);
  return fc.sample(arbitrary, { seed, numRuns: count }).map((r, i) => {
    const start = outOfDown(from + r.start * MINUTE);
    const reply = r.answered === 0 ? null : outOfDown(start + r.replyAfter * MINUTE);
    const customerAgain = reply !== null && r.again ? outOfDown(reply + r.againAfter * MINUTE) : null;
    const secondReply = customerAgain !== null ? outOfDown(customerAgain + r.secondAfter * MINUTE) : null;
    const channel: Channel = r.email ? 'email' : 'social';
    const resolve = channel === 'email' && secondReply !== null ? outOfDown(secondReply + r.resolveAfter * MINUTE) : null;
    return { thread: `day-${i}`, channel, start, reply, pendingAfterReply: channel === 'email' && r.pending && customerAgain !== null, customerAgain, secondReply, resolve };
  });
}

/**
 * The first instant at which `ms` of (business or wall) time has run over these stretches: strictly
 * inside one (a breach needs an instant past the deadline), or up to its end inclusive (a timer at
 * the same instant as the action that ends the stretch fires first).
 */
function reach(stretches: Array<[number, number]>, ms: number, business: boolean, calendar: BusinessCalendar, inclusive: boolean): number | null {
  let remaining = Math.max(0, ms);
  for (const [a, b] of stretches) {
    const at = business ? calendar.addBusinessTime(a, remaining) : a + remaining;
    if (inclusive ? at <= b : at < b) return at;
    remaining -= business ? calendar.businessTimeBetween(a, b) : b - a;
  }
  return null;
}

export function expect(script: Script, end: number, targets: Record<Channel, Partial<Record<Expectation['target'], Target>>>, calendar: BusinessCalendar): Expectation[] {
  const result: Expectation[] = [];
  const add = (target: Expectation['target'], stretches: Array<[number, number]>, stopped: boolean, paused = false) => {
    const spec = targets[script.channel][target];
    if (!spec) return;
    const breachAt = reach(stretches, spec.minutes * MINUTE, spec.business, calendar, false);
    const warnAt = spec.warnLeadMinutes === null ? null : reach(stretches, (spec.minutes - spec.warnLeadMinutes) * MINUTE, spec.business, calendar, true);
    result.push({
      thread: script.thread, target, breachAt, warnAt,
      status: stopped ? 'stopped' : paused ? 'paused' : 'running', outcome: stopped ? (breachAt === null ? 'met' : 'missed') : null,
    });
  };
  add('first_response', [[script.start, script.reply ?? end]], script.reply !== null);
  if (script.customerAgain !== null) add('next_response', [[script.customerAgain, script.secondReply ?? end]], script.secondReply !== null);
  const resolutionEnd = script.resolve ?? end;
  const stretches: Array<[number, number]> = script.pendingAfterReply && script.reply !== null && script.customerAgain !== null
    ? [[script.start, script.reply], [script.customerAgain, resolutionEnd]] : [[script.start, resolutionEnd]];
  add('resolution', stretches, script.resolve !== null);
  return result;
}
