// Canned responses and WhatsApp templates.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { Storage } from '../../storage/storage.ts';
import type { CannedResponseRow } from '../../storage/repositories/replies.repository.ts';
import { createCanned, deleteCanned, listCanned, renderCanned, updateCanned } from '../../replies/canned.service.ts';
import { addChannelTemplate, listChannelTemplates } from '../../replies/templates.service.ts';
import type { ChannelLookup } from '../../replies/outbox-sender.ts';
import { TEMPLATE_VARIABLES } from '../../core/replies/canned-template.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';

const idParam = z.object({ id: z.string().max(64) });

const cannedSchema = z.object({
  id: z.string(), teamId: z.string().nullable().describe('null: shared by the whole workspace'), name: z.string(),
  shortcut: z.string().describe('Typed after / in the composer'), body: z.string(), updatedAt: z.number(),
}).describe('CannedResponse');

const present = (row: CannedResponseRow): z.infer<typeof cannedSchema> => ({
  id: row.id, teamId: row.team_id, name: row.name, shortcut: row.shortcut, body: row.body, updatedAt: Number(row.updated_at),
});

const cannedBody = z.object({
  name: z.string().min(1).max(100), shortcut: z.string().min(1).max(40).regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and -'),
  body: z.string().min(1).max(5000).describe(`Text with variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`),
  teamId: z.string().max(64).nullable(),
});

export function registerCannedRoutes(app: ApiApp, deps: { storage: Storage; clock: Clock; channels: ChannelLookup }): void {
  app.get('/api/canned-responses', {
    config: { access: requires('canned.read') },
    schema: { tags: ['canned'], summary: 'Canned responses the caller may use', response: { 200: z.object({ cannedResponses: z.array(cannedSchema), variables: z.array(z.string()) }) } },
  }, async (request) => ({ cannedResponses: (await listCanned(deps, principalOf(request))).map(present), variables: [...TEMPLATE_VARIABLES] }));

  app.post('/api/canned-responses', {
    config: { access: requires('canned.manage') },
    schema: { tags: ['canned'], summary: 'Add a canned response', body: cannedBody, response: { 201: cannedSchema } },
  }, async (request, reply) => reply.code(201).send(present(await createCanned(deps, principalOf(request), request.body))));

  app.patch('/api/canned-responses/:id', {
    config: { access: requires('canned.manage') },
    schema: { tags: ['canned'], summary: 'Change a canned response', params: idParam, body: cannedBody.partial(), response: { 200: cannedSchema } },
  }, async (request) => present(await updateCanned(deps, principalOf(request), request.params.id, request.body)));

  app.delete('/api/canned-responses/:id', {
    config: { access: requires('canned.manage') },
    schema: { tags: ['canned'], summary: 'Delete a canned response', params: idParam, response: { 204: z.null() } },
  }, async (request, reply) => {
    await deleteCanned(deps, principalOf(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.post('/api/canned-responses/:id/render', {
    config: { access: requires('canned.read') },
    schema: {
      tags: ['canned'], summary: 'A canned response filled in for a conversation (the composer\'s preview)',
      params: idParam, body: z.object({ conversationId: z.string().max(64) }), response: { 200: z.object({ text: z.string() }) },
    },
  }, async (request) => ({ text: await renderCanned(deps, principalOf(request), request.params.id, request.body.conversationId) }));

  app.get('/api/channels/:id/templates', {
    config: { access: requires('channel.manage') },
    schema: { tags: ['channels'], summary: 'Approved message templates of a WhatsApp number', params: idParam,
      response: { 200: z.object({ templates: z.array(z.object({ id: z.string(), name: z.string(), language: z.string(), body: z.string(), variableCount: z.number() })) }) } },
  }, async (request) => ({
    templates: (await listChannelTemplates(deps, principalOf(request), request.params.id))
      .map((t) => ({ id: t.id, name: t.name, language: t.language, body: t.body, variableCount: t.variable_count })),
  }));

  app.post('/api/channels/:id/templates', {
    config: { access: requires('channel.manage') },
    schema: {
      tags: ['channels'], summary: 'Register an approved template ({{1}}, {{2}}... for variables)', params: idParam,
      body: z.object({ name: z.string().min(1).max(512).regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and _ (as Meta names them)'), language: z.string().min(2).max(15), body: z.string().min(1).max(1024) }),
      response: { 201: z.object({ id: z.string(), name: z.string(), language: z.string(), body: z.string(), variableCount: z.number() }) },
    },
  }, async (request, reply) => {
    const t = await addChannelTemplate(deps, principalOf(request), request.params.id, request.body);
    return reply.code(201).send({ id: t.id, name: t.name, language: t.language, body: t.body, variableCount: t.variable_count });
  });
}
