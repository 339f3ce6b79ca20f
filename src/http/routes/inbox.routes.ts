// The agent app's inbox: views with counts, saved filters, full-text search and a contact's
// past conversations. Every list goes through the caller's scope in its query.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import { notFound } from '../../core/errors.ts';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import type { Storage } from '../../storage/storage.ts';
import * as contacts from '../../storage/repositories/contacts.repository.ts';
import { contactInScope } from '../../storage/repositories/conversations.repository.ts';
import { inboxQueryParams } from '../../inbox/inbox-query.ts';
import { contactConversations, listInbox } from '../../inbox/inbox.service.ts';
import { searchMessages } from '../../inbox/search.service.ts';
import { createFilter, deleteFilter, listFilters, newFilterInput } from '../../inbox/inbox-filters.service.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { inboxCountsSchema, inboxFilterSchema, inboxRowSchema, searchResultSchema } from '../presenters/inbox.presenter.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

const idParam = z.object({ id: z.string().max(64) });

export function registerInboxRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/inbox', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['inbox'], summary: 'A view of the inbox: by priority, then SLA deadline, then longest waiting',
      querystring: inboxQueryParams,
      response: { 200: z.object({ conversations: z.array(inboxRowSchema), nextCursor: z.string().nullable(), counts: inboxCountsSchema }), 404: errorResponseSchema },
    },
  }, async (request) => listInbox(deps.storage, principalOf(request), request.query, deps.clock.now()));

  app.get('/api/inbox/filters', {
    config: { access: requires('conversation.read') },
    schema: { tags: ['inbox'], summary: 'Saved filters: the caller\'s own and the workspace\'s shared ones', response: { 200: z.object({ filters: z.array(inboxFilterSchema) }) } },
  }, async (request) => ({ filters: await listFilters(deps.storage, principalOf(request)) }));

  app.post('/api/inbox/filters', {
    config: { access: requires('inbox.filter_manage') },
    schema: { tags: ['inbox'], summary: 'Save a filter (shared: supervisors and admins)', body: newFilterInput, response: { 201: inboxFilterSchema } },
  }, async (request, reply) => reply.code(201).send(await createFilter(deps, principalOf(request), request.body)));

  app.delete('/api/inbox/filters/:id', {
    config: { access: requires('inbox.filter_manage') },
    schema: { tags: ['inbox'], summary: 'Delete a saved filter', params: idParam, response: { 204: z.null(), 404: errorResponseSchema } },
  }, async (request, reply) => {
    await deleteFilter(deps.storage, principalOf(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/search', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['inbox'], summary: 'Full-text search over the messages the caller may see, best matches first',
      querystring: z.object({
        q: z.string().max(1000).describe('Words to find; "quoted words" as a phrase. Any text is accepted'),
        limit: z.coerce.number().int().min(1).max(100).default(20),
        cursor: z.string().max(64).optional(),
      }),
      response: { 200: z.object({ results: z.array(searchResultSchema), nextCursor: z.string().nullable() }) },
    },
  }, async (request) => searchMessages(deps.storage, principalOf(request), request.query, deps.clock.now()));

  app.get('/api/contacts/:id/conversations', {
    config: { access: requires('contact.read') },
    schema: {
      tags: ['contacts'], summary: 'A contact\'s conversations the caller may see, latest first',
      params: idParam, querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      response: { 200: z.object({ conversations: z.array(inboxRowSchema) }), 404: errorResponseSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const scope = conversationScope(principal);
    const contact = await contacts.findContact(deps.storage.db, principal.workspaceId, request.params.id);
    const visible = contact && (scope.kind === 'workspace' || await contactInScope(deps.storage.db, scope, contact.id));
    if (!contact || !visible) throw notFound('Contact');
    return { conversations: await contactConversations(deps.storage, principal, contact.id, request.query.limit, deps.clock.now()) };
  });
}
