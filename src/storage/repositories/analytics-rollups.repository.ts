// Analytics writes: per-conversation fact rows, the snapshots facts are computed from, daily and
// interval rollup deltas, spikes, and the rollup worker's cursor. Deltas are applied by reading
// the touched rows, adding and writing back; the caller holds the worker lock (lockCursor) so two
// workers never interleave their read-modify-writes.
import { sql, type Insertable } from 'kysely';
import type { ConversationFact, ConversationSnapshot, SnapshotClock, SnapshotMessage } from '../../analytics/metrics/conversation-fact.ts';
import {
  COUNTER_COLUMNS, SKETCH_COLUMNS, dailyKeyString, intervalKeyString, type DailyDelta, type IntervalDelta, type SketchColumn,
} from '../../analytics/metrics/contributions.ts';
import { decodeInto, encodeSketch, mergeInto, type Sketch } from '../../analytics/metrics/sketch.ts';
import type { EventCursor } from './events.repository.ts';
import type { AnalyticsDailyTable, NewRow, Row } from '../schema.ts';
import type { Executor } from '../storage.ts';
import { readJson } from './json.ts';

const CHUNK = 200;
const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const num = (v: number | null): number | null => (v === null ? null : Number(v));

// ---- snapshots -------------------------------------------------------------------------------

/** The conversations as they are now, with what facts need; missing ids are left out. */
export async function loadSnapshots(db: Executor, ids: readonly string[]): Promise<ConversationSnapshot[]> {
  const snapshots: ConversationSnapshot[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const conversations = await db.selectFrom('conversations').selectAll().where('id', 'in', part).execute();
    if (conversations.length === 0) continue;
    const messages = await db.selectFrom('messages')
      .leftJoin('contact_identities', 'contact_identities.id', 'messages.author_identity_id')
      .select(['messages.conversation_id', 'messages.direction', 'messages.platform_created_at', 'messages.meta', 'messages.author_user_id', 'contact_identities.followers'])
      .where('messages.conversation_id', 'in', part).where('messages.deleted_at', 'is', null)
      .orderBy('messages.platform_created_at').execute();
    const clocks = await db.selectFrom('sla_clocks').select(['conversation_id', 'target', 'cycle', 'outcome']).where('conversation_id', 'in', part).execute();
    const resolved = await db.selectFrom('analytics_facts').select(['conversation_id', 'resolved_at']).where('conversation_id', 'in', part).execute();
    const byConversation = new Map<string, { messages: SnapshotMessage[]; followers: number | null; clocks: SnapshotClock[] }>();
    const entry = (id: string) => {
      let e = byConversation.get(id);
      if (!e) byConversation.set(id, e = { messages: [], followers: null, clocks: [] });
      return e;
    };
    for (const m of messages) {
      const e = entry(m.conversation_id);
      const automatic = m.direction === 'outbound' && m.author_user_id === null && 'automatic' in readJson<Record<string, unknown>>(m.meta, {});
      e.messages.push({ direction: m.direction, at: Number(m.platform_created_at), automatic });
      if (m.direction === 'inbound' && e.followers === null) e.followers = Number(m.followers ?? 0);
    }
    for (const c of clocks) entry(c.conversation_id).clocks.push({ target: c.target, cycle: c.cycle, outcome: c.outcome });
    const previousResolvedAt = new Map(resolved.map((r) => [r.conversation_id, num(r.resolved_at)]));
    for (const c of conversations) {
      const e = entry(c.id);
      snapshots.push({
        id: c.id, workspaceId: c.workspace_id, channelAccountId: c.channel_account_id, teamId: c.team_id, assigneeId: c.assignee_id,
        topic: c.topic, priority: c.priority, sentiment: c.sentiment, surface: c.surface, needsResponse: c.needs_response === 1,
        status: c.status, createdAt: Number(c.created_at), firstResponseAt: num(c.first_response_at),
        // Refined by the caller from status events; the last known value otherwise, else the last change.
        resolvedAt: c.status === 'resolved' ? (previousResolvedAt.get(c.id) ?? Number(c.updated_at)) : null,
        messages: e.messages, clocks: e.clocks, authorFollowers: e.followers ?? 0,
      });
    }
  }
  return snapshots;
}

// ---- facts -----------------------------------------------------------------------------------

export function factFromRow(r: Row<'analytics_facts'>): ConversationFact {
  return {
    conversationId: r.conversation_id, workspaceId: r.workspace_id, startedAt: Number(r.started_at), channelAccountId: r.channel_account_id,
    teamId: r.team_id, assigneeId: r.assignee_id, topic: r.topic, priority: r.priority, sentiment: r.sentiment, surface: r.surface,
    needsResponse: r.needs_response === 1, answered: r.answered === 1, answeredInSla: r.answered_in_sla === 1, status: r.status,
    firstResponseAt: num(r.first_response_at), firstResponseMs: num(r.first_response_ms), firstResponseBhMs: num(r.first_response_bh_ms),
    nextResponses: readJson<Array<[number, number]>>(r.next_responses, []), resolvedAt: num(r.resolved_at),
    resolutionMs: num(r.resolution_ms), resolutionBhMs: num(r.resolution_bh_ms), slaMet: r.sla_met, slaMissed: r.sla_missed,
    inboundMessages: r.inbound_messages, authorFollowers: Number(r.author_followers),
  };
}

export function factToRow(f: ConversationFact, position: { day: number; minuteOfDay: number }, now: number): NewRow<'analytics_facts'> {
  return {
    conversation_id: f.conversationId, workspace_id: f.workspaceId, started_at: f.startedAt, day: position.day, hour: Math.floor(position.minuteOfDay / 60), channel_account_id: f.channelAccountId,
    team_id: f.teamId, assignee_id: f.assigneeId, topic: f.topic, priority: f.priority, sentiment: f.sentiment, surface: f.surface,
    needs_response: f.needsResponse ? 1 : 0, answered: f.answered ? 1 : 0, answered_in_sla: f.answeredInSla ? 1 : 0, status: f.status,
    first_response_at: f.firstResponseAt, first_response_ms: f.firstResponseMs, first_response_bh_ms: f.firstResponseBhMs,
    next_responses: JSON.stringify(f.nextResponses), resolved_at: f.resolvedAt, resolution_ms: f.resolutionMs, resolution_bh_ms: f.resolutionBhMs,
    sla_met: f.slaMet, sla_missed: f.slaMissed, inbound_messages: f.inboundMessages, author_followers: f.authorFollowers, updated_at: now,
  };
}

export async function findFacts(db: Executor, ids: readonly string[]): Promise<Map<string, ConversationFact>> {
  const found = new Map<string, ConversationFact>();
  for (const part of chunks([...new Set(ids)])) {
    for (const row of await db.selectFrom('analytics_facts').selectAll().where('conversation_id', 'in', part).execute()) found.set(row.conversation_id, factFromRow(row));
  }
  return found;
}

export async function saveFacts(db: Executor, rows: readonly NewRow<'analytics_facts'>[]): Promise<void> {
  for (const part of chunks(rows, 100)) {
    await db.deleteFrom('analytics_facts').where('conversation_id', 'in', part.map((r) => r.conversation_id)).execute();
    await db.insertInto('analytics_facts').values(part).execute();
  }
}

// ---- rollups ---------------------------------------------------------------------------------

type DailyRow = Insertable<AnalyticsDailyTable>;

interface DailyAccumulator {
  key: DailyDelta['key'];
  counters: Map<string, number>;
  sketches: Map<SketchColumn, Sketch>;
}

/** Adds deltas into an accumulator keyed by row (many conversations touch the same row). */
export function accumulateDaily(into: Map<string, DailyAccumulator>, deltas: readonly DailyDelta[], sign: 1 | -1): void {
  for (const delta of deltas) {
    const k = dailyKeyString(delta.key);
    let acc = into.get(k);
    if (!acc) into.set(k, acc = { key: delta.key, counters: new Map(), sketches: new Map() });
    for (const [column, value] of Object.entries(delta.counters)) acc.counters.set(column, (acc.counters.get(column) ?? 0) + sign * (value ?? 0));
    for (const [column, sketch] of Object.entries(delta.sketches) as Array<[SketchColumn, Sketch]>) {
      const target = acc.sketches.get(column) ?? new Map<number, number>();
      mergeInto(target, sketch, sign);
      acc.sketches.set(column, target);
    }
  }
}

export type DailyChanges = Map<string, DailyAccumulator>;

const isEmpty = (acc: DailyAccumulator): boolean =>
  [...acc.counters.values()].every((v) => v === 0) && [...acc.sketches.values()].every((s) => s.size === 0);

export async function applyDailyChanges(db: Executor, changes: DailyChanges): Promise<void> {
  const groups = new Map<string, DailyAccumulator[]>();
  for (const acc of changes.values()) {
    if (isEmpty(acc)) continue;
    const g = `${acc.key.workspaceId}\u0001${acc.key.day}`;
    groups.set(g, [...(groups.get(g) ?? []), acc]);
  }
  const upserts: DailyRow[] = [];
  for (const group of groups.values()) {
    const { workspaceId, day } = group[0]!.key;
    const existing = new Map<string, Row<'analytics_daily'>>();
    for (const cuboids of chunks([...new Set(group.map((a) => a.key.cuboid))])) {
      const rows = await db.selectFrom('analytics_daily').selectAll().where('workspace_id', '=', workspaceId).where('cuboid', 'in', cuboids).where('day', '=', day).execute();
      for (const row of rows) {
        existing.set(dailyKeyString({ workspaceId, cuboid: row.cuboid, day, channelAccountId: row.channel_account_id, teamId: row.team_id, assigneeId: row.assignee_id, topic: row.topic, priority: row.priority }), row);
      }
    }
    for (const acc of group) {
      const before = existing.get(dailyKeyString(acc.key));
      const values = mergedValues(before, acc);
      const key = acc.key;
      if (before && values === null) {
        await db.deleteFrom('analytics_daily').where('workspace_id', '=', key.workspaceId).where('cuboid', '=', key.cuboid).where('day', '=', key.day)
          .where('channel_account_id', '=', key.channelAccountId).where('team_id', '=', key.teamId).where('assignee_id', '=', key.assigneeId)
          .where('topic', '=', key.topic).where('priority', '=', key.priority).execute();
      } else if (values) {
        upserts.push({
          workspace_id: key.workspaceId, cuboid: key.cuboid, day: key.day, channel_account_id: key.channelAccountId, team_id: key.teamId,
          assignee_id: key.assigneeId, topic: key.topic, priority: key.priority, ...values,
        } as DailyRow);
      }
    }
  }
  // New rows and changed ones alike, in one statement per chunk: the values are the rows' new
  // totals, so a row that exists takes them as they are.
  for (const part of chunks(upserts, 150)) {
    await db.insertInto('analytics_daily').values(part)
      .onConflict((oc) => oc.columns(DAILY_KEY).doUpdateSet(Object.fromEntries(VALUE_COLUMNS.map((c) => [c, sql.ref(`excluded.${c}`)]))))
      .execute();
  }
}

const DAILY_KEY = ['workspace_id', 'cuboid', 'day', 'channel_account_id', 'team_id', 'assignee_id', 'topic', 'priority'] as const;
const VALUE_COLUMNS: readonly string[] = [...COUNTER_COLUMNS, ...SKETCH_COLUMNS];

/** Row values after adding the accumulator; null when the row is left with nothing in it. */
function mergedValues(before: Row<'analytics_daily'> | undefined, acc: DailyAccumulator): Record<string, number | string> | null {
  const values: Record<string, number | string> = {};
  let anything = false;
  const old = before as unknown as Record<string, number | string> | undefined;
  for (const column of COUNTER_COLUMNS) {
    const v = Number(old?.[column] ?? 0) + (acc.counters.get(column) ?? 0);
    values[column] = v;
    if (v !== 0) anything = true;
  }
  for (const column of SKETCH_COLUMNS) {
    const sketch = new Map<number, number>();
    decodeInto(sketch, old ? String(old[column] ?? '') : '');
    const delta = acc.sketches.get(column);
    if (delta) mergeInto(sketch, delta);
    values[column] = encodeSketch(sketch);
    if (sketch.size > 0) anything = true;
  }
  return anything ? values : null;
}

export type IntervalChanges = Map<string, IntervalDelta>;

export function accumulateIntervals(into: IntervalChanges, deltas: readonly IntervalDelta[], sign: 1 | -1): void {
  for (const d of deltas) {
    const k = intervalKeyString(d.key);
    const acc = into.get(k) ?? { key: d.key, conversations: 0, needsResponse: 0 };
    acc.conversations += sign * d.conversations;
    acc.needsResponse += sign * d.needsResponse;
    into.set(k, acc);
  }
}

export async function applyIntervalChanges(db: Executor, changes: IntervalChanges): Promise<void> {
  const rows = [...changes.values()].filter((c) => c.conversations !== 0 || c.needsResponse !== 0).map(({ key, conversations, needsResponse }) => ({
    workspace_id: key.workspaceId, start: key.start, channel_account_id: key.channelAccountId, team_id: key.teamId, conversations, needs_response: needsResponse,
  }));
  for (const part of chunks(rows, 200)) {
    await db.insertInto('analytics_intervals').values(part)
      .onConflict((oc) => oc.columns(['workspace_id', 'start', 'channel_account_id', 'team_id']).doUpdateSet((eb) => ({
        conversations: eb('analytics_intervals.conversations', '+', eb.ref('excluded.conversations')),
        needs_response: eb('analytics_intervals.needs_response', '+', eb.ref('excluded.needs_response')),
      }))).execute();
  }
  // A conversation that moved leaves an emptied row behind: drop it, as the daily rollup does.
  const emptied = rows.filter((r) => r.conversations < 0 || r.needs_response < 0);
  for (const part of chunks(emptied)) {
    await db.deleteFrom('analytics_intervals').where('workspace_id', 'in', [...new Set(part.map((r) => r.workspace_id))])
      .where('start', 'in', [...new Set(part.map((r) => r.start))]).where('conversations', '=', 0).where('needs_response', '=', 0).execute();
  }
}

// ---- spikes and the cursor -------------------------------------------------------------------

export async function insertSpike(db: Executor, spike: { id: string; workspaceId: string; at: number; kind: string; channelAccountId: string; topic: string | null; evidence: Record<string, unknown> }): Promise<void> {
  await db.insertInto('analytics_spikes').values({
    id: spike.id, workspace_id: spike.workspaceId, at: spike.at, kind: spike.kind, channel_account_id: spike.channelAccountId, topic: spike.topic, evidence: JSON.stringify(spike.evidence),
  }).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/**
 * Takes the worker's lock for the rest of the transaction (a row write: PostgreSQL's row lock,
 * SQLite's single writer) and returns the cursor.
 */
export async function lockCursor(db: Executor, name: string, now: number): Promise<EventCursor> {
  await db.insertInto('analytics_state').values({ name, cursor_tx: 0, cursor_seq: 0, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ updated_at: now })).execute();
  const row = await db.selectFrom('analytics_state').select(['cursor_tx', 'cursor_seq']).where('name', '=', name).executeTakeFirstOrThrow();
  return { tx: Number(row.cursor_tx), seq: Number(row.cursor_seq) };
}

export async function saveCursor(db: Executor, name: string, cursor: EventCursor, now: number): Promise<void> {
  await db.updateTable('analytics_state').set({ cursor_tx: cursor.tx, cursor_seq: cursor.seq, updated_at: now }).where('name', '=', name).execute();
}
