// The quarantine and replays: events a platform signed but Earshot could not read, with the
// reason, and the replay that reads them again after a fix (or reprocesses any stored event;
// replaying changes nothing that was already taken in).
import { z } from 'zod';
import { notFound } from '../../core/errors.ts';
import type { Storage } from '../../storage/storage.ts';
import type { InboundEventRow } from '../../storage/repositories/inbound-events.repository.ts';
import { findInboundEvent } from '../../storage/repositories/inbound-events.repository.ts';
import { findChannelAccountById } from '../../storage/repositories/channel-accounts.repository.ts';
import { replayInboundEvent, type ReplayDeps } from '../../ingest/replay.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { recordAudit } from '../../identity/audit.ts';
import { requires } from '../route-access.ts';

const eventSchema = z.object({
  id: z.string(), channelAccountId: z.string(), network: z.string(),
  platformEventId: z.string().describe('The platform\'s id for the event (the dedupe key); "delivery:<sha256>" for a whole delivery that could not be split'),
  status: z.enum(['received', 'processed', 'ignored', 'quarantined']),
  error: z.string().nullable().describe('Why it could not be read'),
  receivedAt: z.number(), processedAt: z.number().nullable(), attempts: z.number(),
  body: z.string().describe('The event exactly as the platform sent it'),
}).describe('InboundEvent');

const present = (row: InboundEventRow): z.infer<typeof eventSchema> => ({
  id: row.id, channelAccountId: row.channel_account_id, network: row.network, platformEventId: row.platform_event_id, status: row.status,
  error: row.error, receivedAt: Number(row.received_at), processedAt: row.processed_at === null ? null : Number(row.processed_at), attempts: row.attempts, body: row.body,
});

const idParam = z.object({ id: z.string().max(64) });

export function registerInboundRoutes(app: ApiApp, deps: ReplayDeps & { storage: Storage }): void {
  app.get('/api/inbound/quarantine', {
    config: { access: requires('inbound.inspect') },
    schema: {
      tags: ['inbound'], summary: 'Signed events that could not be read, newest first, with the reason',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: { 200: z.object({ events: z.array(eventSchema) }) },
    },
  }, async (request) => {
    const workspaceId = principalOf(request).workspaceId;
    const rows = await deps.storage.db.selectFrom('inbound_events').innerJoin('channel_accounts', 'channel_accounts.id', 'inbound_events.channel_account_id')
      .selectAll('inbound_events').where('channel_accounts.workspace_id', '=', workspaceId).where('inbound_events.status', '=', 'quarantined')
      .orderBy('inbound_events.received_at', 'desc').limit(request.query.limit).execute();
    return { events: rows.map(present) };
  });

  app.get('/api/inbound/events/:id', {
    config: { access: requires('inbound.inspect') },
    schema: { tags: ['inbound'], summary: 'One stored platform event', params: idParam, response: { 200: eventSchema } },
  }, async (request) => {
    const row = await findInboundEvent(deps.storage.db, request.params.id);
    const account = row && await findChannelAccountById(deps.storage.db, row.channel_account_id);
    if (!row || account?.workspaceId !== principalOf(request).workspaceId) throw notFound('Inbound event');
    return present(row);
  });

  app.post('/api/inbound/events/:id/replay', {
    config: { access: requires('inbound.replay') },
    schema: {
      tags: ['inbound'], summary: 'Process a stored event again (a quarantined one after a fix); replaying twice changes nothing',
      params: idParam, response: { 200: z.object({ event: eventSchema, split: z.number().describe('New events a re-split delivery produced'), messages: z.number().describe('New messages recorded') }) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const outcome = await replayInboundEvent(deps, request.params.id, principal.workspaceId);
    if (!outcome) throw notFound('Inbound event');
    await recordAudit(deps.storage.db, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'inbound.replayed', target: { type: 'inbound_event', id: request.params.id }, ip: request.ip, meta: { status: outcome.event.status } });
    request.log.info({ inboundEventId: request.params.id, status: outcome.event.status, messages: outcome.messages }, 'inbound event replayed');
    return { event: present(outcome.event), split: outcome.split, messages: outcome.messages };
  });
}
