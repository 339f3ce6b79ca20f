// Channel health: per-hour activity counters (the baseline "usual for this hour" is computed
// from them) and each account's current state.
import { sql } from 'kysely';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type ChannelHealthRow = Row<'channel_health'>;
export type ActivityCounts = { events?: number; deliveries?: number; authFailures?: number; errors?: number };

export const HOUR_MS = 3_600_000;
export const hourStart = (at: number): number => at - (at % HOUR_MS);

/** Adds to the counters of one account's hour (one statement however often it is called). */
export async function addActivity(db: Executor, rows: ReadonlyArray<{ channelAccountId: string; at: number } & ActivityCounts>): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('channel_activity').values(rows.map((r) => ({
    channel_account_id: r.channelAccountId, hour_start: hourStart(r.at), events: r.events ?? 0, deliveries: r.deliveries ?? 0,
    auth_failures: r.authFailures ?? 0, errors: r.errors ?? 0,
  }))).onConflict((oc) => oc.columns(['channel_account_id', 'hour_start']).doUpdateSet((eb) => ({
    events: eb('channel_activity.events', '+', eb.ref('excluded.events')),
    deliveries: eb('channel_activity.deliveries', '+', eb.ref('excluded.deliveries')),
    auth_failures: eb('channel_activity.auth_failures', '+', eb.ref('excluded.auth_failures')),
    errors: eb('channel_activity.errors', '+', eb.ref('excluded.errors')),
  }))).execute();
}

export async function listActivity(db: Executor, channelAccountId: string, fromHour: number): Promise<Array<Row<'channel_activity'>>> {
  return db.selectFrom('channel_activity').selectAll().where('channel_account_id', '=', channelAccountId)
    .where('hour_start', '>=', fromHour).orderBy('hour_start').execute();
}

export async function findHealth(db: Executor, channelAccountId: string): Promise<ChannelHealthRow | undefined> {
  return db.selectFrom('channel_health').selectAll().where('channel_account_id', '=', channelAccountId).executeTakeFirst();
}

type HealthChanges = Partial<Omit<ChannelHealthRow, 'channel_account_id' | 'workspace_id'>>;

/** Creates the account's health row if needed and applies `changes`. */
export async function updateHealth(db: Executor, account: { id: string; workspaceId: string }, changes: HealthChanges, now: number): Promise<void> {
  await db.insertInto('channel_health').values({
    channel_account_id: account.id, workspace_id: account.workspaceId, status: 'healthy', reason: null, status_since: now,
    last_event_at: null, last_poll_at: null, last_poll_ok_at: null, poll_lag_ms: null, poll_failures: 0, poll_paused_until: null,
    last_error: null, ...changes, updated_at: now,
  }).onConflict((oc) => oc.column('channel_account_id').doUpdateSet({ ...changes, updated_at: now })).execute();
}

/** Moves last_event_at forward for each account (never back: events arrive out of order). */
export async function touchLastEvents(db: Executor, accounts: ReadonlyArray<{ id: string; workspaceId: string; at: number }>, now: number): Promise<void> {
  for (const account of accounts) {
    await db.insertInto('channel_health').values({
      channel_account_id: account.id, workspace_id: account.workspaceId, status: 'healthy', reason: null, status_since: now,
      last_event_at: account.at, poll_failures: 0, updated_at: now,
    }).onConflict((oc) => oc.column('channel_account_id').doUpdateSet({
      // Portable max(): SQLite's two-argument max() is GREATEST() on PostgreSQL.
      last_event_at: sql<number>`CASE WHEN excluded.last_event_at > COALESCE(channel_health.last_event_at, 0) THEN excluded.last_event_at ELSE channel_health.last_event_at END`,
      updated_at: now,
    })).execute();
  }
}

/** Every active account in every workspace (the monitor's round). */
export async function listActiveChannelAccounts(db: Executor): Promise<Array<{ id: string; workspaceId: string; network: string; settings: Record<string, unknown>; createdAt: number }>> {
  const rows = await db.selectFrom('channel_accounts').select(['id', 'workspace_id', 'network', 'settings', 'created_at']).where('status', '=', 'active').execute();
  return rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id, network: row.network, settings: JSON.parse(row.settings) as Record<string, unknown>, createdAt: Number(row.created_at) }));
}
