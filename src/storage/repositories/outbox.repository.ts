// The reply outbox: every outbound message is a row before it is a request to a platform.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type OutboxRow = Row<'outbox'>;

export interface NewOutboxItem {
  id: string;
  workspaceId: string;
  channelAccountId: string;
  conversationId: string;
  messageId: string;
  idempotencyKey: string;
  payload: string;
  nextAttemptAt: number;
  createdAt: number;
}

/** Queues a send; the idempotency key makes queueing the same reply twice a no-op (false). */
export async function insertOutboxItem(db: Executor, item: NewOutboxItem): Promise<boolean> {
  const result = await db.insertInto('outbox').values({
    id: item.id, workspace_id: item.workspaceId, channel_account_id: item.channelAccountId, conversation_id: item.conversationId,
    message_id: item.messageId, idempotency_key: item.idempotencyKey, payload: item.payload, status: 'queued', attempts: 0,
    next_attempt_at: item.nextAttemptAt, last_error: null, platform_message_id: null, created_at: item.createdAt,
    updated_at: item.createdAt, sent_at: null,
  }).onConflict((oc) => oc.column('idempotency_key').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function findOutboxItem(db: Executor, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listDueOutboxItems(db: Executor, channelAccountId: string, now: number, limit: number): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll()
    .where('channel_account_id', '=', channelAccountId).where('status', '=', 'queued').where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at').limit(limit).execute();
}

/** Moves an item from one status to another only if it is still in the expected one. */
export async function transitionOutboxItem(db: Executor, id: string, from: OutboxRow['status'],
  changes: Partial<Pick<OutboxRow, 'status' | 'attempts' | 'next_attempt_at' | 'last_error' | 'failure' | 'platform_message_id' | 'sent_at'>>, now: number): Promise<boolean> {
  const result = await db.updateTable('outbox').set({ ...changes, updated_at: now })
    .where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The next queued item of an account, due or not (the sender sleeps until it is due). */
export async function nextQueuedOutboxItem(db: Executor, channelAccountId: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('channel_account_id', '=', channelAccountId).where('status', '=', 'queued')
    .orderBy('next_attempt_at').orderBy('created_at').limit(1).executeTakeFirst();
}

/** Items whose send may or may not have reached the platform (a crash mid-call, a lost answer). */
export async function listUncertainOutboxItems(db: Executor, channelAccountId: string): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('channel_account_id', '=', channelAccountId)
    .where('status', 'in', ['sending', 'unknown']).orderBy('created_at').execute();
}

export async function findOutboxItemByMessage(db: Executor, messageId: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('message_id', '=', messageId).executeTakeFirst();
}

/** Accounts with work in the outbox (queued or uncertain): the sender sweeps them at start. */
export async function accountsWithOutboxWork(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('channel_account_id').distinct()
    .where('status', 'in', ['queued', 'sending', 'unknown']).execute();
  return rows.map((row) => row.channel_account_id);
}
