// The stored form of a business-hours calendar (one per workspace or team), validated with zod.
// Example:
//   { "timeZone": "Europe/Berlin",
//     "weekly": { "mon": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "18:00" }],
//                 "fri": [{ "start": "22:00", "end": "06:00" }] },
//     "holidays": [{ "date": "2026-12-25", "name": "Christmas Day" }],
//     "specialDays": [{ "date": "2026-12-24", "periods": [{ "start": "09:00", "end": "12:00" }] }] }
// or { "timeZone": "UTC", "alwaysOpen": true }.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { WEEKDAYS, parseLocalDate, parseTimeOfDay } from './local-date.ts';
import { overlappingPeriods } from './weekly-pattern.ts';
import { isValidTimeZone } from './time-zone.ts';

const hhmm = z.string().refine((text) => parseTimeOfDay(text) !== undefined, {
  message: 'expected a time "HH:MM" between 00:00 and 24:00',
});

const period = z.strictObject({
  start: hhmm.refine((text) => text !== '24:00', { message: 'a period cannot start at 24:00' }),
  end: hhmm,
}).refine((p) => p.start !== p.end, {
  message: 'a period needs a length: start and end are equal (for a whole day use 00:00–24:00)',
});

const localDate = z.string().refine((text) => parseLocalDate(text) !== undefined, {
  message: 'expected a real date "YYYY-MM-DD"',
});

const holiday = z.strictObject({ date: localDate, name: z.string().max(200).optional() });

const specialDay = z.strictObject({
  date: localDate,
  name: z.string().max(200).optional(),
  /** Opening hours that replace the weekday's on this date; an empty list closes the day. */
  periods: z.array(period.refine((p) => p.end === '24:00' || p.end > p.start, {
    message: 'special-day periods must end on the same day (use "24:00" for midnight)',
  })).max(24),
});

const weekly = z.strictObject(Object.fromEntries(
  WEEKDAYS.map((day) => [day, z.array(period).max(24).optional()]),
) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<z.ZodArray<typeof period>>>);

export const calendarDefinitionSchema = z.strictObject({
  /** IANA time zone name, e.g. "Europe/Berlin"; local times and dates are read in it. */
  timeZone: z.string().refine(isValidTimeZone, { message: 'unknown time zone (expected an IANA name such as "Europe/Berlin")' }),
  /** Open periods per weekday; a missing weekday is closed. An end before the start crosses midnight. */
  weekly: weekly.optional(),
  /** Open around the clock (24/7); holidays and special days still apply. */
  alwaysOpen: z.literal(true).optional(),
  /** Local dates closed all day. */
  holidays: z.array(holiday).max(5000).default([]),
  /** Local dates with their own opening hours. */
  specialDays: z.array(specialDay).max(5000).default([]),
}).superRefine((definition, context) => {
  if ((definition.weekly === undefined) === (definition.alwaysOpen === undefined)) {
    context.addIssue({ code: 'custom', message: 'give exactly one of "weekly" and "alwaysOpen"', path: [] });
  }
  if (definition.weekly) {
    for (const problem of overlappingPeriods(definition.weekly)) context.addIssue({ code: 'custom', message: problem, path: ['weekly'] });
    const open = WEEKDAYS.some((day) => (definition.weekly?.[day] ?? []).length > 0);
    if (!open) context.addIssue({ code: 'custom', message: 'the week has no open period (a calendar must open at some time)', path: ['weekly'] });
  }
  reportDuplicates(definition.holidays.map((h) => h.date), 'holidays', context);
  reportDuplicates(definition.specialDays.map((s) => s.date), 'specialDays', context);
  const holidayDates = new Set(definition.holidays.map((h) => h.date));
  definition.specialDays.forEach((special, index) => {
    if (holidayDates.has(special.date)) {
      context.addIssue({ code: 'custom', message: `${special.date} is both a holiday and a special day`, path: ['specialDays', index, 'date'] });
    }
  });
});

export type CalendarDefinitionInput = z.input<typeof calendarDefinitionSchema>;
export type CalendarDefinition = z.output<typeof calendarDefinitionSchema>;

function reportDuplicates(dates: string[], field: string, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  dates.forEach((date, index) => {
    if (seen.has(date)) context.addIssue({ code: 'custom', message: `${date} is listed twice`, path: [field, index, 'date'] });
    seen.add(date);
  });
}

/** Validates a stored or submitted definition; throws DomainError('validation_failed') listing every problem. */
export function parseCalendarDefinition(input: unknown): CalendarDefinition {
  const result = calendarDefinitionSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw new DomainError('validation_failed', `invalid business-hours calendar: ${summary}`, { issues });
}
