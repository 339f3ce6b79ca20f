// Connected channel accounts. Credentials are stored sealed (see security/secrets.ts) and only
// read by the channel code that needs them; list queries never select them.
import type { ChannelAccount } from '../../core/channel/channel-account.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';

const PUBLIC_COLUMNS = ['id', 'workspace_id', 'network', 'name', 'external_id', 'settings', 'status', 'default_team_id', 'created_at', 'updated_at'] as const;

const toChannelAccount = (row: Omit<Row<'channel_accounts'>, 'credentials'>): ChannelAccount => ({
  id: row.id, workspaceId: row.workspace_id, network: row.network, name: row.name, externalId: row.external_id,
  settings: readJson(row.settings, {}), status: row.status, defaultTeamId: row.default_team_id,
  createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

export async function insertChannelAccount(db: Executor, account: ChannelAccount & { sealedCredentials: string }): Promise<void> {
  await db.insertInto('channel_accounts').values({
    id: account.id, workspace_id: account.workspaceId, network: account.network, name: account.name,
    external_id: account.externalId, credentials: account.sealedCredentials, settings: writeJson(account.settings),
    status: account.status, default_team_id: account.defaultTeamId, created_at: account.createdAt, updated_at: account.updatedAt,
  }).execute();
}

/** Writes an account's name, status, default team and settings (credentials are changed elsewhere). */
export async function updateChannelAccount(db: Executor, account: ChannelAccount): Promise<void> {
  await db.updateTable('channel_accounts').set({
    name: account.name, status: account.status, default_team_id: account.defaultTeamId, settings: writeJson(account.settings), updated_at: account.updatedAt,
  }).where('workspace_id', '=', account.workspaceId).where('id', '=', account.id).execute();
}

export async function findChannelAccount(db: Executor, workspaceId: string, id: string): Promise<ChannelAccount | undefined> {
  const row = await db.selectFrom('channel_accounts').select(PUBLIC_COLUMNS)
    .where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toChannelAccount(row);
}

/** For webhooks: the account a platform event is addressed to, in any workspace. */
export async function findChannelAccountByExternalId(db: Executor, network: string, externalId: string): Promise<ChannelAccount | undefined> {
  const row = await db.selectFrom('channel_accounts').select(PUBLIC_COLUMNS)
    .where('network', '=', network).where('external_id', '=', externalId).executeTakeFirst();
  return row && toChannelAccount(row);
}

/** Webhook verification needs the account without knowing its workspace yet. */
export async function findChannelAccountById(db: Executor, id: string): Promise<ChannelAccount | undefined> {
  const row = await db.selectFrom('channel_accounts').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toChannelAccount(row);
}

export async function listChannelAccounts(db: Executor, workspaceId: string): Promise<ChannelAccount[]> {
  const rows = await db.selectFrom('channel_accounts').select(PUBLIC_COLUMNS)
    .where('workspace_id', '=', workspaceId).orderBy('name').execute();
  return rows.map(toChannelAccount);
}

export async function readSealedCredentials(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('channel_accounts').select('credentials').where('id', '=', id).executeTakeFirst();
  return row?.credentials;
}

export async function updateSealedCredentials(db: Executor, id: string, sealed: string, now: number): Promise<void> {
  await db.updateTable('channel_accounts').set({ credentials: sealed, updated_at: now }).where('id', '=', id).execute();
}

/** Every account's sealed credentials, for re-encrypting under a new key. */
export async function listAllSealedCredentials(db: Executor): Promise<Array<{ id: string; credentials: string }>> {
  return db.selectFrom('channel_accounts').select(['id', 'credentials']).execute();
}
