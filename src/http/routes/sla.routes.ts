// SLA policies, business hours (workspace and team), and breaches for reports.
import { z } from 'zod';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import type { Routing } from '../../routing/routing.ts';
import * as slaAdmin from '../../sla/sla-admin.service.ts';
import { findBusinessHours, listBreaches } from '../../storage/repositories/sla.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { breachSchema, presentBreach, presentPolicy, slaPolicySchema } from '../presenters/routing.presenter.ts';

interface Deps {
  routing: Routing;
}

const id = z.string().min(1).max(64);
const definition = z.record(z.string(), z.unknown());
const calendarAnswer = z.object({ definition: definition.nullable().describe('null: none set (the workspace: open around the clock; a team: the workspace\'s)') });

export function registerSlaRoutes(app: ApiApp, deps: Deps): void {
  const ctx = deps.routing.ctx;

  app.get('/api/sla/policies', {
    config: { access: requires('sla.read') },
    schema: {
      tags: ['sla'], summary: 'SLA policies (the default is created on first use: first response within 60 minutes)',
      querystring: z.object({ archived: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.object({ policies: z.array(slaPolicySchema) }) },
    },
  }, async (request) => ({ policies: (await slaAdmin.listSlaPolicies(ctx, principalOf(request).workspaceId, request.query.archived === 'true')).map(presentPolicy) }));

  app.post('/api/sla/policies', {
    config: { access: requires('sla.manage') },
    schema: {
      tags: ['sla'], summary: 'Create an SLA policy',
      body: z.object({ name: z.string().min(1).max(100), definition: definition.describe('docs/routing-and-sla.md'), isDefault: z.boolean().optional() }),
      response: { 201: slaPolicySchema, 400: errorResponseSchema, 409: errorResponseSchema },
    },
  }, async (request, reply) => reply.code(201).send(presentPolicy(await slaAdmin.createSlaPolicy(ctx, principalOf(request), request.body, request.ip))));

  app.patch('/api/sla/policies/:id', {
    config: { access: requires('sla.manage') },
    schema: {
      tags: ['sla'], summary: 'Change a policy (running deadlines move; time already used still counts) or make it the default', params: z.object({ id }),
      body: z.object({ name: z.string().min(1).max(100).optional(), definition: definition.optional(), isDefault: z.literal(true).optional() }),
      response: { 200: slaPolicySchema, 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema },
    },
  }, async (request) => presentPolicy(await slaAdmin.updateSlaPolicy(ctx, principalOf(request), request.params.id, request.body, request.ip)));

  app.delete('/api/sla/policies/:id', {
    config: { access: requires('sla.manage') },
    schema: { tags: ['sla'], summary: 'Archive a policy (its conversations fall back to the default)', params: z.object({ id }), response: { 204: z.null(), 404: errorResponseSchema, 409: errorResponseSchema } },
  }, async (request, reply) => {
    await slaAdmin.archiveSlaPolicy(ctx, principalOf(request), request.params.id, request.ip);
    return reply.code(204).send(null);
  });

  app.get('/api/business-hours', {
    config: { access: requires('sla.read') },
    schema: { tags: ['sla'], summary: 'The workspace\'s business hours', response: { 200: calendarAnswer } },
  }, async (request) => {
    const stored = await findBusinessHours(ctx.storage.db, principalOf(request).workspaceId, '');
    return { definition: stored ? JSON.parse(stored.definition) : null };
  });

  app.put('/api/business-hours', {
    config: { access: requires('sla.manage') },
    schema: {
      tags: ['sla'], summary: 'Set the workspace\'s business hours: time zone, periods per weekday, holidays, special days',
      body: z.object({ definition }), response: { 200: calendarAnswer, 400: errorResponseSchema },
    },
  }, async (request) => ({ definition: { ...(await slaAdmin.setBusinessHours(ctx, principalOf(request), null, request.body.definition, request.ip)) } }));

  app.get('/api/teams/:id/business-hours', {
    config: { access: requires('sla.read') },
    schema: { tags: ['sla'], summary: 'A team\'s own business hours', params: z.object({ id }), response: { 200: calendarAnswer, 404: errorResponseSchema } },
  }, async (request) => {
    const principal = principalOf(request);
    const visible = conversationScope(principal).kind === 'workspace' || principal.teamIds.includes(request.params.id);
    const stored = visible ? await findBusinessHours(ctx.storage.db, principal.workspaceId, request.params.id) : undefined;
    return { definition: stored ? JSON.parse(stored.definition) : null };
  });

  app.put('/api/teams/:id/business-hours', {
    config: { access: requires('sla.manage') },
    schema: { tags: ['sla'], summary: 'Set a team\'s own business hours', params: z.object({ id }), body: z.object({ definition }), response: { 200: calendarAnswer, 400: errorResponseSchema, 404: errorResponseSchema } },
  }, async (request) => ({ definition: { ...(await slaAdmin.setBusinessHours(ctx, principalOf(request), request.params.id, request.body.definition, request.ip)) } }));

  app.delete('/api/teams/:id/business-hours', {
    config: { access: requires('sla.manage') },
    schema: { tags: ['sla'], summary: 'Remove a team\'s own business hours (it follows the workspace\'s again)', params: z.object({ id }), response: { 204: z.null(), 404: errorResponseSchema } },
  }, async (request, reply) => {
    await slaAdmin.setBusinessHours(ctx, principalOf(request), request.params.id, null, request.ip);
    return reply.code(204).send(null);
  });

  app.get('/api/sla/breaches', {
    config: { access: requires('sla.read') },
    schema: {
      tags: ['sla'], summary: 'Breaches, newest deadline first (agents: their teams\')',
      querystring: z.object({
        from: z.coerce.number().int().optional().describe('Deadlines from (epoch ms)'), to: z.coerce.number().int().optional(),
        teamId: id.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200),
      }),
      response: { 200: z.object({ breaches: z.array(breachSchema) }) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const scope = conversationScope(principal);
    const allowed = scope.kind === 'workspace' ? undefined : scope.teamIds;
    const teamIds = request.query.teamId === undefined ? allowed : (allowed === undefined || allowed.includes(request.query.teamId) ? [request.query.teamId] : []);
    const breaches = await listBreaches(ctx.storage.db, principal.workspaceId, { from: request.query.from, to: request.query.to, teamIds, limit: request.query.limit });
    return { breaches: breaches.map(presentBreach) };
  });
}
