// fast-check generators for business-hours calendars, shared by the property tests. Calendars are
// drawn as disjoint ranges of half-hours in the week, written as weekday periods: sometimes as one
// period crossing midnight, sometimes split at midnight, so both spellings are exercised.
import fc from 'fast-check';
import { DAY } from '../clock.ts';
import { WEEKDAYS, formatLocalDate } from './local-date.ts';
import type { CalendarDefinitionInput } from './calendar-definition.ts';

export const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'UTC'] as const;

/** The 2026 clock changes of each zone (UTC instants), to aim instants at. */
export const TRANSITIONS_2026: Record<string, number[]> = {
  'Europe/Berlin': [Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-10-25T01:00:00Z')],
  'America/New_York': [Date.parse('2026-03-08T07:00:00Z'), Date.parse('2026-11-01T06:00:00Z')],
  'Australia/Sydney': [Date.parse('2026-04-04T16:00:00Z'), Date.parse('2026-10-03T16:00:00Z')],
  'America/St_Johns': [Date.parse('2026-03-08T05:30:00Z'), Date.parse('2026-11-01T04:30:00Z')],
  'Asia/Kolkata': [Date.parse('2026-06-01T00:00:00Z')],
  UTC: [Date.parse('2026-06-01T00:00:00Z')],
};

const HALF_HOURS_PER_DAY = 48;
const HALF_HOURS_PER_WEEK = 7 * HALF_HOURS_PER_DAY;
const FIRST_DAY = Date.parse('2026-01-01T00:00:00Z') / DAY;

export interface GeneratedCalendar {
  definition: CalendarDefinitionInput;
  /** The open week as [start, end) in half-hours since Monday 00:00: the oracle's source of truth. */
  weekRanges: [number, number][];
  /** Day numbers closed all day. */
  holidayDays: number[];
}

const hhmm = (halfHours: number): string =>
  `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 === 0 ? '00' : '30'}`;

function toWeekly(ranges: [number, number][], crossMidnight: boolean): Record<string, { start: string; end: string }[]> {
  const weekly: Record<string, { start: string; end: string }[]> = {};
  const add = (day: number, start: number, end: number): void => {
    const name = WEEKDAYS[day] ?? 'mon';
    (weekly[name] ??= []).push({ start: hhmm(start), end: hhmm(end) });
  };
  for (const [from, to] of ranges) {
    let a = from;
    while (a < to) {
      const day = Math.floor(a / HALF_HOURS_PER_DAY);
      const dayEnd = (day + 1) * HALF_HOURS_PER_DAY;
      if (to <= dayEnd) {
        add(day, a - day * HALF_HOURS_PER_DAY, to - day * HALF_HOURS_PER_DAY);
        a = to;
      } else if (crossMidnight && to - a < HALF_HOURS_PER_DAY && to < dayEnd + HALF_HOURS_PER_DAY) {
        add(day, a - day * HALF_HOURS_PER_DAY, to - dayEnd);
        a = to;
      } else {
        add(day, a - day * HALF_HOURS_PER_DAY, HALF_HOURS_PER_DAY);
        a = dayEnd;
      }
    }
  }
  return weekly;
}

export function calendarArbitrary(options: { zones?: readonly string[]; maxHolidays?: number } = {}): fc.Arbitrary<GeneratedCalendar> {
  return fc.record({
    timeZone: fc.constantFrom(...(options.zones ?? ZONES)),
    boundaries: fc.uniqueArray(fc.integer({ min: 0, max: HALF_HOURS_PER_WEEK }), { minLength: 2, maxLength: 16 }),
    crossMidnight: fc.boolean(),
    holidays: fc.uniqueArray(fc.integer({ min: -10, max: 380 }), { maxLength: options.maxHolidays ?? 6 }),
  }).map(({ timeZone, boundaries, crossMidnight, holidays }) => {
    const sorted = [...boundaries].sort((x, y) => x - y);
    const weekRanges: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) weekRanges.push([sorted[i] ?? 0, sorted[i + 1] ?? 0]);
    const holidayDays = holidays.map((offset) => FIRST_DAY + offset);
    return {
      definition: {
        timeZone,
        weekly: toWeekly(weekRanges, crossMidnight),
        holidays: holidayDays.map((day) => ({ date: formatLocalDate(day) })),
      },
      weekRanges,
      holidayDays,
    };
  });
}

/** Instants in 2026, half of them within hours of the zone's clock changes. */
export function instantArbitrary(timeZone: string): fc.Arbitrary<number> {
  const near = TRANSITIONS_2026[timeZone] ?? [];
  return fc.oneof(
    fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
    fc.tuple(fc.constantFrom(...near), fc.integer({ min: -30 * 3_600_000, max: 30 * 3_600_000 })).map(([t, d]) => t + d),
  );
}

/** Business durations: mostly SLA-sized, sometimes weeks long. */
export const durationArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 4 * 3_600_000 }),
  fc.integer({ min: 0, max: 60 * 86_400_000 }),
);
