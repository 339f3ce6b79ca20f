// Connecting channel accounts. Credentials are sealed with the workspace's key ring before they
// touch the database (bound to the account's id), and are never returned by the API: not to
// admins, and never to vendor teams.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { ChannelSecrets } from './channel-adapter.ts';
import { CHANNEL_ADAPTERS } from './registry.ts';
import type { Storage, Executor } from '../storage/storage.ts';
import * as accounts from '../storage/repositories/channel-accounts.repository.ts';
import { findTeam } from '../storage/repositories/workspaces.repository.ts';
import { openJson, sealJson, type KeyRing } from '../security/secrets.ts';
import { recordAudit } from '../identity/audit.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
  keyRing: KeyRing;
}

export interface ConnectChannelInput {
  network: string;
  name: string;
  externalId: string;
  credentials: ChannelSecrets;
  settings?: Record<string, unknown>;
  defaultTeamId?: string | null;
}

/** The network must be one Earshot speaks, and every credential its adapter needs must be given. */
function validateCredentials(input: ConnectChannelInput): void {
  const adapter = CHANNEL_ADAPTERS.find((a) => a.network === input.network);
  if (!adapter) {
    throw new DomainError('validation_failed', `Earshot has no channel called "${input.network}"`, { field: 'network', networks: CHANNEL_ADAPTERS.map((a) => a.network) });
  }
  const missing = adapter.credentialFields.filter((field) => !input.credentials[field]);
  if (missing.length > 0) {
    throw new DomainError('validation_failed', `${adapter.displayName} needs these credentials: ${missing.join(', ')}`, { field: 'credentials', missing });
  }
}

export async function connectChannelAccount(deps: Deps, principal: Principal, input: ConnectChannelInput, ip: string): Promise<ChannelAccount> {
  validateCredentials(input);
  return deps.storage.transaction(async (tx) => {
    if (input.defaultTeamId && !(await findTeam(tx, principal.workspaceId, input.defaultTeamId))) throw notFound('Team');
    if (await accounts.findChannelAccountByExternalId(tx, input.network, input.externalId)) {
      throw new DomainError('conflict', 'This account is already connected', { field: 'externalId' });
    }
    const now = deps.clock.now();
    const account: ChannelAccount = {
      id: newId(now), workspaceId: principal.workspaceId, network: input.network, name: input.name.trim(), externalId: input.externalId,
      settings: input.settings ?? {}, status: 'active', defaultTeamId: input.defaultTeamId ?? null, createdAt: now, updatedAt: now,
    };
    await accounts.insertChannelAccount(tx, { ...account, sealedCredentials: sealJson(deps.keyRing, input.credentials, account.id) });
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'channel.connected', target: { type: 'channel_account', id: account.id }, ip, meta: { network: account.network } });
    return account;
  });
}

export interface ChannelAccountChanges {
  name?: string;
  defaultTeamId?: string | null;
  status?: 'active' | 'paused';
  /** Merged into the stored settings (a key set to undefined is left as it is). */
  settings?: Record<string, unknown>;
}

export async function updateChannelAccount(deps: Deps, principal: Principal, id: string, changes: ChannelAccountChanges, ip: string): Promise<ChannelAccount> {
  return deps.storage.transaction(async (tx) => {
    const account = await accounts.findChannelAccount(tx, principal.workspaceId, id);
    if (!account) throw notFound('Channel account');
    if (changes.defaultTeamId && !(await findTeam(tx, principal.workspaceId, changes.defaultTeamId))) throw notFound('Team');
    const updated: ChannelAccount = {
      ...account, name: changes.name?.trim() ?? account.name, status: changes.status ?? account.status,
      defaultTeamId: changes.defaultTeamId === undefined ? account.defaultTeamId : changes.defaultTeamId,
      settings: { ...account.settings, ...changes.settings }, updatedAt: deps.clock.now(),
    };
    await accounts.updateChannelAccount(tx, updated);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'channel.updated', target: { type: 'channel_account', id }, ip, meta: { fields: Object.keys(changes) } });
    return updated;
  });
}

/** The decrypted credentials of an account, for the channel code that signs or sends. */
export async function readChannelSecrets(db: Executor, keyRing: KeyRing, channelAccountId: string): Promise<ChannelSecrets> {
  const sealed = await accounts.readSealedCredentials(db, channelAccountId);
  if (sealed === undefined) throw notFound('Channel account');
  return openJson<ChannelSecrets>(keyRing, sealed, channelAccountId);
}

/** Re-seals every account's credentials under the key ring's current key; returns how many changed. */
export async function resealAllCredentials(storage: Storage, keyRing: KeyRing, now: number): Promise<number> {
  return storage.transaction(async (tx) => {
    let changed = 0;
    for (const row of await accounts.listAllSealedCredentials(tx)) {
      if (keyRing.isCurrent(row.credentials)) continue;
      const plain = keyRing.open(row.credentials, row.id);
      await accounts.updateSealedCredentials(tx, row.id, keyRing.seal(plain, row.id), now);
      changed++;
    }
    return changed;
  });
}
