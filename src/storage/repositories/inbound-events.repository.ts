// Raw inbound events, exactly as platforms sent them: stored before the webhook is acknowledged,
// unique per channel account and platform event id so a platform's retries are harmless.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type InboundEventRow = Row<'inbound_events'>;

export interface NewInboundEvent {
  id: string;
  channelAccountId: string;
  network: string;
  platformEventId: string;
  receivedAt: number;
  body: string;
  status?: InboundEventRow['status'];
  error?: string | null;
}

const toRow = (event: NewInboundEvent) => ({
  id: event.id, channel_account_id: event.channelAccountId, network: event.network, platform_event_id: event.platformEventId,
  received_at: event.receivedAt, body: event.body, status: event.status ?? 'received', error: event.error ?? null,
  attempts: 0, processed_at: null,
});

/** Stores events, skipping ones already stored; returns the ids of the rows actually inserted. */
export async function insertInboundEvents(db: Executor, events: readonly NewInboundEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = await db.insertInto('inbound_events').values(events.map(toRow))
    .onConflict((oc) => oc.columns(['channel_account_id', 'platform_event_id']).doNothing())
    .returning('id').execute();
  return rows.map((row) => row.id);
}

export async function findInboundEvent(db: Executor, id: string): Promise<InboundEventRow | undefined> {
  return db.selectFrom('inbound_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markInboundEvent(db: Executor, id: string, status: InboundEventRow['status'], error: string | null, now: number): Promise<void> {
  await db.updateTable('inbound_events')
    .set((eb) => ({ status, error, processed_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id).execute();
}

export async function listInboundEvents(db: Executor, channelAccountIds: readonly string[], status: InboundEventRow['status'], limit: number): Promise<InboundEventRow[]> {
  if (channelAccountIds.length === 0) return [];
  return db.selectFrom('inbound_events').selectAll()
    .where('channel_account_id', 'in', channelAccountIds).where('status', '=', status)
    .orderBy('received_at', 'desc').limit(limit).execute();
}

/** Events stored but never processed (for recovery after a crash between store and enqueue). */
export async function listUnprocessedInboundEvents(db: Executor, receivedBefore: number, limit: number): Promise<InboundEventRow[]> {
  return db.selectFrom('inbound_events').selectAll()
    .where('status', '=', 'received').where('received_at', '<', receivedBefore)
    .orderBy('received_at').limit(limit).execute();
}
