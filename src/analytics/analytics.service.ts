// Analytics for people: the dashboard (every chart in one answer), the conversations behind any
// slice of it, and CSV exports. Who sees what (docs/analytics.md#access):
//   analytics.workspace (admins, supervisors, in-house agents): figures for the whole workspace
//   analytics.team only (vendor agents): figures for their own teams' conversations
//   drill-down lists show conversations, so they follow the conversation scope: admins and
//   supervisors see all, everyone else their teams' conversations
import { formatLocalDate, localDayOf, parseLocalDate, startOfLocalDay, type TimeZone } from '../core/calendar/index.ts';
import type { Clock } from '../core/clock.ts';
import { can, type Principal } from '../core/access/principal.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import { DomainError } from '../core/errors.ts';
import type { Storage } from '../storage/storage.ts';
import { backlogBefore, dailySketches, listFacts, listSpikes, sumDaily, type FactListRow, type GroupColumn } from '../storage/repositories/analytics-queries.repository.ts';
import { COUNTER_COLUMNS, type CounterColumn } from './metrics/contributions.ts';
import { narrow, type AnalyticsFilter, type DrillSegment } from './metrics/filter.ts';
import {
  SKETCH_ERROR, dailySeries, heatmapOf, kpisOf, mergeSketches, responseTimes, timeFigures, type Sums,
} from './metrics/dashboard.ts';
import { CalendarCache } from './rollups/refresh-facts.ts';

export interface AnalyticsDeps {
  storage: Storage;
  clock: Clock;
}

/** Filters as people give them: local dates and lists of ids. */
export interface AnalyticsQuery {
  from?: string;
  to?: string;
  networks?: readonly string[];
  accounts?: readonly string[];
  teams?: readonly string[];
  agents?: readonly string[];
  topics?: readonly string[];
  priorities?: readonly number[];
}

export const DEFAULT_RANGE_DAYS = 28;
const MAX_RANGE_DAYS = 731;

export interface ResolvedFilter {
  filter: AnalyticsFilter;
  zone: TimeZone;
  /** [from, to) instants of the filter's days. */
  range: { from: number; to: number };
}

/** The filter for a principal: their query, narrowed to what they may see. */
export async function resolveFilter(deps: AnalyticsDeps, principal: Principal, query: AnalyticsQuery, purpose: 'figures' | 'conversations'): Promise<ResolvedFilter> {
  const db = deps.storage.db;
  const zone = await new CalendarCache().zoneOf(db, principal.workspaceId);
  const today = localDayOf(zone, deps.clock.now());
  const toDay = query.to ? dayOf(query.to, 'to') : today;
  const fromDay = query.from ? dayOf(query.from, 'from') : toDay - DEFAULT_RANGE_DAYS + 1;
  if (fromDay > toDay) throw new DomainError('validation_failed', '"from" must not be after "to"', { field: 'from' });
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) throw new DomainError('validation_failed', `a range may span at most ${MAX_RANGE_DAYS} days`, { field: 'from' });
  let accounts = query.accounts;
  if (query.networks !== undefined) {
    const rows = await db.selectFrom('channel_accounts').select('id').where('workspace_id', '=', principal.workspaceId)
      .where('network', 'in', query.networks.length > 0 ? [...query.networks] : ['']).execute();
    accounts = narrow(accounts, rows.map((r) => r.id));
  }
  const wholeWorkspace = purpose === 'figures' ? can(principal, 'analytics.workspace') : conversationScope(principal).kind === 'workspace';
  const filter: AnalyticsFilter = {
    workspaceId: principal.workspaceId, fromDay, toDay,
    ...(accounts !== undefined ? { channelAccountIds: accounts } : {}),
    ...defined('teamIds', narrow(query.teams, wholeWorkspace ? undefined : principal.teamIds)),
    ...defined('assigneeIds', query.agents),
    ...defined('topics', query.topics),
    ...defined('priorities', query.priorities),
  };
  return { filter, zone, range: { from: startOfLocalDay(zone, fromDay), to: startOfLocalDay(zone, toDay + 1) } };
}

const defined = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function dayOf(text: string, field: string): number {
  const day = parseLocalDate(text);
  if (day === undefined) throw new DomainError('validation_failed', `${field} must be a date "YYYY-MM-DD", got "${text}"`, { field });
  return day;
}

const ZERO: Sums = Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, 0])) as Sums;

function total(rows: readonly Sums[]): Sums {
  const sum = { ...ZERO };
  for (const row of rows) for (const c of COUNTER_COLUMNS) sum[c] += row[c];
  return sum;
}

const PERFORMANCE: readonly CounterColumn[] = ['conversations', 'needs_response', 'answered', 'answered_in_sla', 'resolved', 'sla_met', 'sla_missed', 'negative'];
const BY_CHANNEL: readonly CounterColumn[] = ['conversations', 'inbound_messages', 'public_count', 'private_count', 'needs_response', 'answered'];
const BY_TOPIC: readonly CounterColumn[] = ['conversations', 'negative', 'needs_response', 'answered'];

export async function dashboard(deps: AnalyticsDeps, principal: Principal, query: AnalyticsQuery) {
  const { filter, range } = await resolveFilter(deps, principal, query, 'figures');
  const db = deps.storage.db;
  const group = (by: readonly GroupColumn[], columns?: readonly CounterColumn[]) => sumDaily(db, filter, by, columns);
  // SQLite runs these one after another; PostgreSQL overlaps them on the pool.
  const [byDay, byChannel, byAgent, byTeam, byTopic, topicByDay, carry, sketchRows, agentSketchRows, spikes, labels] = await Promise.all([
    group(['day']), group(['channel_account_id'], BY_CHANNEL), group(['assignee_id'], PERFORMANCE), group(['team_id'], PERFORMANCE),
    group(['topic'], BY_TOPIC), group(['day', 'topic'], ['conversations', 'negative']),
    backlogBefore(db, filter), dailySketches(db, filter, false), dailySketches(db, filter, true), listSpikes(db, filter.workspaceId, range.from, range.to, filter.channelAccountIds),
    labelsOf(deps, principal.workspaceId),
  ]);
  const totals = total(byDay);
  const overall = mergeSketches(sketchRows, () => '');
  const perDay = mergeSketches(sketchRows, (r) => String(r.day));
  const perAgent = mergeSketches(agentSketchRows, (r) => r.assignee_id);
  const perTeam = mergeSketches(agentSketchRows, (r) => r.team_id);
  const performance = (key: string, s: Sums & Record<string, unknown>, sets: typeof perAgent) => ({
    ...kpisSubset(s), firstResponse: timeFigures(sets.get(key)?.frt), firstResponseBusiness: timeFigures(sets.get(key)?.frt_bh), resolution: timeFigures(sets.get(key)?.res),
  });
  const topTopics = [...byTopic].sort((a, b) => b.conversations - a.conversations).slice(0, 8).map((t) => String(t.topic));
  return {
    range: { from: formatLocalDate(filter.fromDay), to: formatLocalDate(filter.toDay), days: filter.toDay - filter.fromDay + 1 },
    kpis: kpisOf(totals),
    times: responseTimes(overall.get('')),
    sketchRelativeError: SKETCH_ERROR,
    daily: dailySeries(filter.fromDay, filter.toDay, byDay, carry, perDay),
    heatmap: heatmapOf(byDay),
    channels: byChannel.map((r) => ({ channelAccountId: String(r.channel_account_id), name: labels.channels.get(String(r.channel_account_id))?.name ?? '?', network: labels.channels.get(String(r.channel_account_id))?.network ?? '?', conversations: r.conversations, inboundMessages: r.inbound_messages, public: r.public_count, private: r.private_count, needsResponse: r.needs_response, answered: r.answered }))
      .sort((a, b) => b.conversations - a.conversations),
    topics: byTopic.map((r) => ({ topic: String(r.topic), conversations: r.conversations, negative: r.negative, needsResponse: r.needs_response, answered: r.answered })).sort((a, b) => b.conversations - a.conversations),
    topicTrend: topicByDay.filter((r) => topTopics.includes(String(r.topic))).map((r) => ({ date: formatLocalDate(Number(r.day)), topic: String(r.topic), conversations: r.conversations, negative: r.negative })),
    agents: byAgent.map((r) => ({ assigneeId: String(r.assignee_id), name: String(r.assignee_id) === '' ? 'Unassigned' : labels.users.get(String(r.assignee_id)) ?? '?', ...performance(String(r.assignee_id), r, perAgent) }))
      .sort((a, b) => b.conversations - a.conversations),
    teams: byTeam.map((r) => ({ teamId: String(r.team_id), name: String(r.team_id) === '' ? 'No team' : labels.teams.get(String(r.team_id)) ?? '?', ...performance(String(r.team_id), r, perTeam) }))
      .sort((a, b) => b.conversations - a.conversations),
    spikes: spikes.map((s) => ({ id: s.id, at: Number(s.at), kind: s.kind, channelAccountId: s.channel_account_id, topic: s.topic, evidence: JSON.parse(s.evidence) as Record<string, unknown> })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

function kpisSubset(s: Sums) {
  const k = kpisOf({ ...ZERO, ...pick(s) });
  return { conversations: k.conversations, needsResponse: k.needsResponse, answered: k.answered, responseRate: k.responseRate, responseRateInSla: k.responseRateInSla, resolved: k.resolved, slaMetShare: k.slaMetShare, negative: s.negative };
}

const pick = (s: Sums): Partial<Sums> => Object.fromEntries(PERFORMANCE.map((c) => [c, s[c]]));

async function labelsOf(deps: AnalyticsDeps, workspaceId: string) {
  const db = deps.storage.db;
  const [channels, users, teams] = await Promise.all([
    db.selectFrom('channel_accounts').select(['id', 'name', 'network']).where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('users').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('teams').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute(),
  ]);
  return {
    channels: new Map(channels.map((c) => [c.id, { name: c.name, network: c.network }])),
    users: new Map(users.map((u) => [u.id, u.name])),
    teams: new Map(teams.map((t) => [t.id, t.name])),
  };
}

// ---- drill-down ------------------------------------------------------------------------------

export interface ConversationFactView {
  conversationId: string;
  subject: string | null;
  startedAt: number;
  channelAccountId: string;
  teamId: string | null;
  assigneeId: string | null;
  topic: string | null;
  priority: number;
  sentiment: string | null;
  surface: string;
  status: string;
  needsResponse: boolean;
  answered: boolean;
  answeredInSla: boolean;
  firstResponseMs: number | null;
  firstResponseBusinessMs: number | null;
  nextResponses: number;
  resolvedAt: number | null;
  resolutionMs: number | null;
  resolutionBusinessMs: number | null;
  slaMet: number;
  slaMissed: number;
  inboundMessages: number;
  authorFollowers: number;
}

export function presentFact(r: FactListRow): ConversationFactView {
  const n = (v: number | null): number | null => (v === null ? null : Number(v));
  return {
    conversationId: r.conversation_id, subject: r.subject, startedAt: Number(r.started_at), channelAccountId: r.channel_account_id,
    teamId: r.team_id || null, assigneeId: r.assignee_id || null, topic: r.topic || null, priority: r.priority, sentiment: r.sentiment || null,
    surface: r.surface, status: r.status, needsResponse: r.needs_response === 1, answered: r.answered === 1, answeredInSla: r.answered_in_sla === 1,
    firstResponseMs: n(r.first_response_ms), firstResponseBusinessMs: n(r.first_response_bh_ms), nextResponses: (JSON.parse(r.next_responses) as unknown[]).length,
    resolvedAt: n(r.resolved_at), resolutionMs: n(r.resolution_ms), resolutionBusinessMs: n(r.resolution_bh_ms), slaMet: r.sla_met, slaMissed: r.sla_missed,
    inboundMessages: r.inbound_messages, authorFollowers: Number(r.author_followers),
  };
}

export interface Page {
  limit: number;
  cursor?: string;
}

export async function drillDown(deps: AnalyticsDeps, principal: Principal, query: AnalyticsQuery, segment: DrillSegment, page: Page) {
  const { filter, range, zone } = await resolveFilter(deps, principal, query, 'conversations');
  const day = segment.day;
  // A day's slice reads only that day's span of the index.
  const sliceRange = day === undefined || segment.flag === 'resolved' ? range : { from: startOfLocalDay(zone, day), to: startOfLocalDay(zone, day + 1) };
  const rows = await listFacts(deps.storage.db, filter, sliceRange, segment, { limit: page.limit + 1, ...(page.cursor ? { after: parseCursor(page.cursor) } : {}) });
  const items = rows.slice(0, page.limit).map(presentFact);
  const last = items.at(-1);
  return { conversations: items, nextCursor: rows.length > page.limit && last ? `${last.startedAt}_${last.conversationId}` : null };
}

function parseCursor(cursor: string): { startedAt: number; id: string } {
  const [at, id] = cursor.split('_');
  const startedAt = Number(at);
  if (!Number.isSafeInteger(startedAt) || !id) throw new DomainError('validation_failed', 'cursor is not one this API gave', { field: 'cursor' });
  return { startedAt, id };
}
