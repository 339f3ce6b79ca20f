// A week of opening hours, compiled from "HH:MM" periods per weekday into minute ranges per day.
// A period whose end is before its start crosses midnight into the next day (Sunday wraps into
// Monday); it is split at midnight, so each day holds only ranges within [0, 1440].
import { WEEKDAYS, parseTimeOfDay } from './local-date.ts';
import type { Weekday } from './local-date.ts';

export interface PeriodText {
  start: string;
  end: string;
}

/** A range of minutes of one local day, [start, end), 0 ≤ start < end ≤ 1440. */
export type MinuteRange = readonly [start: number, end: number];

const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;

interface WeekRange {
  start: number;
  end: number;
  label: string;
}

/** The week's ranges in minutes since Monday 00:00, each labelled for error messages. */
function weekRanges(weekly: Partial<Record<Weekday, readonly PeriodText[]>>): WeekRange[] {
  const ranges: WeekRange[] = [];
  WEEKDAYS.forEach((weekday, index) => {
    for (const period of weekly[weekday] ?? []) {
      const start = parseTimeOfDay(period.start);
      const end = parseTimeOfDay(period.end);
      if (start === undefined || end === undefined || start === end) continue; // reported by validation
      const base = index * DAY_MINUTES;
      const label = `${weekday} ${period.start}–${period.end}`;
      const stop = base + (end > start ? end : DAY_MINUTES + end);
      if (stop <= WEEK_MINUTES) ranges.push({ start: base + start, end: stop, label });
      else {
        ranges.push({ start: base + start, end: WEEK_MINUTES, label });
        ranges.push({ start: 0, end: stop - WEEK_MINUTES, label });
      }
    }
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** Pairs of periods that overlap (touching is fine: 08:00–12:00 and 12:00–13:00 are one stretch). */
export function overlappingPeriods(weekly: Partial<Record<Weekday, readonly PeriodText[]>>): string[] {
  const ranges = weekRanges(weekly);
  const problems: string[] = [];
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current && current.start < previous.end) {
      problems.push(`periods overlap: ${previous.label} and ${current.label}`);
    }
  }
  return problems;
}

/** Minute ranges per ISO weekday (index 0 = Monday), sorted, disjoint, adjacent ones merged. */
export function compileWeek(weekly: Partial<Record<Weekday, readonly PeriodText[]>>): MinuteRange[][] {
  const days: MinuteRange[][] = WEEKDAYS.map(() => []);
  for (const range of weekRanges(weekly)) {
    for (let day = Math.floor(range.start / DAY_MINUTES); day * DAY_MINUTES < range.end; day++) {
      const from = Math.max(range.start, day * DAY_MINUTES) - day * DAY_MINUTES;
      const to = Math.min(range.end, (day + 1) * DAY_MINUTES) - day * DAY_MINUTES;
      if (to > from) days[day]?.push([from, to]);
    }
  }
  return days.map(mergeRanges);
}

/** Ranges of one day given as periods that may not cross midnight (special days). */
export function compileDay(periods: readonly PeriodText[]): MinuteRange[] {
  const ranges: MinuteRange[] = [];
  for (const period of periods) {
    const start = parseTimeOfDay(period.start);
    const end = parseTimeOfDay(period.end);
    if (start !== undefined && end !== undefined && end > start) ranges.push([start, end]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: MinuteRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], range[1])];
    else merged.push(range);
  }
  return merged;
}
