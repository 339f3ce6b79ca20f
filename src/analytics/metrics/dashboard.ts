// Turns rollup sums and sketches into the dashboard's figures. Definitions (docs/analytics.md):
//   response rate          answered / needs response (conversations that needed a response)
//   response rate in SLA   answered within the first-response SLA / needs response
//   SLA met %              SLA clocks met / (met + missed), every target and cycle
//   times                  median and p90 from the merged sketches (≤ 4.4% relative error)
//   backlog                needs-response conversations started and not yet resolved, at each day's end
//   public share           public conversations / all conversations
//   reach of unanswered negative posts   followers of the authors of public, negative, unanswered conversations
import { formatLocalDate, weekdayOf } from '../../core/calendar/index.ts';
import { HOUR_COLUMNS, SKETCH_COLUMNS, type CounterColumn, type SketchColumn } from './contributions.ts';
import { decodeInto, countOf, quantile, SKETCH_RELATIVE_ERROR, type Sketch } from './sketch.ts';

export type Sums = Record<CounterColumn, number>;

export interface TimeFigures {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface Kpis {
  conversations: number;
  inboundMessages: number;
  needsResponse: number;
  answered: number;
  answeredInSla: number;
  responseRate: number | null;
  responseRateInSla: number | null;
  slaMet: number;
  slaMissed: number;
  slaMetShare: number | null;
  publicShare: number | null;
  privateShare: number | null;
  resolved: number;
  unansweredNegative: number;
  unansweredNegativeReach: number;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? round4(part / whole) : null);
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function kpisOf(s: Sums): Kpis {
  return {
    conversations: s.conversations, inboundMessages: s.inbound_messages, needsResponse: s.needs_response,
    answered: s.answered, answeredInSla: s.answered_in_sla,
    responseRate: share(s.answered, s.needs_response), responseRateInSla: share(s.answered_in_sla, s.needs_response),
    slaMet: s.sla_met, slaMissed: s.sla_missed, slaMetShare: share(s.sla_met, s.sla_met + s.sla_missed),
    publicShare: share(s.public_count, s.public_count + s.private_count), privateShare: share(s.private_count, s.public_count + s.private_count),
    resolved: s.resolved, unansweredNegative: s.unanswered_negative, unansweredNegativeReach: s.unanswered_negative_reach,
  };
}

export function timeFigures(sketch: Sketch | undefined): TimeFigures {
  if (!sketch) return { count: 0, medianMs: null, p90Ms: null };
  const median = quantile(sketch, 0.5);
  const p90 = quantile(sketch, 0.9);
  return { count: countOf(sketch), medianMs: median === null ? null : Math.round(median), p90Ms: p90 === null ? null : Math.round(p90) };
}

export type SketchSet = Partial<Record<SketchColumn, Sketch>>;

/** Merges stored sketches into sets keyed by `keyOf` (one set for '' = everything). */
export function mergeSketches<R extends Record<SketchColumn, string>>(rows: readonly R[], keyOf: (row: R) => string): Map<string, SketchSet> {
  const sets = new Map<string, SketchSet>();
  for (const row of rows) {
    const key = keyOf(row);
    let set = sets.get(key);
    if (!set) sets.set(key, set = {});
    for (const column of SKETCH_COLUMNS) {
      const text = row[column];
      if (!text) continue;
      const sketch = set[column] ?? new Map<number, number>();
      decodeInto(sketch, text);
      set[column] = sketch;
    }
  }
  return sets;
}

export interface ResponseTimes {
  firstResponse: { all: TimeFigures; business: TimeFigures };
  nextResponse: { all: TimeFigures; business: TimeFigures };
  resolution: { all: TimeFigures; business: TimeFigures };
}

export function responseTimes(set: SketchSet | undefined): ResponseTimes {
  return {
    firstResponse: { all: timeFigures(set?.frt), business: timeFigures(set?.frt_bh) },
    nextResponse: { all: timeFigures(set?.nrt), business: timeFigures(set?.nrt_bh) },
    resolution: { all: timeFigures(set?.res), business: timeFigures(set?.res_bh) },
  };
}

/** Conversations started per local weekday (0 = Monday) and hour. */
export function heatmapOf(byDay: ReadonlyArray<Sums & { day: number | string }>): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const row of byDay) {
    const weekday = weekdayOf(Number(row.day));
    HOUR_COLUMNS.forEach((column, hour) => { grid[weekday]![hour]! += row[column]; });
  }
  return grid;
}

export interface DayPoint {
  date: string;
  day: number;
  conversations: number;
  needsResponse: number;
  answered: number;
  responseRate: number | null;
  positive: number;
  neutral: number;
  negative: number;
  resolved: number;
  backlog: number;
  slaMetShare: number | null;
  firstResponseMedianMs: number | null;
}

/** One point per day of the range (days without rows are zeros), with the backlog carried through. */
export function dailySeries(fromDay: number, toDay: number, byDay: ReadonlyArray<Sums & { day: number | string }>, carry: number, sketchesByDay: Map<string, SketchSet>): DayPoint[] {
  const rows = new Map(byDay.map((r) => [Number(r.day), r]));
  const points: DayPoint[] = [];
  let backlog = carry;
  for (let day = fromDay; day <= toDay; day++) {
    const r = rows.get(day);
    backlog += (r?.needs_response ?? 0) - (r?.backlog_closed ?? 0);
    points.push({
      date: formatLocalDate(day), day,
      conversations: r?.conversations ?? 0, needsResponse: r?.needs_response ?? 0, answered: r?.answered ?? 0,
      responseRate: share(r?.answered ?? 0, r?.needs_response ?? 0),
      positive: r?.positive ?? 0, neutral: r?.neutral ?? 0, negative: r?.negative ?? 0, resolved: r?.resolved ?? 0,
      backlog: Math.max(0, backlog), slaMetShare: share(r?.sla_met ?? 0, (r?.sla_met ?? 0) + (r?.sla_missed ?? 0)),
      firstResponseMedianMs: timeFigures(sketchesByDay.get(String(day))?.frt).medianMs,
    });
  }
  return points;
}

export const SKETCH_ERROR = round4(SKETCH_RELATIVE_ERROR);
