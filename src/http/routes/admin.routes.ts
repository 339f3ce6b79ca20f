// API tokens, the audit log, and connected channel accounts.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { ChannelAccount } from '../../core/channel/channel-account.ts';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import type { Storage } from '../../storage/storage.ts';
import { listAudit } from '../../storage/repositories/audit.repository.ts';
import { listChannelAccounts } from '../../storage/repositories/channel-accounts.repository.ts';
import { listTeamChannelIds } from '../../storage/repositories/identity.repository.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../identity/api-tokens.ts';
import { connectChannelAccount, updateChannelAccount } from '../../channels/channel-accounts.service.ts';
import type { KeyRing } from '../../security/secrets.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
  keyRing: KeyRing;
  /** Told after a channel account changed (routing caches its default team; resuming it restarts its outbox). */
  onChannelChanged?: (workspaceId: string, channelAccountId: string) => Promise<void>;
}

const tokenSchema = z.object({
  id: z.string(), userId: z.string(), name: z.string(), prefix: z.string().describe('First characters, to tell tokens apart'),
  scope: z.enum(['read', 'write']), createdAt: z.number(), expiresAt: z.number(), lastUsedAt: z.number().nullable(), revokedAt: z.number().nullable(),
}).describe('ApiToken');

const channelSchema = z.object({
  id: z.string(), network: z.string(), name: z.string(), externalId: z.string().describe('The platform\'s id for the account'),
  status: z.enum(['active', 'paused', 'error']), defaultTeamId: z.string().nullable(), createdAt: z.number(),
}).describe('ChannelAccount (credentials are never returned)');

const channelSettingsSchema = z.object({
  inbound: z.enum(['webhook', 'poll']).optional().describe('poll: Earshot fetches new posts and DMs itself (X accounts without webhook access)'),
  pollIntervalSeconds: z.number().int().min(5).max(86_400).optional(),
  pollBudgetUsd: z.number().min(0).max(1_000_000).optional().describe('Monthly spend on X API reads at which polling pauses'),
  humanAgentTag: z.boolean().optional().describe('Messenger/Instagram: the account may answer with the HUMAN_AGENT tag between 24 hours and 7 days'),
  rateLimit: z.object({ requests: z.number().int().min(1), windowMs: z.number().int().min(1000) }).optional()
    .describe('Override the network\'s default pace for this account (at most `requests` calls per `windowMs`)'),
}).describe('ChannelSettings');

const auditSchema = z.object({
  id: z.string(), actorUserId: z.string().nullable(), actorKind: z.enum(['user', 'token', 'system', 'anonymous']), action: z.string(),
  targetType: z.string().nullable(), targetId: z.string().nullable(), ip: z.string().nullable(), meta: z.record(z.string(), z.unknown()), createdAt: z.number(),
}).describe('AuditEntry');

const presentChannel = (a: ChannelAccount): z.infer<typeof channelSchema> => ({
  id: a.id, network: a.network, name: a.name, externalId: a.externalId, status: a.status, defaultTeamId: a.defaultTeamId, createdAt: a.createdAt,
});

export function registerAdminRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/tokens', {
    config: { access: requires('token.manage_own') },
    schema: { tags: ['tokens'], summary: 'The caller\'s API tokens (admins: ?all=true for everyone\'s)',
      querystring: z.object({ all: z.enum(['true', 'false']).optional() }), response: { 200: z.object({ tokens: z.array(tokenSchema) }) } },
  }, async (request) => ({ tokens: await listApiTokens(deps, principalOf(request), request.query.all === 'true') }));

  app.post('/api/tokens', {
    config: { access: requires('token.manage_own') },
    schema: {
      tags: ['tokens'], summary: 'Create an API token; the token is shown in this answer only',
      body: z.object({ name: z.string().min(1).max(100), scope: z.enum(['read', 'write']), expiresInDays: z.number().int().min(1).max(365).default(90) }),
      response: { 201: z.object({ token: z.string().describe('Send as "Authorization: Bearer <token>"; shown once'), apiToken: tokenSchema }) },
    },
  }, async (request, reply) => {
    const { token, view } = await createApiToken(deps, principalOf(request), { ...request.body, ip: request.ip });
    return reply.code(201).send({ token, apiToken: view });
  });

  app.delete('/api/tokens/:id', {
    config: { access: requires('token.manage_own') },
    schema: { tags: ['tokens'], summary: 'Revoke an API token', params: z.object({ id: z.string().max(64) }), response: { 204: z.null() } },
  }, async (request, reply) => {
    await revokeApiToken(deps, principalOf(request), request.params.id, request.ip);
    return reply.code(204).send(null);
  });

  app.get('/api/audit', {
    config: { access: requires('audit.read') },
    schema: {
      tags: ['audit'], summary: 'Security-relevant actions, newest first',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().optional(), action: z.string().max(64).optional() }),
      response: { 200: z.object({ entries: z.array(auditSchema) }) },
    },
  }, async (request) => ({ entries: await listAudit(deps.storage.db, principalOf(request).workspaceId, request.query) }));

  app.get('/api/channels', {
    config: { access: requires('channel.read') },
    schema: { tags: ['channels'], summary: 'Connected channel accounts (agents: those given to their teams)', response: { 200: z.object({ channels: z.array(channelSchema) }) } },
  }, async (request) => {
    const principal = principalOf(request);
    const all = await listChannelAccounts(deps.storage.db, principal.workspaceId);
    if (conversationScope(principal).kind === 'workspace') return { channels: all.map(presentChannel) };
    const granted = new Set(await listTeamChannelIds(deps.storage.db, principal.workspaceId, principal.teamIds));
    return { channels: all.filter((a) => granted.has(a.id) || (a.defaultTeamId !== null && principal.teamIds.includes(a.defaultTeamId))).map(presentChannel) };
  });

  app.post('/api/channels', {
    config: { access: requires('channel.manage') },
    schema: {
      tags: ['channels'], summary: 'Connect a channel account; credentials are encrypted at rest and never returned',
      body: z.object({
        network: z.string().min(1).max(32), name: z.string().min(1).max(200), externalId: z.string().min(1).max(200),
        credentials: z.record(z.string(), z.string().max(4096)).describe('Per network: app secret, tokens, verify token...'),
        defaultTeamId: z.string().max(64).nullable().optional(),
        settings: channelSettingsSchema.optional(),
      }),
      response: { 201: channelSchema },
    },
  }, async (request, reply) => reply.code(201).send(presentChannel(await connectChannelAccount(deps, principalOf(request), request.body, request.ip))));

  app.patch('/api/channels/:id', {
    config: { access: requires('channel.manage') },
    schema: {
      tags: ['channels'], summary: 'Rename a channel account, change its default team, settings or status (paused stops sending and polling)',
      params: z.object({ id: z.string().max(64) }),
      body: z.object({
        name: z.string().min(1).max(200).optional(), defaultTeamId: z.string().max(64).nullable().optional(),
        status: z.enum(['active', 'paused']).optional(), settings: channelSettingsSchema.optional(),
      }),
      response: { 200: channelSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const updated = presentChannel(await updateChannelAccount(deps, principal, request.params.id, request.body, request.ip));
    await deps.onChannelChanged?.(principal.workspaceId, request.params.id);
    return updated;
  });
}
