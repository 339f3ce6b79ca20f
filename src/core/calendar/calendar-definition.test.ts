import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDomainError } from '../errors.ts';
import { parseCalendarDefinition } from './calendar-definition.ts';

function problems(input: unknown): string[] {
  try {
    parseCalendarDefinition(input);
  } catch (error) {
    assert.ok(isDomainError(error));
    assert.equal(error.code, 'validation_failed');
    const issues = error.details?.issues as { path: string; message: string }[];
    return issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  return [];
}

const mon = (start: string, end: string) => ({ weekly: { mon: [{ start, end }] } });

test('a valid definition parses, with defaults for holidays and special days', () => {
  const parsed = parseCalendarDefinition({ timeZone: 'Europe/Berlin', ...mon('08:00', '12:00') });
  assert.deepEqual(parsed.holidays, []);
  assert.deepEqual(parsed.specialDays, []);
  assert.deepEqual(problems({ timeZone: 'UTC', alwaysOpen: true }), []);
  assert.deepEqual(problems({ timeZone: 'UTC', ...mon('22:00', '06:00') }), []); // crosses midnight
  assert.deepEqual(problems({ timeZone: 'UTC', ...mon('00:00', '24:00') }), []);
});

test('every problem is reported at once, with a path', () => {
  const found = problems({
    timeZone: 'Mars/Olympus_Mons',
    weekly: { mon: [{ start: '8:00', end: '12:00' }], tue: [{ start: '24:00', end: '10:00' }] },
    holidays: [{ date: '2026-02-30' }],
  });
  assert.deepEqual(found, [
    'timeZone: unknown time zone (expected an IANA name such as "Europe/Berlin")',
    'weekly.mon.0.start: expected a time "HH:MM" between 00:00 and 24:00',
    'weekly.tue.0.start: a period cannot start at 24:00',
    'holidays.0.date: expected a real date "YYYY-MM-DD"',
  ]);
});

test('overlapping periods are rejected, including a night shift running into the next morning', () => {
  assert.deepEqual(problems({ timeZone: 'UTC', weekly: { mon: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } }), [
    'weekly: periods overlap: mon 08:00–12:00 and mon 11:00–13:00',
  ]);
  assert.deepEqual(problems({ timeZone: 'UTC', weekly: { sun: [{ start: '22:00', end: '07:00' }], mon: [{ start: '06:00', end: '12:00' }] } }), [
    'weekly: periods overlap: sun 22:00–07:00 and mon 06:00–12:00',
  ]);
  // Touching is fine.
  assert.deepEqual(problems({ timeZone: 'UTC', weekly: { mon: [{ start: '08:00', end: '12:00' }, { start: '12:00', end: '13:00' }] } }), []);
});

test('shape rules: one of weekly/alwaysOpen, an open week, no duplicates, no unknown keys', () => {
  assert.deepEqual(problems({ timeZone: 'UTC' }), [': give exactly one of "weekly" and "alwaysOpen"']);
  assert.deepEqual(problems({ timeZone: 'UTC', alwaysOpen: true, ...mon('08:00', '09:00') }), [': give exactly one of "weekly" and "alwaysOpen"']);
  assert.deepEqual(problems({ timeZone: 'UTC', weekly: {} }), ['weekly: the week has no open period (a calendar must open at some time)']);
  assert.deepEqual(problems({ timeZone: 'UTC', ...mon('08:00', '08:00') }), [
    'weekly.mon.0: a period needs a length: start and end are equal (for a whole day use 00:00–24:00)',
  ]);
  assert.deepEqual(problems({
    timeZone: 'UTC', ...mon('08:00', '09:00'),
    holidays: [{ date: '2026-12-25' }, { date: '2026-12-25' }],
    specialDays: [{ date: '2026-12-25', periods: [] }],
  }), ['holidays.1.date: 2026-12-25 is listed twice', 'specialDays.0.date: 2026-12-25 is both a holiday and a special day']);
  assert.equal(problems({ timeZone: 'UTC', ...mon('08:00', '09:00'), colour: 'blue' }).length, 1);
  assert.equal(problems({ timeZone: 'UTC', weekly: { monday: [] } }).length, 2); // unknown key, and no open period
});

test('special days may not cross midnight', () => {
  assert.deepEqual(problems({
    timeZone: 'UTC', ...mon('08:00', '09:00'),
    specialDays: [{ date: '2026-12-24', periods: [{ start: '22:00', end: '02:00' }] }],
  }), ['specialDays.0.periods.0: special-day periods must end on the same day (use "24:00" for midnight)']);
});
