// Liveness and readiness, for load balancers and orchestrators; and the OpenAPI document.
import { z } from 'zod';
import type { ApiApp } from '../app.ts';
import { PUBLIC } from '../route-access.ts';
import type { Storage } from '../../storage/storage.ts';

const readySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['ok', 'unreachable']).describe('Whether a query reached the database'),
  pendingMigrations: z.array(z.string()).describe('Migrations the code has and the database lacks'),
});

export function registerHealthRoutes(app: ApiApp, deps: { storage: Storage }): void {
  app.get('/healthz', {
    config: { access: PUBLIC },
    schema: { tags: ['health'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { access: PUBLIC },
    schema: { tags: ['health'], summary: 'The database is reachable and migrated', response: { 200: readySchema, 503: readySchema } },
  }, async (_request, reply) => {
    try {
      await deps.storage.ping();
      const pending = await deps.storage.pendingMigrations();
      const ready = pending.length === 0;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', database: 'ok', pendingMigrations: pending });
    } catch {
      return reply.code(503).send({ status: 'not_ready', database: 'unreachable', pendingMigrations: [] });
    }
  });

  app.get('/api/openapi.json', {
    config: { access: PUBLIC },
    schema: { hide: true },
  }, async () => app.swagger());
}
