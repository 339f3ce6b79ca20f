// Civil (local) dates as day numbers: days since 1970-01-01, whatever the time zone. Pure
// arithmetic, so the process time zone never matters.
import { DAY, MINUTE } from '../clock.ts';
import type { TimeZone } from './time-zone.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** "2026-03-29" → day number, or undefined when it is not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / DAY;
}

export function formatLocalDate(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** "08:30" → 510 minutes; "24:00" is allowed as the end of a day. Undefined when malformed. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO weekday index of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The local day number at instant t in `zone`. */
export function localDayOf(zone: TimeZone, t: number): number {
  return Math.floor(zone.wallTime(t) / DAY);
}

/** Where instant t falls on the local clock: its day number, weekday and minute of the day. */
export function localPosition(zone: TimeZone, t: number): { day: number; weekday: number; minuteOfDay: number } {
  const wall = zone.wallTime(t);
  const day = Math.floor(wall / DAY);
  return { day, weekday: weekdayOf(day), minuteOfDay: Math.floor((wall - day * DAY) / MINUTE) };
}

/** The first instant of a local date (its midnight, or the first instant after it on a day that skips it). */
export function startOfLocalDay(zone: TimeZone, dayNumber: number): number {
  return zone.firstInstantAtOrAfter(dayNumber * DAY);
}
