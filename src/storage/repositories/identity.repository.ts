// Sessions, API tokens, the login throttle and team channel grants.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type SessionRow = Row<'sessions'>;
export type ApiTokenRow = Row<'api_tokens'>;

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Executor, now: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertApiToken(db: Executor, token: ApiTokenRow): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function findApiToken(db: Executor, workspaceId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function listApiTokens(db: Executor, workspaceId: string, userId?: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId)
    .$if(userId !== undefined, (q) => q.where('user_id', '=', userId!))
    .orderBy('created_at', 'desc').execute();
}

export async function revokeApiToken(db: Executor, workspaceId: string, id: string, at: number): Promise<boolean> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function revokeApiTokensOfUser(db: Executor, userId: string, at: number): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function markApiTokenUsed(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function readThrottle(db: Executor, key: string): Promise<Row<'login_throttle'> | undefined> {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function writeThrottle(db: Executor, row: Row<'login_throttle'>): Promise<void> {
  await db.insertInto('login_throttle').values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: row.failures, window_started_at: row.window_started_at, locked_until: row.locked_until }))
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function grantTeamChannel(db: Executor, workspaceId: string, teamId: string, channelAccountId: string): Promise<void> {
  await db.insertInto('team_channels').values({ workspace_id: workspaceId, team_id: teamId, channel_account_id: channelAccountId })
    .onConflict((oc) => oc.columns(['team_id', 'channel_account_id']).doNothing()).execute();
}

export async function revokeTeamChannel(db: Executor, workspaceId: string, teamId: string, channelAccountId: string): Promise<boolean> {
  const result = await db.deleteFrom('team_channels').where('workspace_id', '=', workspaceId)
    .where('team_id', '=', teamId).where('channel_account_id', '=', channelAccountId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listTeamChannelIds(db: Executor, workspaceId: string, teamIds: readonly string[]): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await db.selectFrom('team_channels').select('channel_account_id').distinct()
    .where('workspace_id', '=', workspaceId).where('team_id', 'in', teamIds).execute();
  return rows.map((row) => row.channel_account_id);
}
