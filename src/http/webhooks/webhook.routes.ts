// Platform webhooks: GET for the handshake, POST for deliveries, at
// /webhooks/:network/:channelAccountId. The body is taken as raw bytes (signatures are over the
// exact bytes), limited by EARSHOT_MAX_BODY_BYTES (413 beyond), and answered only once its
// events are durably stored. Request logging is off here: at thousands of deliveries a second
// the access log would cost more than the work; outcomes are logged by the intake with ids.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import type { WebhookRequest } from '../../channels/channel-adapter.ts';
import type { WebhookIntake } from '../../ingest/webhook-intake.ts';
import type { ApiApp } from '../app.ts';
import { WEBHOOK } from '../route-access.ts';

const params = z.object({
  network: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  channelAccountId: z.string().min(1).max(64),
});

function toWebhookRequest(request: FastifyRequest, rawBody: Buffer): WebhookRequest {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.query as Record<string, unknown>)) {
    if (typeof value === 'string') query[key] = value;
  }
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[key] = value;
    else if (Array.isArray(value) && value[0] !== undefined) headers[key] = value[0];
  }
  return { method: request.method, url: request.url, query, headers, rawBody };
}

const notFound = () => new DomainError('not_found', 'No such webhook');

export async function registerWebhookRoutes(app: ApiApp, deps: { intake: WebhookIntake }): Promise<void> {
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Raw bytes for every content type: Meta and X send JSON, but the signature is over the bytes.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.get('/webhooks/:network/:channelAccountId', {
      config: { access: WEBHOOK }, logLevel: 'warn',
      schema: { hide: true, params },
    }, async (request, reply) => {
      const { network, channelAccountId } = request.params;
      const result = await deps.intake.handshake(network, channelAccountId, toWebhookRequest(request, Buffer.alloc(0)));
      if (result.kind === 'not_found') throw notFound();
      if (result.kind !== 'handshake') throw new DomainError('validation_failed', 'Not a webhook handshake');
      return reply.code(result.response.status).type(result.response.contentType).send(result.response.body);
    });

    scope.post('/webhooks/:network/:channelAccountId', {
      config: { access: WEBHOOK }, logLevel: 'warn',
      schema: { hide: true, params },
    }, async (request, reply) => {
      const { network, channelAccountId } = request.params;
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const result = await deps.intake.deliver(network, channelAccountId, toWebhookRequest(request, body));
      if (result.kind === 'not_found') throw notFound();
      if (result.kind === 'unsigned') throw new DomainError('invalid_signature', 'Missing or wrong signature');
      return reply.code(200).type('text/plain').send('EVENT_RECEIVED');
    });
  });
}
