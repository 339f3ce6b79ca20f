// Polling cursors (since-ids and pagination tokens), stored with the events they led to.
import type { Executor } from '../storage.ts';

export async function readCursors(db: Executor, channelAccountId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('channel_cursors').select(['name', 'value']).where('channel_account_id', '=', channelAccountId).execute();
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

/** Replaces the account's cursors with `cursors` (names not given are removed). */
export async function writeCursors(db: Executor, channelAccountId: string, cursors: Record<string, string>, now: number): Promise<void> {
  await db.deleteFrom('channel_cursors').where('channel_account_id', '=', channelAccountId).execute();
  const rows = Object.entries(cursors).map(([name, value]) => ({ channel_account_id: channelAccountId, name, value, updated_at: now }));
  if (rows.length > 0) await db.insertInto('channel_cursors').values(rows).execute();
}
