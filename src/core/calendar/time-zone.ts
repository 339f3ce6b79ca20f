// Time-zone arithmetic on epoch milliseconds, built on Intl.DateTimeFormat alone (no date library:
// the engine already ships the IANA database, and all we need is "what is the UTC offset at this
// instant"). Intl is slow (about 5 µs a call), so offsets are cached per UTC day: one call per day
// boundary, plus a binary search on the rare days that hold a transition.
//
// "Wall time" below is a local date and time encoded as if it were UTC: Date.UTC(y, m, d, h, min).
// It is a coordinate, not an instant.
import { DAY } from '../clock.ts';

interface DayOffsets {
  /** Offset (wall minus UTC, ms) from the start of the UTC day. */
  readonly before: number;
  /** The instant the offset changes within the day, or Infinity. */
  readonly changeAt: number;
  readonly after: number;
}

const FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
  hour: 'numeric', minute: 'numeric', second: 'numeric',
};
// A cache bounded by a simple reset: enough for years of SLA arithmetic per zone.
const MAX_CACHED_DAYS = 50_000;

export class TimeZone {
  readonly name: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #days = new Map<number, DayOffsets>();

  constructor(name: string) {
    // Throws RangeError for unknown zones; resolvedOptions gives the canonical spelling.
    this.#format = new Intl.DateTimeFormat('en-US', { ...FORMAT_OPTIONS, timeZone: name });
    this.name = this.#format.resolvedOptions().timeZone;
  }

  /** Wall time minus UTC, in ms, in force at instant t. */
  offsetAt(t: number): number {
    const day = this.#day(Math.floor(t / DAY));
    return t < day.changeAt ? day.before : day.after;
  }

  /** The local wall time (as a UTC-encoded coordinate) shown at instant t. */
  wallTime(t: number): number {
    return t + this.offsetAt(t);
  }

  /**
   * The first instant at which the local clock shows `wall` or later. For an ordinary wall time that
   * is the one instant showing it; in a fall-back overlap it is the first of the two; in a
   * spring-forward gap (a wall time that never shows) it is the instant of the jump.
   * Non-decreasing in `wall`, so it maps sorted wall-time intervals to sorted instant intervals.
   */
  firstInstantAtOrAfter(wall: number): number {
    const early = this.offsetAt(wall - DAY);
    const late = this.offsetAt(wall + DAY);
    const byEarly = wall - early;
    const byLate = wall - late;
    const earlyValid = this.offsetAt(byEarly) === early;
    const lateValid = this.offsetAt(byLate) === late;
    if (earlyValid && lateValid) return Math.min(byEarly, byLate);
    if (earlyValid) return byEarly;
    if (lateValid) return byLate;
    // A gap: the clock jumped over `wall` at the transition between the two candidates.
    return this.#transitionBetween(Math.min(byEarly, byLate), Math.max(byEarly, byLate));
  }

  /** Whether the offset is the same throughout [a, b]. */
  isConstantBetween(a: number, b: number): boolean {
    const first = Math.floor(a / DAY);
    const last = Math.floor(b / DAY);
    for (let d = first; d <= last; d++) {
      const { changeAt } = this.#day(d);
      if (changeAt > a && changeAt <= b) return false;
    }
    return true;
  }

  #transitionBetween(a: number, b: number): number {
    for (let d = Math.floor(a / DAY); d <= Math.floor(b / DAY); d++) {
      const day = this.#day(d);
      if (day.changeAt !== Infinity && day.changeAt > a && day.changeAt <= b) return day.changeAt;
    }
    return b;
  }

  #day(index: number): DayOffsets {
    const cached = this.#days.get(index);
    if (cached) return cached;
    if (this.#days.size >= MAX_CACHED_DAYS) this.#days.clear();
    const start = index * DAY;
    const before = this.#rawOffset(start);
    const after = this.#rawOffset(start + DAY);
    const entry = before === after
      ? { before, changeAt: Infinity, after }
      : { before, changeAt: this.#searchChange(start, start + DAY, before), after };
    this.#days.set(index, entry);
    return entry;
  }

  /** The first second in (lo, hi] whose offset differs from `before` (transitions fall on whole seconds). */
  #searchChange(lo: number, hi: number, before: number): number {
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.#rawOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  #rawOffset(t: number): number {
    const whole = t - (((t % 1000) + 1000) % 1000);
    const parts: Record<string, string> = {};
    for (const part of this.#format.formatToParts(whole)) parts[part.type] = part.value;
    const year = Number(parts.year);
    const wall = Date.UTC(
      parts.era === 'BC' ? 1 - year : year, Number(parts.month) - 1, Number(parts.day),
      Number(parts.hour), Number(parts.minute), Number(parts.second),
    );
    // Date.UTC maps years 0..99 to 1900..1999; those instants are far outside any use here.
    return wall - whole;
  }
}

const zones = new Map<string, TimeZone>();

/** A shared TimeZone per name (its cache is worth keeping). Throws RangeError for unknown zones. */
export function timeZone(name: string): TimeZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new TimeZone(name);
    zones.set(name, zone);
  }
  return zone;
}

export function isValidTimeZone(name: string): boolean {
  try {
    timeZone(name);
    return true;
  } catch {
    return false;
  }
}
