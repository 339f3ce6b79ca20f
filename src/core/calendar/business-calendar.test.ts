// Hand-checked business-hours arithmetic: split shifts, weekends, holidays, year ends and the exact
// daylight-saving transitions of 2026.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE } from '../clock.ts';
import { BusinessCalendar } from './business-calendar.ts';

const utc = (iso: string): number => Date.parse(iso);
const iso = (t: number): string => new Date(t).toISOString();
const period = (start: string, end: string) => ({ start, end });
const officeWeek = (periods: { start: string; end: string }[]) => ({
  mon: periods, tue: periods, wed: periods, thu: periods, fri: periods,
});

const berlinOffice = BusinessCalendar.from({
  timeZone: 'Europe/Berlin',
  weekly: officeWeek([period('08:00', '12:00'), period('13:00', '18:00')]),
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }],
  specialDays: [{ date: '2026-12-24', periods: [period('09:00', '12:00')] }],
});

test('split shift: the lunch break does not count', () => {
  // Monday 2026-03-02 11:30 CET = 10:30Z: 30 minutes before lunch, 30 after.
  assert.equal(iso(berlinOffice.addBusinessTime(utc('2026-03-02T10:30:00Z'), 60 * MINUTE)), '2026-03-02T12:30:00.000Z');
  assert.equal(berlinOffice.businessTimeBetween(utc('2026-03-02T07:00:00Z'), utc('2026-03-02T17:00:00Z')), 9 * HOUR);
  assert.equal(berlinOffice.isOpen(utc('2026-03-02T11:30:00Z')), false);
  assert.equal(iso(berlinOffice.nextOpen(utc('2026-03-02T11:30:00Z'))), '2026-03-02T12:00:00.000Z');
  assert.equal(iso(berlinOffice.nextChange(utc('2026-03-02T10:30:00Z'))), '2026-03-02T11:00:00.000Z');
});

test('periods are half-open: open at the start instant, closed at the end instant', () => {
  assert.equal(berlinOffice.isOpen(utc('2026-03-02T07:00:00Z')), true);
  assert.equal(berlinOffice.isOpen(utc('2026-03-02T07:00:00Z') - 1), false);
  assert.equal(berlinOffice.isOpen(utc('2026-03-02T11:00:00Z')), false);
  assert.equal(berlinOffice.isOpen(utc('2026-03-02T11:00:00Z') - 1), true);
});

test('a deadline that uses up an open period lands at its end, not at the next opening', () => {
  // Friday 2026-03-06 17:00 CET + 60 min = 18:00 CET exactly, the close.
  assert.equal(iso(berlinOffice.addBusinessTime(utc('2026-03-06T16:00:00Z'), 60 * MINUTE)), '2026-03-06T17:00:00.000Z');
  // One more minute goes to Monday 08:01.
  assert.equal(iso(berlinOffice.addBusinessTime(utc('2026-03-06T16:00:00Z'), 61 * MINUTE)), '2026-03-09T07:01:00.000Z');
  assert.equal(berlinOffice.addBusinessTime(utc('2026-03-07T12:00:00Z'), 0), utc('2026-03-07T12:00:00Z'));
});

test('Christmas: a short special day, then two holidays and a weekend', () => {
  // Thursday 24 December 09:00–12:00 only; Friday 25 and Saturday 26 closed; Monday 28 back to normal.
  const start = utc('2026-12-24T10:00:00Z'); // 11:00 CET
  assert.equal(iso(berlinOffice.addBusinessTime(start, 2 * HOUR)), '2026-12-28T08:00:00.000Z');
  assert.equal(berlinOffice.businessTimeBetween(start, utc('2026-12-28T08:00:00Z')), 2 * HOUR);
  assert.equal(berlinOffice.businessTimeBetween(utc('2026-12-24T23:00:00Z'), utc('2026-12-25T23:00:00Z')), 0);
  assert.equal(iso(berlinOffice.nextOpen(utc('2026-12-24T11:00:00Z'))), '2026-12-28T07:00:00.000Z');
});

test('a year boundary with New Year holiday (New York)', () => {
  const nyOffice = BusinessCalendar.from({
    timeZone: 'America/New_York',
    weekly: officeWeek([period('09:00', '18:00')]),
    holidays: [{ date: '2027-01-01', name: "New Year's Day" }],
  });
  // Thursday 2026-12-31 17:00 EST: one hour that day, Friday is a holiday, Monday 2027-01-04 09:00–10:00.
  assert.equal(iso(nyOffice.addBusinessTime(utc('2026-12-31T22:00:00Z'), 2 * HOUR)), '2027-01-04T15:00:00.000Z');
});

test('spring forward in Berlin: a Sunday open all day lasts 23 hours; a period in the gap opens at the jump', () => {
  const sunday = BusinessCalendar.from({ timeZone: 'Europe/Berlin', weekly: { sun: [period('00:00', '24:00')] } });
  assert.equal(sunday.businessTimeBetween(utc('2026-03-28T00:00:00Z'), utc('2026-03-30T00:00:00Z')), 23 * HOUR);
  const night = BusinessCalendar.from({ timeZone: 'Europe/Berlin', weekly: { sun: [period('02:30', '06:00')] } });
  assert.equal(night.isOpen(utc('2026-03-29T01:00:00Z') - 1), false);
  assert.equal(night.isOpen(utc('2026-03-29T01:00:00Z')), true); // 03:00 CEST
  assert.equal(night.businessTimeBetween(utc('2026-03-28T00:00:00Z'), utc('2026-03-30T00:00:00Z')), 3 * HOUR);
  // The week before it is 3.5 hours (02:30–06:00 CET).
  assert.equal(night.businessTimeBetween(utc('2026-03-21T00:00:00Z'), utc('2026-03-23T00:00:00Z')), 3.5 * HOUR);
});

test('fall back in Berlin: a Sunday open all day lasts 25 hours; boundaries in the repeated hour use its first showing', () => {
  const sunday = BusinessCalendar.from({ timeZone: 'Europe/Berlin', weekly: { sun: [period('00:00', '24:00')] } });
  assert.equal(sunday.businessTimeBetween(utc('2026-10-24T00:00:00Z'), utc('2026-10-27T00:00:00Z')), 25 * HOUR);
  // 60 business minutes from 02:30 CEST (00:30Z) end at 02:30 CET (01:30Z): the clock shows 02:30 twice.
  assert.equal(iso(sunday.addBusinessTime(utc('2026-10-25T00:30:00Z'), HOUR)), '2026-10-25T01:30:00.000Z');
  const repeated = BusinessCalendar.from({ timeZone: 'Europe/Berlin', weekly: { sun: [period('01:30', '02:30')] } });
  assert.deepEqual(
    repeated.openIntervals(utc('2026-10-24T00:00:00Z'), utc('2026-10-26T00:00:00Z')).map((i) => [iso(i.start), iso(i.end)]),
    [['2026-10-24T23:30:00.000Z', '2026-10-25T00:30:00.000Z']],
  );
});

test('a night shift crossing midnight across both New York transitions', () => {
  const nights = BusinessCalendar.from({ timeZone: 'America/New_York', weekly: { sat: [period('22:00', '06:00')] } });
  // Saturday 2026-03-07 22:00 EST → Sunday 06:00 EDT: 7 real hours.
  assert.equal(nights.businessTimeBetween(utc('2026-03-07T12:00:00Z'), utc('2026-03-09T12:00:00Z')), 7 * HOUR);
  // Saturday 2026-10-31 22:00 EDT → Sunday 06:00 EST: 9 real hours.
  assert.equal(nights.businessTimeBetween(utc('2026-10-31T12:00:00Z'), utc('2026-11-02T12:00:00Z')), 9 * HOUR);
  assert.equal(iso(nights.nextOpen(utc('2026-03-02T00:00:00Z'))), '2026-03-08T03:00:00.000Z');
  assert.equal(iso(nights.nextChange(utc('2026-03-08T04:00:00Z'))), '2026-03-08T10:00:00.000Z');
});

test('Sydney (southern hemisphere): April has the long Sunday, October the short one', () => {
  const sunday = BusinessCalendar.from({ timeZone: 'Australia/Sydney', weekly: { sun: [period('00:00', '24:00')] } });
  assert.equal(sunday.businessTimeBetween(utc('2026-04-03T00:00:00Z'), utc('2026-04-06T00:00:00Z')), 25 * HOUR);
  assert.equal(sunday.businessTimeBetween(utc('2026-10-02T00:00:00Z'), utc('2026-10-05T00:00:00Z')), 23 * HOUR);
});

test('St. John\'s (half-hour offset with DST) and Kolkata (half-hour offset, no DST)', () => {
  const stJohns = BusinessCalendar.from({ timeZone: 'America/St_Johns', weekly: { sun: [period('01:00', '05:00')] } });
  assert.equal(stJohns.businessTimeBetween(utc('2026-03-07T00:00:00Z'), utc('2026-03-09T00:00:00Z')), 3 * HOUR);
  assert.equal(iso(stJohns.nextOpen(utc('2026-03-07T00:00:00Z'))), '2026-03-08T04:30:00.000Z');
  const kolkata = BusinessCalendar.from({ timeZone: 'Asia/Kolkata', weekly: officeWeek([period('09:00', '17:30')]) });
  assert.equal(iso(kolkata.nextOpen(utc('2026-03-29T12:00:00Z'))), '2026-03-30T03:30:00.000Z');
  assert.equal(iso(kolkata.addBusinessTime(utc('2026-03-30T11:30:00Z'), HOUR)), '2026-03-31T04:00:00.000Z');
});

test('adjacent periods merge across midnight and across the week end', () => {
  const late = BusinessCalendar.from({
    timeZone: 'UTC',
    weekly: { mon: [period('20:00', '24:00')], tue: [period('00:00', '04:00')], sun: [period('22:00', '02:00')] },
  });
  assert.equal(iso(late.nextChange(utc('2026-03-02T21:00:00Z'))), '2026-03-03T04:00:00.000Z');
  // Sunday 22:00 wraps into Monday 02:00.
  assert.equal(iso(late.nextChange(utc('2026-03-01T23:00:00Z'))), '2026-03-02T02:00:00.000Z');
  assert.equal(late.isOpen(utc('2026-03-02T01:59:00Z')), true);
});

test('long durations skip whole weeks and still land on the right minute', () => {
  // 52 weeks of a 40-hour week from Monday 2026-01-05 09:00 CET end at the close of Friday 2027-01-01.
  const fortyHours = BusinessCalendar.from({ timeZone: 'Europe/Berlin', weekly: officeWeek([period('09:00', '17:00')]) });
  const start = utc('2026-01-05T08:00:00Z');
  const deadline = fortyHours.addBusinessTime(start, 52 * 40 * HOUR);
  assert.equal(iso(deadline), '2027-01-01T16:00:00.000Z');
  assert.equal(fortyHours.businessTimeBetween(start, deadline), 52 * 40 * HOUR);
  assert.equal(fortyHours.businessTimeBetween(start, utc('2026-07-06T00:00:00Z')), 26 * 40 * HOUR);
});

test('always open: business time is elapsed time, even across DST', () => {
  const always = BusinessCalendar.alwaysOpen('Europe/Berlin');
  const t = utc('2026-03-29T00:30:00Z');
  assert.equal(always.addBusinessTime(t, 5 * HOUR), t + 5 * HOUR);
  assert.equal(always.businessTimeBetween(t, t + 30 * HOUR), 30 * HOUR);
  assert.equal(always.nextChange(t), Infinity);
  assert.equal(always.isOpen(t), true);
  const withHoliday = BusinessCalendar.from({ timeZone: 'Europe/Berlin', alwaysOpen: true, holidays: [{ date: '2026-03-29' }] });
  assert.equal(iso(withHoliday.nextChange(utc('2026-03-28T12:00:00Z'))), '2026-03-28T23:00:00.000Z');
  assert.equal(iso(withHoliday.nextChange(utc('2026-03-29T12:00:00Z'))), '2026-03-29T22:00:00.000Z');
  assert.equal(withHoliday.nextChange(utc('2026-03-30T12:00:00Z')), Infinity);
  assert.equal(withHoliday.businessTimeBetween(utc('2026-03-28T00:00:00Z'), utc('2026-03-31T00:00:00Z')), 72 * HOUR - 23 * HOUR);
});

test('bad arguments are rejected', () => {
  assert.throws(() => berlinOffice.addBusinessTime(0, -1), RangeError);
  assert.throws(() => berlinOffice.addBusinessTime(Number.NaN, 1), RangeError);
  assert.throws(() => berlinOffice.isOpen(Infinity), RangeError);
  assert.equal(berlinOffice.businessTimeBetween(10, 5), 0);
});
