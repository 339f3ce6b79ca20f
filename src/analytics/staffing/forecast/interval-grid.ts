// The grid of forecast intervals: real 30-minute (or other) spans of time, aligned to the local
// clock of the workspace's zone, each labelled with its slot of the week (Monday 00:00 = slot 0).
// On a spring-forward night the skipped slots simply do not occur; on a fall-back night the
// repeated hour yields two intervals with the same slots. Every interval lasts exactly its length.
import { MINUTE } from '../../../core/clock.ts';
import { localPosition, startOfLocalDay, localDayOf } from '../../../core/calendar/index.ts';
import type { TimeZone } from '../../../core/calendar/index.ts';

export interface GridInterval {
  start: number;
  end: number;
  /** Slot of the week on the local clock: weekday · slotsPerDay + slot of the day. */
  slot: number;
  /** Local day number (days since 1970-01-01 on the local calendar). */
  day: number;
}

export const ALLOWED_INTERVAL_MINUTES = [15, 30, 60] as const;

export function slotsPerDay(intervalMinutes: number): number {
  return 1440 / intervalMinutes;
}

/** Intervals whose start lies in [from, to), on the local grid. */
export function intervalGrid(zone: TimeZone, from: number, to: number, intervalMinutes: number): GridInterval[] {
  const step = intervalMinutes * MINUTE;
  const perDay = slotsPerDay(intervalMinutes);
  const grid: GridInterval[] = [];
  let t = startOfLocalDay(zone, localDayOf(zone, from));
  while (t < to) {
    const position = localPosition(zone, t);
    if (t >= from) {
      grid.push({
        start: t,
        end: t + step,
        slot: position.weekday * perDay + Math.floor(position.minuteOfDay / intervalMinutes),
        day: position.day,
      });
    }
    t = alignedAfter(zone, t + step, step);
  }
  return grid;
}

/** The first instant at or after t whose wall time sits on the grid (a clock change by a fraction of the step shifts the grid). */
function alignedAfter(zone: TimeZone, t: number, step: number): number {
  const offGrid = ((zone.wallTime(t) % step) + step) % step;
  return offGrid === 0 ? t : t + (step - offGrid);
}

/** Counts events (epoch ms) into the grid; events outside it are ignored. */
export function binEvents(grid: readonly GridInterval[], events: readonly number[]): number[] {
  const counts = new Array<number>(grid.length).fill(0);
  for (const event of events) {
    const index = indexOf(grid, event);
    if (index !== undefined) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** The grid interval containing instant t, by binary search. */
export function indexOf(grid: readonly GridInterval[], t: number): number | undefined {
  let lo = 0;
  let hi = grid.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = grid[mid];
    if (!interval) return undefined;
    if (t < interval.start) hi = mid - 1;
    else if (t >= interval.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
