// Forecast inbound volume per interval from history. Every eligible method is back-tested on the
// most recent part of the history (fitted on what came before it), scored by WAPE, and the best is
// refitted on all of it. Holidays and campaigns are known in advance: they are taken out of the
// history before fitting (a holiday is not learnt from; campaign volume is divided by its factor)
// and put into the forecast afterwards, in the back-test as in the real forecast.
import { DAY } from '../../../core/clock.ts';
import { WEEKDAYS, parseLocalDate, timeZone } from '../../../core/calendar/index.ts';
import type { Weekday } from '../../../core/calendar/index.ts';
import { requireFinite } from '../validate.ts';
import { DomainError } from '../../../core/errors.ts';
import { ALLOWED_INTERVAL_MINUTES, binEvents, indexOf, intervalGrid, slotsPerDay } from './interval-grid.ts';
import type { GridInterval } from './interval-grid.ts';
import { METHODS, seasonalMean, slotOfDayMean } from './methods.ts';
import type { Method, Observation } from './methods.ts';

export interface HolidayAdjustment {
  /** Local date, "YYYY-MM-DD". */
  date: string;
  /** Multiply the usual volume, e.g. 0.3; or … */
  factor?: number;
  /** … forecast the date as if it were this weekday, e.g. "sun". */
  like?: Weekday;
}

export interface CampaignAdjustment {
  /** First and last local dates, inclusive. */
  from: string;
  to: string;
  factor: number;
  name?: string;
}

export interface ForecastInput {
  /** The workspace's IANA zone: slots of the week are read on its clock. */
  timeZone: string;
  intervalMinutes?: number;
  history: {
    /** The span the history covers, [start, end): intervals without events in it count as zero. */
    start: number;
    end: number;
    /** Arrival instants of inbound items, or … */
    events?: readonly number[];
    /** … counts already binned: each count is put in the interval containing its start. */
    counts?: readonly { start: number; count: number }[];
  };
  /** Forecast from `start` (default: the end of the history) for this many days. */
  horizon: { start?: number; days: number };
  holidays?: readonly HolidayAdjustment[];
  campaigns?: readonly CampaignAdjustment[];
  /** Days at the end of the history held out for the back-test (default 7, less for short histories). */
  backtestDays?: number;
}

export interface ForecastInterval {
  start: number;
  end: number;
  volume: number;
}

export interface ForecastResult {
  method: string;
  /** WAPE of the chosen method on the back-test: Σ|actual − forecast| / Σ actual; null when it could not be measured. */
  wape: number | null;
  backtest: { method: string; wape: number | null; fromStart: number; toEnd: number } | null;
  candidates: { method: string; wape: number | null }[];
  intervals: ForecastInterval[];
}

interface Adjustments {
  holidays: Map<number, HolidayAdjustment>;
  campaigns: { from: number; to: number; factor: number }[];
}

export function forecastVolume(input: ForecastInput): ForecastResult {
  const minutes = input.intervalMinutes ?? 30;
  if (!(ALLOWED_INTERVAL_MINUTES as readonly number[]).includes(minutes)) {
    throw new DomainError('validation_failed', `intervalMinutes must be one of ${ALLOWED_INTERVAL_MINUTES.join(', ')}`);
  }
  requireFinite('horizon.days', input.horizon.days, { min: Number.MIN_VALUE, max: 366 });
  const zone = timeZone(input.timeZone);
  const adjustments = parseAdjustments(input);
  const slotsPerWeek = 7 * slotsPerDay(minutes);
  const grid = intervalGrid(zone, input.history.start, input.history.end, minutes);
  const actual = historyCounts(grid, input.history);
  const horizonStart = input.horizon.start ?? input.history.end;
  const target = intervalGrid(zone, horizonStart, horizonStart + input.horizon.days * DAY, minutes);

  const historyDays = (input.history.end - input.history.start) / DAY;
  const holdoutDays = Math.min(input.backtestDays ?? 7, Math.floor(historyDays / 3));
  const split = holdoutDays >= 1 ? grid.findIndex((g) => g.start >= input.history.end - holdoutDays * DAY) : -1;
  const candidates = METHODS.map((method) => ({
    method: method.name,
    wape: split > 0 ? backtest(method, grid, actual, split, slotsPerWeek, adjustments) : null,
  }));
  const scored = candidates.filter((c): c is { method: string; wape: number } => c.wape !== null);
  const best = scored.reduce<{ method: string; wape: number } | undefined>((b, c) => (!b || c.wape < b.wape ? c : b), undefined);
  // Without a back-test: the four-week slot mean once there is a week of history, else the time-of-day mean.
  const fallback = weeksIn(grid.length, slotsPerWeek) >= 1 ? seasonalMean : slotOfDayMean;
  const chosen = METHODS.find((m) => m.name === best?.method) ?? fallback;
  const volumes = predict(chosen, grid, actual, target, slotsPerWeek, adjustments);
  return {
    method: chosen.name,
    wape: best?.wape ?? null,
    backtest: best && split > 0
      ? { method: best.method, wape: best.wape, fromStart: grid[split]?.start ?? 0, toEnd: input.history.end }
      : null,
    candidates,
    intervals: target.map((g, i) => ({ start: g.start, end: g.end, volume: volumes[i] ?? 0 })),
  };
}

/** WAPE = Σ|actual − forecast| / Σ actual (null when nothing arrived in the held-out span). */
export function wape(actual: readonly number[], forecast: readonly number[]): number | null {
  let error = 0;
  let total = 0;
  actual.forEach((a, i) => {
    error += Math.abs(a - (forecast[i] ?? 0));
    total += a;
  });
  return total > 0 ? error / total : null;
}

function backtest(method: Method, grid: readonly GridInterval[], actual: readonly number[], split: number, slotsPerWeek: number, adjustments: Adjustments): number | null {
  if (weeksIn(split, slotsPerWeek) < method.minWeeks) return null;
  const forecast = predict(method, grid.slice(0, split), actual.slice(0, split), grid.slice(split), slotsPerWeek, adjustments);
  return wape(actual.slice(split), forecast);
}

function predict(method: Method, grid: readonly GridInterval[], actual: readonly number[], target: readonly GridInterval[], slotsPerWeek: number, adjustments: Adjustments): number[] {
  const observations: Observation[] = grid.map((g, i) => ({ slot: g.slot, value: cleaned(g, actual[i] ?? 0, adjustments) }));
  const predictor = method.fit(observations, slotsPerWeek);
  const end = grid.at(-1)?.end ?? target[0]?.start ?? 0;
  return target.map((g) => {
    const stepsAhead = Math.max(0, Math.floor((g.start - end) / (g.end - g.start)));
    const holiday = adjustments.holidays.get(g.day);
    const perDay = slotsPerWeek / 7;
    const slot = holiday?.like ? WEEKDAYS.indexOf(holiday.like) * perDay + (g.slot % perDay) : g.slot;
    return predictor(slot, stepsAhead) * (holiday?.factor ?? 1) * campaignFactor(g.day, adjustments);
  });
}

/** The value to learn from: none on a holiday, campaign uplift divided out. */
function cleaned(g: GridInterval, value: number, adjustments: Adjustments): number | null {
  if (adjustments.holidays.has(g.day)) return null;
  return value / campaignFactor(g.day, adjustments);
}

function campaignFactor(day: number, adjustments: Adjustments): number {
  let factor = 1;
  for (const c of adjustments.campaigns) if (day >= c.from && day <= c.to) factor *= c.factor;
  return factor;
}

function historyCounts(grid: readonly GridInterval[], history: ForecastInput['history']): number[] {
  const counts = binEvents(grid, history.events ?? []);
  for (const { start, count } of history.counts ?? []) {
    requireFinite('history.counts.count', count, { min: 0 });
    const index = indexOf(grid, start);
    if (index !== undefined) counts[index] = (counts[index] ?? 0) + count;
  }
  return counts;
}

function weeksIn(intervals: number, slotsPerWeek: number): number {
  return Math.floor(intervals / slotsPerWeek);
}

function parseAdjustments(input: ForecastInput): Adjustments {
  const day = (date: string, field: string): number => {
    const parsed = parseLocalDate(date);
    if (parsed === undefined) throw new DomainError('validation_failed', `${field} must be a date "YYYY-MM-DD", got ${date}`);
    return parsed;
  };
  const holidays = new Map<number, HolidayAdjustment>();
  for (const h of input.holidays ?? []) {
    if (h.factor !== undefined) requireFinite('holidays.factor', h.factor, { min: 0 });
    if (h.like !== undefined && !WEEKDAYS.includes(h.like)) throw new DomainError('validation_failed', `holidays.like must be one of ${WEEKDAYS.join(', ')}`);
    holidays.set(day(h.date, 'holidays.date'), h);
  }
  const campaigns = (input.campaigns ?? []).map((c) => {
    requireFinite('campaigns.factor', c.factor, { min: Number.MIN_VALUE });
    return { from: day(c.from, 'campaigns.from'), to: day(c.to, 'campaigns.to'), factor: c.factor };
  });
  return { holidays, campaigns };
}
