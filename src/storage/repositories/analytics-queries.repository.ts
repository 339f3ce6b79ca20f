// Analytics reads: sums of the daily rollups grouped as each chart needs, the sketches to merge
// for medians and percentiles, backlog carried in from before the range, interval volume for the
// forecast, spikes, and the per-conversation facts behind any slice (drill-down and CSV).
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { AnalyticsFilter, DrillSegment } from '../../analytics/metrics/filter.ts';
import { COUNTER_COLUMNS, SKETCH_COLUMNS, pickCuboid, type CounterColumn, type Dimension as CuboidDimension, type SketchColumn } from '../../analytics/metrics/contributions.ts';
import type { Database, Row } from '../schema.ts';
import type { Executor } from '../storage.ts';

type DailyDb = Database;

type Dimension = 'workspace_id' | 'channel_account_id' | 'team_id' | 'assignee_id' | 'topic' | 'priority';

/** The filter's dimensions, on the rollups or (qualified, as joins need) on the facts. */
function dimensionFilter<T extends 'analytics_daily' | 'analytics_facts'>(filter: AnalyticsFilter, table?: T) {
  return (eb: ExpressionBuilder<DailyDb, T>) => {
    const e = eb as unknown as ExpressionBuilder<DailyDb, 'analytics_daily'>;
    const ref = (column: Dimension) => (table ? `${table}.${column}` : column) as 'analytics_daily.workspace_id';
    const parts = [e(ref('workspace_id'), '=', filter.workspaceId)];
    const list = <V extends string | number>(column: Dimension, values: readonly V[] | undefined) => {
      if (values === undefined) return;
      parts.push(values.length === 0 ? e.lit(false) as never : e(ref(column), 'in', [...values] as never[]));
    };
    list('channel_account_id', filter.channelAccountIds);
    list('team_id', filter.teamIds);
    list('assignee_id', filter.assigneeIds);
    list('topic', filter.topics);
    list('priority', filter.priorities);
    return e.and(parts);
  };
}

export type GroupColumn = 'day' | 'channel_account_id' | 'team_id' | 'assignee_id' | 'topic' | 'priority';

const DIMENSION_OF: Record<Exclude<GroupColumn, 'day'>, CuboidDimension> = {
  channel_account_id: 'channel', team_id: 'team', assignee_id: 'team', topic: 'topic', priority: 'priority',
};

/** The cuboid to read for a filter and a grouping: the smallest holding all their dimensions. */
export function cuboidFor(filter: AnalyticsFilter, groupBy: readonly GroupColumn[]): string {
  const needed: CuboidDimension[] = groupBy.filter((c) => c !== 'day').map((c) => DIMENSION_OF[c as Exclude<GroupColumn, 'day'>]);
  if (filter.channelAccountIds !== undefined) needed.push('channel');
  if (filter.teamIds !== undefined || filter.assigneeIds !== undefined) needed.push('team');
  if (filter.topics !== undefined) needed.push('topic');
  if (filter.priorities !== undefined) needed.push('priority');
  return pickCuboid(needed);
}
export type Sums = Record<CounterColumn, number>;

/** Counter sums over the range, grouped by the given columns (none: one total row). */
export async function sumDaily(db: Executor, filter: AnalyticsFilter, groupBy: readonly GroupColumn[], columns: readonly CounterColumn[] = COUNTER_COLUMNS):
  Promise<Array<Sums & Record<GroupColumn, string | number>>> {
  let query = db.selectFrom('analytics_daily').where(dimensionFilter<'analytics_daily'>(filter)).where('cuboid', '=', cuboidFor(filter, groupBy))
    .where('day', '>=', filter.fromDay).where('day', '<=', filter.toDay) as SelectQueryBuilder<DailyDb, 'analytics_daily', object>;
  for (const column of groupBy) query = query.select(column).groupBy(column);
  const rows = await query.select((eb) => columns.map((c) => eb.fn.sum<number>(c).as(c))).execute();
  return rows.map((row) => {
    const r = row as Record<string, unknown>;
    const out: Record<string, string | number> = {};
    for (const column of groupBy) out[column] = column === 'day' || column === 'priority' ? Number(r[column]) : String(r[column]);
    for (const c of columns) out[c] = Number(r[c] ?? 0);
    return out as Sums & Record<GroupColumn, string | number>;
  });
}

/** The rows' sketches (only rows that hold one) per day, or per day, team and agent. */
export async function dailySketches(db: Executor, filter: AnalyticsFilter, perAgent: boolean): Promise<Array<Record<SketchColumn, string> & { day: number; team_id: string; assignee_id: string }>> {
  const rows = await db.selectFrom('analytics_daily').where(dimensionFilter<'analytics_daily'>(filter))
    .where('cuboid', '=', cuboidFor(filter, perAgent ? ['assignee_id'] : []))
    .where('day', '>=', filter.fromDay).where('day', '<=', filter.toDay)
    .where((eb) => eb.or(SKETCH_COLUMNS.map((c) => eb(c, '!=', ''))))
    .select(['day', 'team_id', 'assignee_id', ...SKETCH_COLUMNS]).execute();
  return rows.map((r) => ({ ...r, day: Number(r.day) }));
}

/** Backlog carried into the range: needs-response conversations started before it minus those closed before it. */
export async function backlogBefore(db: Executor, filter: AnalyticsFilter): Promise<number> {
  const row = await db.selectFrom('analytics_daily').where(dimensionFilter<'analytics_daily'>(filter)).where('cuboid', '=', cuboidFor(filter, []))
    .where('day', '<', filter.fromDay)
    .select((eb) => [eb.fn.sum<number>('needs_response').as('opened'), eb.fn.sum<number>('backlog_closed').as('closed')]).executeTakeFirst();
  return Number(row?.opened ?? 0) - Number(row?.closed ?? 0);
}

export async function intervalVolumes(db: Executor, workspaceId: string, from: number, to: number, teamIds?: readonly string[]): Promise<Array<{ start: number; conversations: number; needsResponse: number }>> {
  let query = db.selectFrom('analytics_intervals').where('workspace_id', '=', workspaceId).where('start', '>=', from).where('start', '<', to);
  if (teamIds !== undefined) query = teamIds.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('team_id', 'in', [...teamIds]);
  const rows = await query.select((eb) => ['start', eb.fn.sum<number>('conversations').as('conversations'), eb.fn.sum<number>('needs_response').as('needs_response')])
    .groupBy('start').orderBy('start').execute();
  return rows.map((r) => ({ start: Number(r.start), conversations: Number(r.conversations), needsResponse: Number(r.needs_response) }));
}

export async function firstIntervalStart(db: Executor, workspaceId: string): Promise<number | null> {
  const row = await db.selectFrom('analytics_intervals').where('workspace_id', '=', workspaceId).select((eb) => eb.fn.min('start').as('start')).executeTakeFirst();
  return row?.start === null || row?.start === undefined ? null : Number(row.start);
}

export async function listSpikes(db: Executor, workspaceId: string, from: number, to: number, channelAccountIds?: readonly string[]): Promise<Row<'analytics_spikes'>[]> {
  let query = db.selectFrom('analytics_spikes').selectAll().where('workspace_id', '=', workspaceId).where('at', '>=', from).where('at', '<', to);
  if (channelAccountIds !== undefined) query = channelAccountIds.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('channel_account_id', 'in', [...channelAccountIds]);
  return query.orderBy('at', 'desc').limit(100).execute();
}

export interface FactListRow extends Row<'analytics_facts'> {
  subject: string | null;
}

/**
 * The facts behind a slice, newest first, from `after` (keyset: started_at, conversation_id).
 * `range` is [from, to) in instants for the filter's days; resolution slices use resolved_at.
 */
export async function listFacts(db: Executor, filter: AnalyticsFilter, range: { from: number; to: number }, segment: DrillSegment,
  page: { limit: number; after?: { startedAt: number; id: string } }): Promise<FactListRow[]> {
  const byResolution = segment.flag === 'resolved';
  const time = byResolution ? 'analytics_facts.resolved_at' : 'analytics_facts.started_at';
  let query = db.selectFrom('analytics_facts').innerJoin('conversations', 'conversations.id', 'analytics_facts.conversation_id')
    .selectAll('analytics_facts').select('conversations.subject')
    .where((eb) => dimensionFilter(filter, 'analytics_facts')(eb as unknown as ExpressionBuilder<DailyDb, 'analytics_facts'>))
    .where(time, '>=', range.from).where(time, '<', range.to);
  if (segment.day !== undefined) query = query.where(byResolution ? sql<boolean>`1 = 1` : sql<boolean>`analytics_facts.day = ${segment.day}`);
  if (segment.weekday !== undefined) query = query.where(sql<boolean>`((analytics_facts.day + 3) % 7) = ${segment.weekday}`);
  if (segment.hour !== undefined) query = query.where('analytics_facts.hour', '=', segment.hour);
  if (segment.sentiment !== undefined) query = query.where('analytics_facts.sentiment', '=', segment.sentiment);
  if (segment.surface !== undefined) query = query.where('analytics_facts.surface', '=', segment.surface);
  switch (segment.flag) {
    case 'needs_response': query = query.where('analytics_facts.needs_response', '=', 1); break;
    case 'answered': query = query.where('analytics_facts.needs_response', '=', 1).where('analytics_facts.answered', '=', 1); break;
    case 'unanswered': query = query.where('analytics_facts.needs_response', '=', 1).where('analytics_facts.answered', '=', 0); break;
    case 'answered_late': query = query.where('analytics_facts.answered', '=', 1).where('analytics_facts.answered_in_sla', '=', 0); break;
    case 'sla_missed': query = query.where('analytics_facts.sla_missed', '>', 0); break;
    case 'negative_unanswered': query = query.where('analytics_facts.sentiment', '=', 'negative').where('analytics_facts.answered', '=', 0).where('analytics_facts.surface', '=', 'public'); break;
    case 'open': query = query.where('analytics_facts.needs_response', '=', 1).where('analytics_facts.resolved_at', 'is', null); break;
    default: break;
  }
  if (page.after) {
    const { startedAt, id } = page.after;
    query = query.where((eb) => eb.or([eb('analytics_facts.started_at', '<', startedAt), eb.and([eb('analytics_facts.started_at', '=', startedAt), eb('analytics_facts.conversation_id', '<', id)])]));
  }
  return query.orderBy('analytics_facts.started_at', 'desc').orderBy('analytics_facts.conversation_id', 'desc').limit(page.limit).execute();
}
