// Reading conversations and contacts, always through the caller's scope: a conversation outside
// it answers exactly as one that does not exist.
import { z } from 'zod';
import { notFound } from '../../core/errors.ts';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import { can } from '../../core/access/principal.ts';
import { CONVERSATION_STATUSES } from '../../core/conversation/conversation.ts';
import type { Storage } from '../../storage/storage.ts';
import * as conversations from '../../storage/repositories/conversations.repository.ts';
import * as contacts from '../../storage/repositories/contacts.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { contactSchema, conversationSchema, messageSchema, presentContact, presentConversation, presentMessage } from '../presenters/conversation.presenter.ts';
import { errorResponseSchema } from '../errors.ts';

interface Deps {
  storage: Storage;
}

const idParam = z.object({ id: z.string().max(64) });

export function registerConversationRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/conversations', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['conversations'], summary: 'Conversations the caller may see, newest activity first',
      querystring: z.object({
        status: z.enum(CONVERSATION_STATUSES).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.coerce.number().int().optional().describe('Page back: last activity before this time (epoch ms)'),
      }),
      response: { 200: z.object({ conversations: z.array(conversationSchema) }) },
    },
  }, async (request) => {
    const scope = conversationScope(principalOf(request));
    const list = await conversations.listConversationsInScope(deps.storage.db, scope, request.query);
    return { conversations: list.map(presentConversation) };
  });

  app.get('/api/conversations/:id', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['conversations'], summary: 'One conversation with its messages in platform-time order',
      params: idParam,
      response: { 200: z.object({ conversation: conversationSchema, messages: z.array(messageSchema) }), 404: errorResponseSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const conversation = await conversations.findConversationInScope(deps.storage.db, conversationScope(principal), request.params.id);
    if (!conversation) throw notFound('Conversation');
    const messages = await conversations.listMessages(deps.storage.db, principal.workspaceId, conversation.id);
    return { conversation: presentConversation(conversation), messages: messages.map(presentMessage) };
  });

  app.get('/api/contacts/:id', {
    config: { access: requires('contact.read') },
    schema: {
      tags: ['contacts'], summary: 'A contact with their identity on each network',
      params: idParam, response: { 200: contactSchema, 404: errorResponseSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const scope = conversationScope(principal);
    const contact = await contacts.findContact(deps.storage.db, principal.workspaceId, request.params.id);
    const visible = contact && (scope.kind === 'workspace' || await conversations.contactInScope(deps.storage.db, scope, contact.id));
    if (!contact || !visible) throw notFound('Contact');
    const identities = await contacts.listIdentities(deps.storage.db, principal.workspaceId, contact.id);
    return presentContact(contact, identities, can(principal, 'contact.read_private'));
  });
}
