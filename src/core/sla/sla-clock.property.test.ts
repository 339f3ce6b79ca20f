// SLA-level laws of business-hours arithmetic, over random calendars (split shifts, night
// shifts, holidays) in zones with northern and southern DST, half-hour offsets and none
// (core/calendar/calendar.arbitraries.ts). The calendar's own laws are in core/calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BusinessCalendar } from '../calendar/index.ts';
import { calendarArbitrary, durationArbitrary, instantArbitrary } from '../calendar/calendar.arbitraries.ts';
import { MINUTE } from '../clock.ts';
import { pauseClock, resumeClock, retarget, startClock, stopClock, type SlaClock } from './sla-clock.ts';

const RUNS = { numRuns: 150 };
const target = fc.integer({ min: 1, max: 3 * 24 * 60 }).map((m) => m * MINUTE);
const withCalendar = <T>(make: (zone: string) => fc.Arbitrary<T>) =>
  calendarArbitrary().chain((generated) => fc.tuple(fc.constant(BusinessCalendar.from(generated.definition)), make(generated.definition.timeZone)));
const spec = (targetMs: number, businessHours = true) => ({ conversationId: 'c', target: 'first_response' as const, cycle: 1, policyId: 'p', targetMs, businessHours });

test('a business-hours deadline is exactly the target in business time after the start, and a reply then is in time', () => {
  fc.assert(fc.property(withCalendar((zone) => fc.tuple(instantArbitrary(zone), target)), ([calendar, [start, ms]]) => {
    const clock = startClock(spec(ms), start, calendar, null);
    const due = clock.dueAt!;
    assert.equal(calendar.businessTimeBetween(start, due), ms);
    assert.equal(calendar.isOpen(due - 1), true, 'a deadline never falls in a closed stretch');
    assert.equal(stopClock(clock, due, calendar).clock.outcome, 'met');
    assert.equal(stopClock(clock, due + 1, calendar).clock.outcome, 'missed');
  }), RUNS);
});

test('across pauses the deadline is where the running segments add up to the target', () => {
  const arbitrary = withCalendar((zone) => fc.tuple(
    instantArbitrary(zone), target, fc.array(durationArbitrary, { minLength: 2, maxLength: 8 }),
  ));
  fc.assert(fc.property(arbitrary, ([calendar, [start, ms, gaps]]) => {
    let clock: SlaClock = startClock(spec(ms), start, calendar, null);
    const running: Array<[number, number]> = [];
    let t = start;
    let segmentStart = start;
    // Alternate: run for a while (unless the deadline comes first), then wait on the customer.
    for (let i = 0; i < gaps.length; i++) {
      const next = t + (gaps[i] ?? 0);
      if (clock.status === 'running') {
        if (next >= clock.dueAt!) break;
        clock = pauseClock(clock, next, calendar);
        running.push([segmentStart, next]);
      } else {
        clock = resumeClock(clock, next, calendar, null);
        segmentStart = next;
      }
      t = next;
    }
    if (clock.status === 'paused') {
      clock = resumeClock(clock, t, calendar, null);
      segmentStart = t;
    }
    running.push([segmentStart, clock.dueAt!]);
    const total = running.reduce((sum, [a, b]) => sum + calendar.businessTimeBetween(a, b), 0);
    assert.equal(total, ms);
    const stopped = stopClock(clock, clock.dueAt!, calendar).clock;
    assert.equal(stopped.runningBusinessMs, ms);
    assert.equal(stopped.runningWallMs, running.reduce((sum, [a, b]) => sum + (b - a), 0));
  }), RUNS);
});

test('pausing and resuming at the same instant, or re-targeting to the same target, moves nothing', () => {
  const arbitrary = withCalendar((zone) => fc.tuple(instantArbitrary(zone), target, fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean()));
  fc.assert(fc.property(arbitrary, ([calendar, [start, ms, fraction, businessHours]]) => {
    const clock = startClock(spec(ms, businessHours), start, calendar, 10 * MINUTE);
    const cut = start + Math.floor((clock.dueAt! - start) * fraction);
    const split = resumeClock(pauseClock(clock, cut, calendar), cut, calendar, 10 * MINUTE);
    assert.equal(split.dueAt, clock.dueAt);
    // A warning already due at the cut is due "now" after it (in practice it has fired: warnedAt).
    assert.equal(split.warnAt, clock.warnAt! > cut ? clock.warnAt : cut);
    const same = retarget(clock, { policyId: 'p', targetMs: ms, businessHours }, cut, calendar, 10 * MINUTE);
    assert.equal(same.dueAt, clock.dueAt);
  }), RUNS);
});

test('the warning comes the lead time before the deadline, in the policy\'s own time', () => {
  const arbitrary = withCalendar((zone) => fc.tuple(instantArbitrary(zone), target, fc.integer({ min: 1, max: 120 }), fc.boolean()));
  fc.assert(fc.property(arbitrary, ([calendar, [start, ms, leadMinutes, businessHours]]) => {
    const lead = leadMinutes * MINUTE;
    const clock = startClock(spec(ms, businessHours), start, calendar, lead);
    const between = (a: number, b: number) => (businessHours ? calendar.businessTimeBetween(a, b) : b - a);
    if (ms > lead) assert.equal(between(clock.warnAt!, clock.dueAt!), lead);
    else assert.equal(clock.warnAt, start, 'a target shorter than the lead warns at once');
    assert.ok(clock.warnAt! <= clock.dueAt!);
  }), RUNS);
});

test('business time counted for reports never exceeds wall time', () => {
  fc.assert(fc.property(withCalendar((zone) => fc.tuple(instantArbitrary(zone), target, durationArbitrary)), ([calendar, [start, ms, run]]) => {
    const stopped = stopClock(startClock(spec(ms, false), start, calendar, null), start + run, calendar).clock;
    assert.equal(stopped.runningWallMs, run);
    assert.ok(stopped.runningBusinessMs <= stopped.runningWallMs);
    assert.equal(stopped.runningBusinessMs, calendar.businessTimeBetween(start, start + run));
  }), RUNS);
});
