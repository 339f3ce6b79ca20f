// Replying and noting: what may be sent now, sending it, internal notes, retrying a failure.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { Storage } from '../../storage/storage.ts';
import { loadReplyContext, optionsFor } from '../../replies/reply-context.ts';
import { queueReply, type ReplyDeps } from '../../replies/reply.commands.ts';
import { addNote } from '../../replies/notes.commands.ts';
import { retryReply } from '../../replies/retry.commands.ts';
import { listTemplates } from '../../storage/repositories/replies.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { messageSchema, presentMessage } from '../presenters/conversation.presenter.ts';
import { errorResponseSchema } from '../errors.ts';

const idParam = z.object({ id: z.string().max(64) });
const replyKind = z.enum(['public_reply', 'private_reply', 'dm']);

const optionSchema = z.object({
  kind: replyKind,
  allowed: z.boolean(),
  freeForm: z.boolean().describe('Free text allowed; false when only a template may be sent'),
  requiresTemplate: z.boolean(),
  humanAgentTag: z.boolean().describe('Sent with Meta\'s HUMAN_AGENT tag (outside 24 hours, within 7 days)'),
  closesAt: z.number().nullable().describe('When this allowance ends (epoch ms)'),
  reason: z.string().nullable(),
  suggestion: z.string().nullable(),
}).describe('ReplyOption');

const templateSchema = z.object({ id: z.string(), name: z.string(), language: z.string(), body: z.string(), variableCount: z.number() });

export function registerReplyRoutes(app: ApiApp, deps: ReplyDeps & { clock: Clock; storage: Storage }): void {
  app.get('/api/conversations/:id/reply-options', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['replies'], summary: 'Which replies may be sent now (public, private, DM), with reasons and the templates allowed',
      params: idParam, response: { 200: z.object({ options: z.array(optionSchema), templates: z.array(templateSchema), maxTextLength: z.number() }), 404: errorResponseSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const context = await loadReplyContext(deps.storage.db, deps.channels, principal, request.params.id);
    const options = await optionsFor(deps.storage.db, deps.clock, context);
    const templates = options.some((o) => o.requiresTemplate) ? await listTemplates(deps.storage.db, principal.workspaceId, context.account.id) : [];
    return {
      options, maxTextLength: context.adapter.capabilities.maxTextLength,
      templates: templates.map((t) => ({ id: t.id, name: t.name, language: t.language, body: t.body, variableCount: t.variable_count })),
    };
  });

  app.post('/api/conversations/:id/replies', {
    config: { access: requires('conversation.reply') },
    schema: {
      tags: ['replies'], summary: 'Reply on the conversation\'s network; stored, then sent by the outbox (paced, retried, never twice)',
      params: idParam,
      body: z.object({
        kind: replyKind,
        text: z.string().max(20_000).optional(),
        inReplyToMessageId: z.string().max(64).optional().describe('Default: the customer\'s latest message'),
        lastSeenMessageId: z.string().max(64).optional().describe('The newest message you saw: if someone replied since, the answer is 409'),
        template: z.object({ id: z.string().max(64), variables: z.array(z.string().max(1024)).max(20) }).optional(),
      }),
      response: { 201: messageSchema, 404: errorResponseSchema, 409: errorResponseSchema },
    },
  }, async (request, reply) => reply.code(201).send(presentMessage(await queueReply(deps, principalOf(request), request.params.id, request.body))));

  app.post('/api/conversations/:id/notes', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['replies'], summary: 'Add an internal note (never sent to the customer), @mentioning colleagues',
      params: idParam, body: z.object({ text: z.string().max(10_000), mentionUserIds: z.array(z.string().max(64)).max(50).optional() }),
      response: { 201: messageSchema, 404: errorResponseSchema },
    },
  }, async (request, reply) => reply.code(201).send(presentMessage(await addNote(deps, principalOf(request), request.params.id, request.body))));

  app.post('/api/messages/:id/retry', {
    config: { access: requires('conversation.reply') },
    schema: {
      tags: ['replies'], summary: 'Send a failed reply again',
      params: idParam, body: z.object({ confirmUnconfirmed: z.boolean().default(false).describe('For a reply that may have been posted: you checked, send anyway') }),
      response: { 204: z.null(), 404: errorResponseSchema, 409: errorResponseSchema },
    },
  }, async (request, reply) => {
    await retryReply(deps, principalOf(request), request.params.id, request.body.confirmUnconfirmed);
    return reply.code(204).send(null);
  });
}
