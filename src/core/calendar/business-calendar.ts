// Business-hours arithmetic for SLA timers ("first response within 60 business minutes").
//
// The open time is defined on the local clock: each local date has minute ranges (its weekday's, or
// a special day's, or none on a holiday). A range maps to real instants by the rule "a boundary
// happens the first time the local clock shows that time or later" (TimeZone.firstInstantAtOrAfter):
// - spring forward: a boundary inside the skipped hour happens at the jump, so 00:00–24:00 lasts
//   23 real hours and 02:30–06:00 in Berlin on 2026-03-29 opens at 03:00 CEST;
// - fall back: the repeated hour is real time and counts once per real elapsed second, so
//   00:00–24:00 lasts 25 hours; a boundary inside the repeated hour happens on its first showing.
// Every function works on the same instant intervals, so they agree with one another exactly.
import { DAY, MINUTE } from '../clock.ts';
import { parseCalendarDefinition } from './calendar-definition.ts';
import type { CalendarDefinition } from './calendar-definition.ts';
import { localDayOf, parseLocalDate, weekdayOf } from './local-date.ts';
import { timeZone } from './time-zone.ts';
import type { TimeZone } from './time-zone.ts';
import { compileDay, compileWeek } from './weekly-pattern.ts';
import type { MinuteRange } from './weekly-pattern.ts';

export interface OpenInterval {
  start: number;
  end: number;
}

const FULL_DAY: readonly MinuteRange[] = [[0, 1440]];

export class BusinessCalendar {
  readonly definition: CalendarDefinition;
  readonly zone: TimeZone;
  readonly #week: readonly (readonly MinuteRange[])[];
  readonly #overrides: ReadonlyMap<number, readonly MinuteRange[]>;
  /** Sorted day numbers of holidays and special days. */
  readonly #overrideDays: readonly number[];
  /** Business time in any 7 consecutive ordinary days with no clock change: the weekly total. */
  readonly #weekMs: number;
  readonly #fullWeek: boolean;

  /** Builds a calendar from a stored or submitted definition, validating it first. */
  static from(definition: unknown): BusinessCalendar {
    return new BusinessCalendar(parseCalendarDefinition(definition));
  }

  /** Open around the clock: business time equals elapsed time. */
  static alwaysOpen(timeZoneName = 'UTC'): BusinessCalendar {
    return BusinessCalendar.from({ timeZone: timeZoneName, alwaysOpen: true });
  }

  private constructor(definition: CalendarDefinition) {
    this.definition = definition;
    this.zone = timeZone(definition.timeZone);
    this.#week = definition.alwaysOpen ? Array.from({ length: 7 }, () => FULL_DAY) : compileWeek(definition.weekly ?? {});
    const overrides = new Map<number, readonly MinuteRange[]>();
    for (const holiday of definition.holidays) overrides.set(dayNumber(holiday.date), []);
    for (const special of definition.specialDays) overrides.set(dayNumber(special.date), compileDay(special.periods));
    this.#overrides = overrides;
    this.#overrideDays = [...overrides.keys()].sort((a, b) => a - b);
    this.#weekMs = this.#week.flat().reduce((sum, [s, e]) => sum + (e - s) * MINUTE, 0);
    this.#fullWeek = this.#weekMs === 7 * DAY;
  }

  isOpen(t: number): boolean {
    checkInstant(t);
    return this.#firstIntervalEndingAfter(t).start <= t;
  }

  /** The first instant at or after t when the calendar is open (t itself when open). */
  nextOpen(t: number): number {
    checkInstant(t);
    return Math.max(t, this.#firstIntervalEndingAfter(t).start);
  }

  /** The next instant after t when open turns closed or closed turns open; Infinity if never. */
  nextChange(t: number): number {
    checkInstant(t);
    const interval = this.#intervalEndingAfter(t);
    return interval.start <= t ? interval.end : interval.start;
  }

  /**
   * The deadline: the first instant at which `ms` of business time has elapsed since `start`.
   * For ms > 0 it is inside an open interval or at its end, never within a closed stretch;
   * for ms = 0 it is `start` itself.
   */
  addBusinessTime(start: number, ms: number): number {
    checkInstant(start);
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`business time must be a finite number of ms ≥ 0, got ${ms}`);
    if (ms === 0) return start;
    if (this.#alwaysOpenFrom(start)) return start + ms;
    let remaining = ms;
    for (let day = localDayOf(this.zone, start); ; day++) {
      while (remaining > this.#weekMs && this.#dayStart(day) >= start && this.#isPlainWeek(day)) {
        remaining -= this.#weekMs;
        day += 7;
      }
      for (const [s, e] of this.#rangesOf(day)) {
        const from = Math.max(start, this.#at(day, s));
        const length = this.#at(day, e) - from;
        if (length <= 0) continue;
        if (length >= remaining) return from + remaining;
        remaining -= length;
      }
    }
  }

  /** Business time in [a, b), in ms; 0 when b ≤ a. */
  businessTimeBetween(a: number, b: number): number {
    checkInstant(a);
    checkInstant(b);
    if (b <= a) return 0;
    if (this.#alwaysOpenFrom(a)) return b - a;
    let total = 0;
    for (let day = localDayOf(this.zone, a); this.#dayStart(day) < b; day++) {
      while (this.#dayStart(day) >= a && this.#dayStart(day + 7) <= b && this.#isPlainWeek(day)) {
        total += this.#weekMs;
        day += 7;
      }
      for (const [s, e] of this.#rangesOf(day)) {
        const length = Math.min(b, this.#at(day, e)) - Math.max(a, this.#at(day, s));
        if (length > 0) total += length;
      }
    }
    return total;
  }

  /** The open intervals overlapping [from, to), clipped to it, adjacent ones merged. */
  openIntervals(from: number, to: number): OpenInterval[] {
    checkInstant(from);
    checkInstant(to);
    const result: OpenInterval[] = [];
    let t = from;
    while (t < to) {
      const interval = this.#intervalEndingAfter(t);
      if (interval.start >= to) break;
      result.push({ start: Math.max(t, interval.start), end: Math.min(to, interval.end) });
      t = interval.end;
    }
    return result;
  }

  /** The first open interval of a single day whose end is after t (it may contain t, or start later). */
  #firstIntervalEndingAfter(t: number): OpenInterval {
    // Days before t's local day end by the start of that day, which is at or before t.
    for (let day = localDayOf(this.zone, t); ; day++) {
      if (this.#openForeverFrom(day)) return { start: this.#dayStart(day), end: Infinity };
      for (const [s, e] of this.#rangesOf(day)) {
        const end = this.#at(day, e);
        if (end <= t) continue;
        const start = this.#at(day, s);
        if (end > start) return { start, end };
      }
    }
  }

  /** Like #firstIntervalEndingAfter, but merged with the intervals that follow without a gap. */
  #intervalEndingAfter(t: number): OpenInterval {
    const interval = { ...this.#firstIntervalEndingAfter(t) };
    while (interval.end !== Infinity) {
      const day = localDayOf(this.zone, interval.end);
      if (this.#fullWeek && this.#dayStart(day) === interval.end && !this.#overrides.has(day)) {
        // Ordinary days of a 24/7 week run on without a gap until the next holiday or special day.
        const next = this.#nextOverrideDay(day);
        if (next === undefined) return { start: interval.start, end: Infinity };
        interval.end = this.#dayStart(next);
      }
      const following = this.#firstIntervalEndingAfter(interval.end);
      if (following.start > interval.end) break;
      interval.end = following.end;
    }
    return interval;
  }

  #rangesOf(day: number): readonly MinuteRange[] {
    return this.#overrides.get(day) ?? this.#week[weekdayOf(day)] ?? [];
  }

  /** The instant of a local day's minute (per the first-showing rule). */
  #at(day: number, minute: number): number {
    return this.zone.firstInstantAtOrAfter(day * DAY + minute * MINUTE);
  }

  #dayStart(day: number): number {
    return this.zone.firstInstantAtOrAfter(day * DAY);
  }

  /** Seven days from `day` with no holiday, special day or clock change: worth exactly #weekMs. */
  #isPlainWeek(day: number): boolean {
    return !this.#hasOverrideIn(day, day + 7) && this.zone.isConstantBetween(this.#dayStart(day), this.#dayStart(day + 7));
  }

  #hasOverrideIn(fromDay: number, toDay: number): boolean {
    const next = this.#nextOverrideDay(fromDay);
    return next !== undefined && next < toDay;
  }

  /** The first holiday or special day on or after `day`. */
  #nextOverrideDay(day: number): number | undefined {
    const days = this.#overrideDays;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] ?? Infinity) < day) lo = mid + 1;
      else hi = mid;
    }
    return days[lo];
  }

  /** Open around the clock from this local day on: a full week and no later holiday or special day. */
  #openForeverFrom(day: number): boolean {
    return this.#fullWeek && !this.#hasOverrideIn(day, Infinity);
  }

  #alwaysOpenFrom(t: number): boolean {
    return this.#openForeverFrom(localDayOf(this.zone, t) - 1);
  }
}

function dayNumber(date: string): number {
  const day = parseLocalDate(date);
  if (day === undefined) throw new RangeError(`not a date: ${date}`);
  return day;
}

function checkInstant(t: number): void {
  if (!Number.isFinite(t)) throw new RangeError(`expected an instant in epoch ms, got ${t}`);
}
