// The calendar against a brute-force oracle that shares none of its code: minute by minute around
// each 2026 clock change, read the local clock with a fresh Intl formatter and decide "open" from
// the generated week. The oracle's rule, equivalent to the calendar's "a boundary happens the first
// time the clock shows that time": an instant is open when the latest wall time shown so far (the
// running maximum, which stands still while a fall-back hour repeats) is inside an open period.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BusinessCalendar } from './business-calendar.ts';
import { TRANSITIONS_2026, calendarArbitrary } from './calendar.arbitraries.ts';
import type { GeneratedCalendar } from './calendar.arbitraries.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

function wallClock(zone: string): (t: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  return (t) => {
    const p = Object.fromEntries(format.formatToParts(t).map((part) => [part.type, part.value]));
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  };
}

function oracleOpen(generated: GeneratedCalendar, wall: number): boolean {
  const day = Math.floor(wall / DAY);
  if (generated.holidayDays.includes(day)) return false;
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Monday
  const halfHour = weekday * 48 + Math.floor((wall - day * DAY) / (30 * MINUTE));
  return generated.weekRanges.some(([start, end]) => halfHour >= start && halfHour < end);
}

test('minute by minute around every 2026 clock change, the calendar matches the oracle', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'America/St_Johns'];
  const arbitrary = calendarArbitrary({ zones }).chain((generated) => fc.tuple(
    fc.constant(generated),
    fc.constantFrom(...(TRANSITIONS_2026[generated.definition.timeZone] ?? [])),
  ));
  fc.assert(fc.property(arbitrary, ([generated, transition]) => {
    const calendar = BusinessCalendar.from(generated.definition);
    const wall = wallClock(generated.definition.timeZone);
    const [from, to] = [transition - 30 * 60 * MINUTE, transition + 30 * 60 * MINUTE];
    let latestWall = -Infinity;
    for (let t = from - 3 * 60 * MINUTE; t < from; t += MINUTE) latestWall = Math.max(latestWall, wall(t));
    let openMinutes = 0;
    for (let t = from; t < to; t += MINUTE) {
      latestWall = Math.max(latestWall, wall(t));
      const expected = oracleOpen(generated, latestWall);
      if (calendar.isOpen(t) !== expected) {
        assert.fail(`isOpen(${new Date(t).toISOString()}) should be ${expected}`);
      }
      if (expected) openMinutes += 1;
    }
    assert.equal(calendar.businessTimeBetween(from, to), openMinutes * MINUTE);
  }), { numRuns: 40 });
});
