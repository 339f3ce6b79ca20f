// The outbound message rows behind outbox items: their platform id and delivery status.
import type { Executor } from '../storage/storage.ts';
import { readJson, writeJson } from '../storage/repositories/json.ts';

/** Delivery states in the order they happen; a late "delivered" never overwrites "read". */
const ORDER = ['queued', 'sent', 'delivered', 'read'];

export async function setMessageStatus(db: Executor, messageId: string, status: string): Promise<boolean> {
  const row = await db.selectFrom('messages').select('status').where('id', '=', messageId).executeTakeFirst();
  if (!row || row.status === 'failed' && status !== 'sent') return false;
  if (status !== 'failed' && ORDER.indexOf(row.status ?? 'queued') >= ORDER.indexOf(status)) return false;
  await db.updateTable('messages').set({ status }).where('id', '=', messageId).execute();
  return true;
}

export async function setMessageFailure(db: Executor, messageId: string, failure: { code: string; reason: string; suggestion: string }): Promise<void> {
  const row = await db.selectFrom('messages').select('meta').where('id', '=', messageId).executeTakeFirst();
  const meta = { ...readJson<Record<string, unknown>>(row?.meta, {}), failure };
  await db.updateTable('messages').set({ status: 'failed', meta: writeJson(meta) }).where('id', '=', messageId).execute();
}

export async function isAutomatic(db: Executor, messageId: string): Promise<boolean> {
  const row = await db.selectFrom('messages').select('meta').where('id', '=', messageId).executeTakeFirst();
  return readJson<{ automatic?: boolean }>(row?.meta, {}).automatic === true;
}

/**
 * Gives our message the platform's id. If the platform's echo of it was stored first as a message
 * of its own, that copy is removed: it is the same message.
 */
export async function attachPlatformId(db: Executor, channelAccountId: string, messageId: string, platformMessageId: string): Promise<void> {
  await db.deleteFrom('messages').where('channel_account_id', '=', channelAccountId)
    .where('platform_message_id', '=', platformMessageId).where('id', '!=', messageId).execute();
  await db.updateTable('messages').set({ platform_message_id: platformMessageId }).where('id', '=', messageId).execute();
}
