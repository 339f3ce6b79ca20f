// Laws of business-hours arithmetic, checked by fast-check over random calendars (split shifts,
// night shifts, holidays) in zones with northern and southern DST, half-hour offsets and none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DAY } from '../clock.ts';
import { BusinessCalendar } from './business-calendar.ts';
import { ZONES, calendarArbitrary, durationArbitrary, instantArbitrary } from './calendar.arbitraries.ts';
import { startOfLocalDay } from './local-date.ts';

const withCalendar = <T>(make: (zone: string) => fc.Arbitrary<T>) =>
  calendarArbitrary().chain((generated) => fc.tuple(
    fc.constant(generated),
    fc.constant(BusinessCalendar.from(generated.definition)),
    make(generated.definition.timeZone),
  ));

const RUNS = { numRuns: 200 };

test('the business time up to a deadline is exactly the duration asked for', () => {
  fc.assert(fc.property(withCalendar((zone) => fc.tuple(instantArbitrary(zone), durationArbitrary)), ([, calendar, [start, d]]) => {
    const deadline = calendar.addBusinessTime(start, d);
    assert.ok(deadline >= start);
    assert.equal(calendar.businessTimeBetween(start, deadline), d);
    // And it is the first such instant: a millisecond earlier is not enough.
    if (d > 0) assert.equal(calendar.businessTimeBetween(start, deadline - 1), d - 1);
  }), RUNS);
});

test('a deadline after a positive duration is never inside a closed stretch', () => {
  fc.assert(fc.property(withCalendar((zone) => fc.tuple(instantArbitrary(zone), durationArbitrary)), ([, calendar, [start, d]]) => {
    fc.pre(d > 0);
    const deadline = calendar.addBusinessTime(start, d);
    assert.equal(calendar.isOpen(deadline - 1), true);
  }), RUNS);
});

test('adding is additive and monotone', () => {
  const arbitrary = withCalendar((zone) => fc.tuple(instantArbitrary(zone), instantArbitrary(zone), durationArbitrary, durationArbitrary));
  fc.assert(fc.property(arbitrary, ([, calendar, [s1, s2, a, b]]) => {
    assert.equal(calendar.addBusinessTime(calendar.addBusinessTime(s1, a), b), calendar.addBusinessTime(s1, a + b));
    assert.ok(calendar.addBusinessTime(s1, Math.min(a, b)) <= calendar.addBusinessTime(s1, Math.max(a, b)));
    assert.ok(calendar.addBusinessTime(Math.min(s1, s2), a) <= calendar.addBusinessTime(Math.max(s1, s2), a));
  }), RUNS);
});

test('business time is additive over adjacent ranges and never exceeds elapsed time', () => {
  const arbitrary = withCalendar((zone) => fc.tuple(instantArbitrary(zone), instantArbitrary(zone), instantArbitrary(zone)));
  fc.assert(fc.property(arbitrary, ([, calendar, times]) => {
    const [a, b, c] = [...times].sort((x, y) => x - y) as [number, number, number];
    const ab = calendar.businessTimeBetween(a, b);
    assert.equal(ab + calendar.businessTimeBetween(b, c), calendar.businessTimeBetween(a, c));
    assert.ok(ab >= 0 && ab <= b - a);
    const listed = calendar.openIntervals(a, b).reduce((sum, i) => sum + (i.end - i.start), 0);
    assert.equal(listed, ab);
  }), RUNS);
});

test('nextOpen and nextChange agree with isOpen', () => {
  fc.assert(fc.property(withCalendar(instantArbitrary), ([, calendar, t]) => {
    const open = calendar.isOpen(t);
    const next = calendar.nextOpen(t);
    assert.equal(next === t, open);
    assert.equal(calendar.isOpen(next), true);
    assert.equal(calendar.businessTimeBetween(t, next), 0);
    const change = calendar.nextChange(t);
    assert.ok(change > t);
    assert.equal(calendar.isOpen(change - 1), open);
    assert.equal(calendar.isOpen(change), !open);
    assert.equal(calendar.businessTimeBetween(t, change), open ? change - t : 0);
  }), RUNS);
});

test('holidays contribute no business time, and removing one only adds that day back', () => {
  fc.assert(fc.property(withCalendar(instantArbitrary), ([generated, calendar, t]) => {
    fc.pre(generated.holidayDays.length > 0);
    const day = generated.holidayDays[0] ?? 0;
    const zone = calendar.zone;
    const [from, to] = [startOfLocalDay(zone, day), startOfLocalDay(zone, day + 1)];
    assert.equal(calendar.businessTimeBetween(from, to), 0);
    assert.equal(calendar.isOpen(from + Math.floor((to - from) / 2)), false);
    const without = BusinessCalendar.from({ ...generated.definition, holidays: generated.definition.holidays?.slice(1) });
    const [a, b] = [Math.min(t, from), Math.max(t, to) + 3 * DAY];
    assert.equal(without.businessTimeBetween(a, b) - calendar.businessTimeBetween(a, b), without.businessTimeBetween(from, to));
  }), RUNS);
});

test('a 24/7 calendar is the wall clock, in every zone, across DST', () => {
  const arbitrary = fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), instantArbitrary(zone), durationArbitrary));
  fc.assert(fc.property(arbitrary, ([zone, start, d]) => {
    // A far-future holiday forces the general path instead of the always-open shortcut.
    const general = BusinessCalendar.from({ timeZone: zone, alwaysOpen: true, holidays: [{ date: '2099-01-01' }] });
    assert.equal(general.addBusinessTime(start, d), start + d);
    assert.equal(general.businessTimeBetween(start, start + d), d);
    assert.equal(general.isOpen(start), true);
    assert.equal(BusinessCalendar.alwaysOpen(zone).addBusinessTime(start, d), start + d);
  }), { numRuns: 300 });
});

test('a fixed-offset zone gives the same answers as Asia/Kolkata', () => {
  const arbitrary = calendarArbitrary({ zones: ['Asia/Kolkata'] }).chain((generated) =>
    fc.tuple(fc.constant(generated), instantArbitrary('Asia/Kolkata'), durationArbitrary));
  fc.assert(fc.property(arbitrary, ([generated, start, d]) => {
    const kolkata = BusinessCalendar.from(generated.definition);
    const fixed = BusinessCalendar.from({ ...generated.definition, timeZone: '+05:30' });
    assert.equal(kolkata.addBusinessTime(start, d), fixed.addBusinessTime(start, d));
    assert.equal(kolkata.nextChange(start), fixed.nextChange(start));
  }), RUNS);
});
