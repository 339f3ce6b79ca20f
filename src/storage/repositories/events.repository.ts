// The domain event log (transactional outbox): rows written with the change that caused them,
// and read back in an order that never skips a row that commits later.
import { sql } from 'kysely';
import type { AnyDomainEvent, DomainEventInput } from '../../core/events.ts';
import type { Executor } from '../storage.ts';
import type { DialectFeatures } from '../dialects/features.ts';

/** Where a reader is in the log: the last delivered transaction (0 on SQLite) and seq. */
export interface EventCursor {
  tx: number;
  seq: number;
}

export async function appendEvents(db: Executor, events: readonly (DomainEventInput & { id: string; occurredAt: number })[]): Promise<void> {
  // Bound the statement's parameter count (SQLite and PostgreSQL both cap it).
  for (let start = 0; start < events.length; start += 1000) await appendChunk(db, events.slice(start, start + 1000));
}

async function appendChunk(db: Executor, events: readonly (DomainEventInput & { id: string; occurredAt: number })[]): Promise<void> {
  if (events.length === 0) return;
  await db.insertInto('domain_events').values(events.map((event) => ({
    id: event.id,
    workspace_id: event.workspaceId,
    type: event.type,
    subject_id: event.subjectId ?? null,
    team_id: event.teamId ?? null,
    payload: JSON.stringify(event.payload),
    created_at: event.occurredAt,
  }))).execute();
}

interface EventRow {
  seq: number;
  tx_id: number;
  id: string;
  workspace_id: string;
  type: string;
  subject_id: string | null;
  team_id: string | null;
  payload: string;
  created_at: number;
}

const toEvent = (row: EventRow): AnyDomainEvent => ({
  seq: Number(row.seq),
  id: row.id,
  type: row.type,
  workspaceId: row.workspace_id,
  subjectId: row.subject_id,
  teamId: row.team_id,
  payload: JSON.parse(row.payload),
  occurredAt: Number(row.created_at),
}) as AnyDomainEvent;

/** The next events after `cursor`, and the cursor that follows them. */
export async function readEventsAfter(db: Executor, features: DialectFeatures, cursor: EventCursor, limit: number):
  Promise<{ events: AnyDomainEvent[]; cursor: EventCursor }> {
  if (features.eventOrdering === 'sequence') {
    const rows = await db.selectFrom('domain_events').selectAll().where('seq', '>', cursor.seq).orderBy('seq').limit(limit).execute();
    const last = rows[rows.length - 1];
    return { events: rows.map((row) => toEvent({ ...row, tx_id: 0 })), cursor: last ? { tx: 0, seq: Number(last.seq) } : cursor };
  }
  // Every transaction below the snapshot's xmin has finished, so no row can still appear there.
  const result = await sql<EventRow>`
    SELECT seq, tx_id, id, workspace_id, type, subject_id, team_id, payload, created_at FROM domain_events
    WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
      AND (tx_id > ${cursor.tx} OR (tx_id = ${cursor.tx} AND seq > ${cursor.seq}))
    ORDER BY tx_id, seq LIMIT ${limit}`.execute(db);
  const last = result.rows[result.rows.length - 1];
  return { events: result.rows.map(toEvent), cursor: last ? { tx: Number(last.tx_id), seq: Number(last.seq) } : cursor };
}

/** The cursor at the end of the log, as of now. */
export async function latestEventCursor(db: Executor, features: DialectFeatures): Promise<EventCursor> {
  if (features.eventOrdering === 'sequence') {
    const row = await db.selectFrom('domain_events').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    return { tx: 0, seq: Number(row?.seq ?? 0) };
  }
  const result = await sql<{ tx_id: number; seq: number }>`
    SELECT tx_id, seq FROM domain_events WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
    ORDER BY tx_id DESC, seq DESC LIMIT 1`.execute(db);
  const row = result.rows[0];
  return row ? { tx: Number(row.tx_id), seq: Number(row.seq) } : { tx: 0, seq: 0 };
}

export async function deleteEventsBefore(db: Executor, before: number): Promise<number> {
  const result = await db.deleteFrom('domain_events').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
