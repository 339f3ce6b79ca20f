import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE } from '../clock.ts';
import { TimeZone, isValidTimeZone, timeZone } from './time-zone.ts';
import { localPosition, parseLocalDate, startOfLocalDay, weekdayOf } from './local-date.ts';

const utc = (iso: string): number => Date.parse(iso);
const wall = (iso: string): number => Date.parse(`${iso}Z`);

// The 2026 transitions, from the rules in the IANA database: EU last Sunday of March/October at
// 01:00 UTC; US second Sunday of March / first Sunday of November at 02:00 local; New South Wales
// first Sunday of April / October at 03:00 / 02:00 local; Newfoundland like the US, at 02:00 local.
const TRANSITIONS = [
  { zone: 'Europe/Berlin', at: '2026-03-29T01:00:00Z', before: 1 * HOUR, after: 2 * HOUR },
  { zone: 'Europe/Berlin', at: '2026-10-25T01:00:00Z', before: 2 * HOUR, after: 1 * HOUR },
  { zone: 'America/New_York', at: '2026-03-08T07:00:00Z', before: -5 * HOUR, after: -4 * HOUR },
  { zone: 'America/New_York', at: '2026-11-01T06:00:00Z', before: -4 * HOUR, after: -5 * HOUR },
  { zone: 'Australia/Sydney', at: '2026-04-04T16:00:00Z', before: 11 * HOUR, after: 10 * HOUR },
  { zone: 'Australia/Sydney', at: '2026-10-03T16:00:00Z', before: 10 * HOUR, after: 11 * HOUR },
  { zone: 'America/St_Johns', at: '2026-03-08T05:30:00Z', before: -3.5 * HOUR, after: -2.5 * HOUR },
  { zone: 'America/St_Johns', at: '2026-11-01T04:30:00Z', before: -2.5 * HOUR, after: -3.5 * HOUR },
];

test('offsets switch exactly at the 2026 transitions', () => {
  for (const { zone, at, before, after } of TRANSITIONS) {
    const tz = new TimeZone(zone);
    assert.equal(tz.offsetAt(utc(at) - 1), before, `${zone} just before ${at}`);
    assert.equal(tz.offsetAt(utc(at)), after, `${zone} at ${at}`);
    assert.equal(tz.isConstantBetween(utc(at) - 3 * HOUR, utc(at) + 3 * HOUR), false);
    assert.equal(tz.isConstantBetween(utc(at) + 1, utc(at) + 20 * 24 * HOUR), true);
  }
});

test('Asia/Kolkata is +05:30 all year', () => {
  const tz = timeZone('Asia/Kolkata');
  assert.equal(tz.offsetAt(utc('2026-01-01T00:00:00Z')), 5.5 * HOUR);
  assert.equal(tz.offsetAt(utc('2026-07-01T00:00:00Z')), 5.5 * HOUR);
  assert.equal(tz.isConstantBetween(utc('2026-01-01T00:00:00Z'), utc('2027-01-01T00:00:00Z')), true);
});

test('an ordinary wall time maps to its one instant', () => {
  const tz = timeZone('America/New_York');
  assert.equal(tz.firstInstantAtOrAfter(wall('2026-07-04T12:00:00')), utc('2026-07-04T16:00:00Z'));
  assert.equal(tz.wallTime(utc('2026-07-04T16:00:00Z')), wall('2026-07-04T12:00:00'));
});

test('a wall time in the spring-forward gap maps to the jump', () => {
  const berlin = timeZone('Europe/Berlin');
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-03-29T02:30:00')), utc('2026-03-29T01:00:00Z'));
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-03-29T02:00:00')), utc('2026-03-29T01:00:00Z'));
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-03-29T03:00:00')), utc('2026-03-29T01:00:00Z'));
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-03-29T01:59:00')), utc('2026-03-29T00:59:00Z'));
  const stJohns = timeZone('America/St_Johns');
  assert.equal(stJohns.firstInstantAtOrAfter(wall('2026-03-08T02:15:00')), utc('2026-03-08T05:30:00Z'));
});

test('a wall time in the fall-back overlap maps to its first showing', () => {
  const berlin = timeZone('Europe/Berlin');
  // 02:30 shows at 00:30Z (CEST) and again at 01:30Z (CET).
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-10-25T02:30:00')), utc('2026-10-25T00:30:00Z'));
  assert.equal(berlin.wallTime(utc('2026-10-25T01:30:00Z')), wall('2026-10-25T02:30:00'));
  assert.equal(berlin.firstInstantAtOrAfter(wall('2026-10-25T03:00:00')), utc('2026-10-25T02:00:00Z'));
  const sydney = timeZone('Australia/Sydney');
  assert.equal(sydney.firstInstantAtOrAfter(wall('2026-04-05T02:30:00')), utc('2026-04-04T15:30:00Z'));
});

test('local dates and positions do not depend on the process time zone', () => {
  assert.equal(parseLocalDate('2026-02-29'), undefined);
  assert.equal(parseLocalDate('2026-13-01'), undefined);
  const day = parseLocalDate('2026-03-29');
  assert.ok(day !== undefined);
  assert.equal(weekdayOf(day), 6); // a Sunday
  assert.equal(weekdayOf(parseLocalDate('1970-01-01') ?? NaN), 3); // a Thursday
  const berlin = timeZone('Europe/Berlin');
  assert.equal(startOfLocalDay(berlin, day), utc('2026-03-28T23:00:00Z'));
  assert.deepEqual(localPosition(berlin, utc('2026-03-29T01:00:00Z')), { day, weekday: 6, minuteOfDay: 3 * 60 });
  assert.deepEqual(localPosition(timeZone('Asia/Kolkata'), utc('2026-03-29T18:29:00Z')), { day, weekday: 6, minuteOfDay: 23 * 60 + 59 });
  assert.equal(localPosition(berlin, utc('2026-03-29T01:00:00Z') + 59 * MINUTE).minuteOfDay, 3 * 60 + 59);
});

test('time zone names are validated and canonicalised', () => {
  assert.equal(isValidTimeZone('Mars/Olympus_Mons'), false);
  assert.equal(isValidTimeZone(''), false);
  assert.equal(new TimeZone('europe/berlin').name, 'Europe/Berlin');
  assert.throws(() => new TimeZone('Nowhere/Else'), RangeError);
});
