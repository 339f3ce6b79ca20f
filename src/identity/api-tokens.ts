// API tokens for integrations: shown once, stored as a digest, scoped (read or write), expiring,
// revocable. A token acts as its owner, narrowed by its scope.
import { DAY, type Clock } from '../core/clock.ts';
import { notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { can, type Principal } from '../core/access/principal.ts';
import type { TokenScope } from '../core/access/abilities.ts';
import type { Storage } from '../storage/storage.ts';
import * as tokens from '../storage/repositories/identity.repository.ts';
import { findUser } from '../storage/repositories/workspaces.repository.ts';
import { API_TOKEN_PREFIX, digest, randomToken } from '../security/tokens.ts';
import { loadPrincipal } from './principals.ts';
import { recordAudit } from './audit.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

export interface ApiTokenView {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  createdAt: number;
  expiresAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

const view = (row: tokens.ApiTokenRow): ApiTokenView => ({
  id: row.id, userId: row.user_id, name: row.name, prefix: row.prefix, scope: row.scope, createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at), lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

export async function createApiToken(deps: Deps, principal: Principal, input: { name: string; scope: TokenScope; expiresInDays: number; ip: string }):
  Promise<{ token: string; view: ApiTokenView }> {
  const token = randomToken(API_TOKEN_PREFIX);
  const now = deps.clock.now();
  // A read-only token cannot mint a token that writes.
  const scope: TokenScope = principal.tokenScope === 'read' ? 'read' : input.scope;
  const row: tokens.ApiTokenRow = {
    id: newId(now), workspace_id: principal.workspaceId, user_id: principal.userId, name: input.name, token_hash: digest(token),
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), scope, created_at: now, expires_at: now + input.expiresInDays * DAY,
    last_used_at: null, revoked_at: null,
  };
  await deps.storage.transaction(async (tx) => {
    await tokens.insertApiToken(tx, row);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'token.created', target: { type: 'api_token', id: row.id }, ip: input.ip, meta: { scope, name: input.name } });
  });
  return { token, view: view(row) };
}

export async function listApiTokens(deps: Deps, principal: Principal, all: boolean): Promise<ApiTokenView[]> {
  const everyone = all && can(principal, 'token.manage_all');
  return (await tokens.listApiTokens(deps.storage.db, principal.workspaceId, everyone ? undefined : principal.userId)).map(view);
}

export async function revokeApiToken(deps: Deps, principal: Principal, id: string, ip: string): Promise<void> {
  const row = await tokens.findApiToken(deps.storage.db, principal.workspaceId, id);
  if (!row || (row.user_id !== principal.userId && !can(principal, 'token.manage_all'))) throw notFound('API token');
  await deps.storage.transaction(async (tx) => {
    await tokens.revokeApiToken(tx, principal.workspaceId, id, deps.clock.now());
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'token.revoked', target: { type: 'api_token', id }, ip });
  });
}

/** The principal behind a bearer token, or null when it is unknown, expired or revoked. */
export async function authenticateApiToken(deps: Deps, token: string): Promise<Principal | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await tokens.findApiTokenByHash(deps.storage.db, digest(token));
  const now = deps.clock.now();
  if (!row || row.revoked_at !== null || row.expires_at <= now) return null;
  const user = await findUser(deps.storage.db, row.workspace_id, row.user_id);
  if (!user || user.status !== 'active') return null;
  if (row.last_used_at === null || now - row.last_used_at > 60_000) await tokens.markApiTokenUsed(deps.storage.db, row.id, now);
  return loadPrincipal(deps.storage.db, user, { kind: 'token', scope: row.scope });
}
