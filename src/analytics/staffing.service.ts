// Staffing from the workspace's own history: inbound volume per 30-minute interval (the
// analytics_intervals rollup) is forecast by the best back-tested method, handle time is measured
// from agents' replies, and the plan puts agents needed (Erlang C, or Erlang A with a patience)
// against the scheduled roster, with scenarios. The mathematics is in ./staffing; this file only
// gathers its inputs. Settings kept in the workspace (settings.staffing) are defaults for every
// request: roster, SLA target, shrinkage, holidays and campaigns.
import { z } from 'zod';
import { WEEKDAYS, localDayOf, startOfLocalDay, weekdayOf, type TimeZone } from '../core/calendar/index.ts';
import { parseTimeOfDay } from '../core/calendar/local-date.ts';
import { DAY, MINUTE, type Clock } from '../core/clock.ts';
import { DomainError } from '../core/errors.ts';
import type { Executor, Storage } from '../storage/storage.ts';
import { firstIntervalStart, intervalVolumes } from '../storage/repositories/analytics-queries.repository.ts';
import { findDefaultPolicy } from '../storage/repositories/sla.repository.ts';
import { forecastVolume, handleDurationsFromIntervals, handleTimeStats, planStaffing } from './staffing/index.ts';
import type { BusyInterval, HandleTimeStats, PlanResult, RosterSpan, Scenario } from './staffing/index.ts';
import { CalendarCache } from './rollups/refresh-facts.ts';

const shift = z.strictObject({ start: z.string(), end: z.string(), agents: z.number().min(0).max(10_000) });
/** Scheduled in-house agents: shifts per weekday on the workspace's clock (an end before the start crosses midnight). */
export const weeklyRosterSchema = z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(shift).max(48).optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<z.ZodArray<typeof shift>>>);
export type WeeklyRoster = z.infer<typeof weeklyRosterSchema>;

export const staffingRequestSchema = z.strictObject({
  days: z.number().int().min(1).max(56).optional().describe('Days to forecast (default 14)'),
  historyDays: z.number().int().min(7).max(365).optional().describe('Days of history to learn from (default 56)'),
  start: z.number().int().optional().describe('Forecast from this instant (default: the start of tomorrow, local time)'),
  ahtSeconds: z.number().positive().max(86_400).optional().describe('Average handle time; default: measured from history'),
  targetServiceLevel: z.number().gt(0).lt(1).optional().describe('Share answered within targetSeconds (default 0.8)'),
  targetSeconds: z.number().min(0).max(7 * 86_400).optional().describe('Default: the default SLA policy\'s first-response target, else 3,600'),
  patienceSeconds: z.number().positive().optional().describe('Mean patience: plan with Erlang A (abandonment) instead of Erlang C'),
  shrinkage: z.number().min(0).lt(1).optional().describe('Share of scheduled time not available for work (default 0.3)'),
  maxOccupancy: z.number().gt(0).max(1).optional().describe('Highest acceptable occupancy (default 0.85)'),
  roster: weeklyRosterSchema.optional(),
  holidays: z.array(z.strictObject({ date: z.string(), factor: z.number().min(0).optional(), like: z.enum(WEEKDAYS).optional() })).max(400).optional(),
  campaigns: z.array(z.strictObject({ from: z.string(), to: z.string(), factor: z.number().positive(), name: z.string().max(200).optional() })).max(400).optional(),
  scenarios: z.array(z.strictObject({
    name: z.string().min(1).max(100),
    peaks: z.array(z.strictObject({ factor: z.number().min(0).max(100), days: z.array(z.string()).max(366).optional() })).max(50).optional(),
    outsourced: z.array(z.strictObject({
      name: z.string().max(100).optional(), agents: z.number().min(0).max(10_000), handleTimeFactor: z.number().positive().max(10),
      shrinkage: z.number().min(0).lt(1).optional(), hours: z.record(z.string(), z.unknown()).describe('A business-hours definition (docs/routing-and-sla.md)'),
    })).max(20).optional(),
  })).max(10).optional(),
});
export type StaffingRequest = z.infer<typeof staffingRequestSchema>;

export interface StaffingPlan extends PlanResult {
  forecast: { method: string; wape: number | null; backtest: { method: string; wape: number | null; fromStart: number; toEnd: number } | null; candidates: Array<{ method: string; wape: number | null }> };
  ahtSeconds: number;
  handleTime: (HandleTimeStats & { source: 'history' | 'request' | 'default' }) | null;
  sla: { targetServiceLevel: number; targetSeconds: number };
  history: { start: number; end: number; volume: number };
  intervalMinutes: number;
  timeZone: string;
}

const DEFAULT_AHT_SECONDS = 300;
/** A reply counts as at most this much work since the agent's previous reply (see handleTimeFromHistory). */
const HANDLE_CAP_MS = 15 * MINUTE;

export async function staffingPlan(deps: { storage: Storage; clock: Clock }, workspaceId: string, input: StaffingRequest, teamIds?: readonly string[]): Promise<StaffingPlan> {
  const db = deps.storage.db;
  const zone = await new CalendarCache().zoneOf(db, workspaceId);
  const saved = await savedSettings(db, workspaceId);
  const request = { ...saved, ...input };
  const today = localDayOf(zone, deps.clock.now());
  const start = request.start ?? startOfLocalDay(zone, today + 1);
  const historyEnd = Math.min(start, startOfLocalDay(zone, today));
  // History begins at the first recorded interval (a new workspace has no weeks of zeros before it).
  const first = await firstIntervalStart(db, workspaceId);
  const historyStart = startOfLocalDay(zone, Math.max(localDayOf(zone, historyEnd) - (request.historyDays ?? 56), first === null ? -Infinity : localDayOf(zone, first)));
  const counts = await intervalVolumes(db, workspaceId, historyStart, historyEnd, teamIds);
  const forecast = forecastVolume({
    timeZone: zone.name, intervalMinutes: 30,
    history: { start: historyStart, end: historyEnd, counts: counts.map((c) => ({ start: c.start, count: c.needsResponse })) },
    horizon: { start, days: request.days ?? 14 },
    ...(request.holidays ? { holidays: request.holidays } : {}),
    ...(request.campaigns ? { campaigns: request.campaigns } : {}),
  });
  const measured = request.ahtSeconds === undefined ? await handleTimeFromHistory(db, workspaceId, Math.max(historyStart, historyEnd - 28 * DAY), historyEnd) : undefined;
  const ahtSeconds = request.ahtSeconds ?? measured?.robustMeanSeconds ?? DEFAULT_AHT_SECONDS;
  const policy = await findDefaultPolicy(db, workspaceId);
  const sla = {
    targetServiceLevel: request.targetServiceLevel ?? 0.8,
    targetSeconds: request.targetSeconds ?? (policy?.definition.targets.firstResponseMinutes ?? 60) * 60,
  };
  const plan = planStaffing({
    intervals: forecast.intervals, ahtSeconds, sla, shrinkage: request.shrinkage ?? 0.3, maxOccupancy: request.maxOccupancy ?? 0.85,
    ...(request.patienceSeconds !== undefined ? { patienceSeconds: request.patienceSeconds } : {}),
    roster: rosterSpans(zone, request.roster ?? {}, start, start + (request.days ?? 14) * DAY),
    scenarios: (request.scenarios ?? []) as Scenario[], timeZone: zone.name,
  });
  return {
    ...plan,
    forecast: { method: forecast.method, wape: forecast.wape, backtest: forecast.backtest, candidates: forecast.candidates },
    ahtSeconds: Math.round(ahtSeconds),
    handleTime: measured ? { ...measured, source: 'history' } : null,
    sla,
    history: { start: historyStart, end: historyEnd, volume: counts.reduce((sum, c) => sum + c.needsResponse, 0) },
    intervalMinutes: 30,
    timeZone: zone.name,
  };
}

/** Defaults kept in the workspace's settings under `staffing` (invalid ones are ignored, not fatal). */
async function savedSettings(db: Executor, workspaceId: string): Promise<StaffingRequest> {
  const row = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst();
  const staffing = (JSON.parse(row?.settings ?? '{}') as { staffing?: unknown }).staffing;
  const parsed = staffingRequestSchema.partial().safeParse(staffing ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Handle time per conversation from agents' replies: each reply is taken to have occupied its
 * author from their previous reply (to anyone) up to it, capped at 15 minutes; one agent's busy
 * spans on one conversation are merged. It is the inter-reply method of chat workforce planning:
 * an agent working through a queue spends the time between replies on the next one. Concurrent
 * chats split the time rather than double it.
 */
export async function handleTimeFromHistory(db: Executor, workspaceId: string, from: number, to: number): Promise<HandleTimeStats | undefined> {
  const rows = await db.selectFrom('messages').select(['conversation_id', 'author_user_id', 'platform_created_at'])
    .where('workspace_id', '=', workspaceId).where('direction', '=', 'outbound').where('author_user_id', 'is not', null)
    .where('platform_created_at', '>=', from).where('platform_created_at', '<', to)
    .orderBy('author_user_id').orderBy('platform_created_at').execute();
  const intervals: BusyInterval[] = [];
  let previous: { agent: string | null; at: number } = { agent: null, at: 0 };
  for (const row of rows) {
    const at = Number(row.platform_created_at);
    const since = previous.agent === row.author_user_id ? Math.max(previous.at, at - HANDLE_CAP_MS) : at - HANDLE_CAP_MS;
    intervals.push({ conversationId: row.conversation_id, start: since, end: at });
    previous = { agent: row.author_user_id, at };
  }
  return handleTimeStats([...handleDurationsFromIntervals(intervals).values()]);
}

/** A weekly roster laid over [from, to) as spans on the workspace's clock. */
export function rosterSpans(zone: TimeZone, roster: WeeklyRoster, from: number, to: number): RosterSpan[] {
  const spans: RosterSpan[] = [];
  for (let day = localDayOf(zone, from) - 1; startOfLocalDay(zone, day) < to; day++) {
    for (const s of roster[WEEKDAYS[weekdayOf(day)]!] ?? []) {
      const [a, b] = [parseTimeOfDay(s.start), parseTimeOfDay(s.end)];
      if (a === undefined || b === undefined) throw new DomainError('validation_failed', `roster shifts need times "HH:MM", got ${s.start}–${s.end}`, { field: 'roster' });
      const midnight = startOfLocalDay(zone, day);
      const start = midnight + a * MINUTE;
      const end = b > a ? midnight + b * MINUTE : startOfLocalDay(zone, day + 1) + b * MINUTE;
      if (end > from && start < to) spans.push({ start, end, agents: s.agents });
    }
  }
  return spans;
}
