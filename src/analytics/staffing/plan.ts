// The staffing plan: for each forecast interval, the headcount needed to meet the SLA (Erlang C, or
// Erlang A when a mean patience is given), against the headcount scheduled, and the shortfall.
// Scenarios rerun the plan with a peak ("+60% on these days") or an outsourced team on its own
// hours and handle time. Row fields are snake_case: they are the JSON contract of
// `earshot forecast --json` and the staffing API.
//
// An outsourced agent with a handle-time factor f (their AHT / ours) handles 1/f of the work of one
// of ours, and is present for the share of the interval their calendar is open: their capacity is
// counted as agents · coverage · (1 − their shrinkage) / f productive agents of ours, then grossed
// up by our shrinkage so it can be added to our scheduled headcount. Capacity-equivalence is an
// approximation of a pooled queue with unequal servers, the usual one in workforce planning.
import { BusinessCalendar, localDayOf, parseLocalDate, timeZone } from '../../core/calendar/index.ts';
import { HOUR } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import { agentsNeeded, agentsNeededErlangA } from './agents-needed.ts';
import { requireFinite, requireShare } from './validate.ts';

export interface PlanInterval {
  start: number;
  end: number;
  volume: number;
}

export interface RosterSpan {
  start: number;
  end: number;
  agents: number;
}

export interface PeakAdjustment {
  /** Volume multiplier, e.g. 1.6 for +60%. */
  factor: number;
  /** Local dates ("YYYY-MM-DD") it applies to; with neither days nor ranges, every interval. */
  days?: readonly string[];
  /** Instant ranges [start, end) it applies to (an interval counts when its start is inside). */
  ranges?: readonly { start: number; end: number }[];
}

export interface OutsourcedTeam {
  name?: string;
  agents: number;
  /** Their working hours: a business-hours calendar definition (see core/calendar). */
  hours: unknown;
  /** Their handle time relative to ours: 1.25 means 25% slower. */
  handleTimeFactor: number;
  shrinkage?: number;
}

export interface Scenario {
  name: string;
  peaks?: readonly PeakAdjustment[];
  outsourced?: readonly OutsourcedTeam[];
}

export interface PlanInput {
  intervals: readonly PlanInterval[];
  ahtSeconds: number;
  /** E.g. 80% within 3,600 s for social. */
  sla: { targetServiceLevel: number; targetSeconds: number };
  /** Mean patience in seconds: plan with Erlang A (abandonment) instead of Erlang C. */
  patienceSeconds?: number;
  maxOccupancy?: number;
  shrinkage?: number;
  /** Scheduled in-house headcount: one number per interval, or shifts (time-weighted per interval). */
  roster: readonly number[] | readonly RosterSpan[];
  scenarios?: readonly Scenario[];
  /** Zone of the local dates in peak adjustments (default UTC). */
  timeZone?: string;
}

export interface PlanRow {
  start: number;
  end: number;
  volume: number;
  agents_needed: number;
  scheduled: number;
  shortfall: number;
}

export interface PlanTotals {
  volume: number;
  agent_hours_needed: number;
  agent_hours_scheduled: number;
  shortfall_agent_hours: number;
  intervals_short: number;
  max_shortfall: number;
}

export interface PlanResult {
  method: 'erlang_c' | 'erlang_a';
  intervals: PlanRow[];
  totals: PlanTotals;
  scenarios: { name: string; intervals: PlanRow[]; totals: PlanTotals; shortfall_agent_hours_change: number }[];
}

export function planStaffing(input: PlanInput): PlanResult {
  validate(input);
  const needed = neededFor(input);
  const scheduled = scheduledPerInterval(input.intervals, input.roster);
  const base = rows(input.intervals, input.intervals.map((i) => i.volume), needed, scheduled);
  const baseTotals = totals(base);
  const zone = timeZone(input.timeZone ?? 'UTC');
  const scenarios = (input.scenarios ?? []).map((scenario) => {
    const volumes = input.intervals.map((interval) => interval.volume * peakFactor(scenario.peaks ?? [], interval, zone));
    const extra = (scenario.outsourced ?? []).map((team) => outsourcedEquivalent(team, input.intervals, input.shrinkage ?? 0));
    const withVendors = scheduled.map((s, i) => s + extra.reduce((sum, team) => sum + (team[i] ?? 0), 0));
    const scenarioRows = rows(input.intervals, volumes, needed, withVendors);
    const scenarioTotals = totals(scenarioRows);
    return {
      name: scenario.name,
      intervals: scenarioRows,
      totals: scenarioTotals,
      shortfall_agent_hours_change: round(scenarioTotals.shortfall_agent_hours - baseTotals.shortfall_agent_hours),
    };
  });
  return { method: input.patienceSeconds === undefined ? 'erlang_c' : 'erlang_a', intervals: base, totals: baseTotals, scenarios };
}

/** Headcount needed for an interval's volume, memoised: plans repeat volumes (zeros, flat nights). */
function neededFor(input: PlanInput): (interval: PlanInterval, volume: number) => number {
  const cache = new Map<string, number>();
  return (interval, volume) => {
    const intervalSeconds = (interval.end - interval.start) / 1000;
    const key = `${volume}/${intervalSeconds}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const target = {
      arrivalsPerInterval: volume, intervalSeconds, ahtSeconds: input.ahtSeconds,
      targetServiceLevel: input.sla.targetServiceLevel, targetSeconds: input.sla.targetSeconds,
      maxOccupancy: input.maxOccupancy, shrinkage: input.shrinkage,
    };
    const result = input.patienceSeconds === undefined
      ? agentsNeeded(target)
      : agentsNeededErlangA({ ...target, patienceSeconds: input.patienceSeconds });
    cache.set(key, result.agents);
    return result.agents;
  };
}

function rows(intervals: readonly PlanInterval[], volumes: readonly number[], needed: (i: PlanInterval, v: number) => number, scheduled: readonly number[]): PlanRow[] {
  return intervals.map((interval, i) => {
    const volume = volumes[i] ?? 0;
    const agents = needed(interval, volume);
    const have = scheduled[i] ?? 0;
    return {
      start: interval.start, end: interval.end, volume: round(volume),
      agents_needed: agents, scheduled: round(have), shortfall: round(Math.max(0, agents - have)),
    };
  });
}

function totals(planRows: readonly PlanRow[]): PlanTotals {
  let [volume, needed, scheduled, short, count, worst] = [0, 0, 0, 0, 0, 0];
  for (const row of planRows) {
    const hours = (row.end - row.start) / HOUR;
    volume += row.volume;
    needed += row.agents_needed * hours;
    scheduled += row.scheduled * hours;
    short += row.shortfall * hours;
    if (row.shortfall > 0) count += 1;
    worst = Math.max(worst, row.shortfall);
  }
  return {
    volume: round(volume), agent_hours_needed: round(needed), agent_hours_scheduled: round(scheduled),
    shortfall_agent_hours: round(short), intervals_short: count, max_shortfall: worst,
  };
}

/** Time-weighted headcount per interval. */
function scheduledPerInterval(intervals: readonly PlanInterval[], roster: PlanInput['roster']): number[] {
  if (roster.length > 0 && typeof roster[0] === 'number') {
    const counts = roster as readonly number[];
    return intervals.map((_, i) => counts[i] ?? 0);
  }
  const spans = roster as readonly RosterSpan[];
  return intervals.map((interval) => spans.reduce((sum, span) => {
    const overlap = Math.min(interval.end, span.end) - Math.max(interval.start, span.start);
    return overlap > 0 ? sum + (span.agents * overlap) / (interval.end - interval.start) : sum;
  }, 0));
}

function outsourcedEquivalent(team: OutsourcedTeam, intervals: readonly PlanInterval[], ourShrinkage: number): number[] {
  const calendar = BusinessCalendar.from(team.hours);
  const productive = team.agents * (1 - (team.shrinkage ?? 0)) / team.handleTimeFactor;
  return intervals.map((interval) => {
    const coverage = calendar.businessTimeBetween(interval.start, interval.end) / (interval.end - interval.start);
    return (productive * coverage) / (1 - ourShrinkage);
  });
}

function peakFactor(peaks: readonly PeakAdjustment[], interval: PlanInterval, zone: ReturnType<typeof timeZone>): number {
  let factor = 1;
  const day = localDayOf(zone, interval.start);
  for (const peak of peaks) {
    const everywhere = peak.days === undefined && peak.ranges === undefined;
    const onDay = (peak.days ?? []).some((d) => parseLocalDate(d) === day);
    const inRange = (peak.ranges ?? []).some((r) => interval.start >= r.start && interval.start < r.end);
    if (everywhere || onDay || inRange) factor *= peak.factor;
  }
  return factor;
}

function validate(input: PlanInput): void {
  requireFinite('ahtSeconds', input.ahtSeconds, { min: Number.MIN_VALUE });
  requireShare('sla.targetServiceLevel', input.sla.targetServiceLevel);
  requireFinite('sla.targetSeconds', input.sla.targetSeconds, { min: 0 });
  for (const interval of input.intervals) {
    requireFinite('intervals.volume', interval.volume, { min: 0 });
    if (!(interval.end > interval.start)) throw new DomainError('validation_failed', 'every interval must end after it starts');
  }
  for (const scenario of input.scenarios ?? []) {
    for (const peak of scenario.peaks ?? []) {
      requireFinite('peaks.factor', peak.factor, { min: 0 });
      for (const d of peak.days ?? []) {
        if (parseLocalDate(d) === undefined) throw new DomainError('validation_failed', `peaks.days must hold dates "YYYY-MM-DD", got ${d}`);
      }
    }
    for (const team of scenario.outsourced ?? []) {
      requireFinite('outsourced.agents', team.agents, { min: 0 });
      requireFinite('outsourced.handleTimeFactor', team.handleTimeFactor, { min: Number.MIN_VALUE });
      if (team.shrinkage !== undefined) requireShare('outsourced.shrinkage', team.shrinkage, { allowZero: true });
    }
  }
}

const round = (x: number): number => Math.round(x * 100) / 100;
