// Per-account send state for the outbox: one sender at a time (a lease), the pause a rate-limit
// answer imposed, and the log of calls that the sliding-window pacing counts.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type SendStateRow = Row<'channel_send_state'>;

/** Takes the account's sender lease if free, expired or already ours; true when we hold it. */
export async function acquireSenderLease(db: Executor, channelAccountId: string, workerId: string, now: number, leaseMs: number): Promise<boolean> {
  await db.insertInto('channel_send_state').values({ channel_account_id: channelAccountId, locked_by: null, lease_until: null, paused_until: null, pause_reason: null })
    .onConflict((oc) => oc.column('channel_account_id').doNothing()).execute();
  const result = await db.updateTable('channel_send_state').set({ locked_by: workerId, lease_until: now + leaseMs })
    .where('channel_account_id', '=', channelAccountId)
    .where((eb) => eb.or([eb('locked_by', 'is', null), eb('lease_until', '<', now), eb('locked_by', '=', workerId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseSenderLease(db: Executor, channelAccountId: string, workerId: string): Promise<void> {
  await db.updateTable('channel_send_state').set({ locked_by: null, lease_until: null })
    .where('channel_account_id', '=', channelAccountId).where('locked_by', '=', workerId).execute();
}

/** Frees every sender lease (a single-process deployment starting after a crash). */
export async function releaseAllSenderLeases(db: Executor): Promise<void> {
  await db.updateTable('channel_send_state').set({ locked_by: null, lease_until: null }).where('locked_by', 'is not', null).execute();
}

export async function readSendState(db: Executor, channelAccountId: string): Promise<SendStateRow | undefined> {
  return db.selectFrom('channel_send_state').selectAll().where('channel_account_id', '=', channelAccountId).executeTakeFirst();
}

export async function pauseAccount(db: Executor, channelAccountId: string, until: number, reason: string): Promise<void> {
  await db.updateTable('channel_send_state').set({ paused_until: until, pause_reason: reason })
    .where('channel_account_id', '=', channelAccountId).execute();
}

export async function recordCall(db: Executor, channelAccountId: string, at: number): Promise<void> {
  await db.insertInto('channel_calls').values({ channel_account_id: channelAccountId, at }).execute();
}

/** Calls made in [since, ∞), oldest first (at most `limit`). */
export async function callsSince(db: Executor, channelAccountId: string, since: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('channel_calls').select('at')
    .where('channel_account_id', '=', channelAccountId).where('at', '>=', since).orderBy('at').limit(limit).execute();
  return rows.map((row) => Number(row.at));
}

/** Forgets an account's calls older than `before` (out of every window that still counts them). */
export async function pruneCalls(db: Executor, channelAccountId: string, before: number): Promise<void> {
  await db.deleteFrom('channel_calls').where('channel_account_id', '=', channelAccountId).where('at', '<', before).execute();
}
