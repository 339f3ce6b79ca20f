// Conversations, messages and contacts as the API shows them.
import { z } from 'zod';
import { CONVERSATION_STATUSES, type Conversation, type Message } from '../../core/conversation/conversation.ts';
import type { Contact, ContactIdentity } from '../../core/contact/contact.ts';

export const conversationSchema = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  contactId: z.string().nullable(),
  surface: z.enum(['public', 'private']).describe('public: posts and comments anyone can read; private: direct messages'),
  status: z.enum(CONVERSATION_STATUSES),
  priority: z.number(),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  subject: z.string().nullable(),
  snoozedUntil: z.number().nullable(),
  lastMessageAt: z.number(),
  lastInboundAt: z.number().nullable(),
  firstResponseAt: z.number().nullable(),
  createdAt: z.number(),
}).describe('Conversation');

export const messageSchema = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound', 'note']),
  kind: z.string().describe('post, comment, reply, mention, dm, note...'),
  surface: z.enum(['public', 'private']),
  body: z.string().describe('Text as written by its author: untrusted, render as text'),
  authorIdentityId: z.string().nullable(),
  authorUserId: z.string().nullable(),
  status: z.string().nullable(),
  failure: z.object({ code: z.string(), reason: z.string(), suggestion: z.string() }).nullable()
    .describe('For a failed reply: why, and what the agent can do (shown beside the message)'),
  platformCreatedAt: z.number(),
}).describe('Message');

function failureOf(meta: Record<string, unknown>): z.infer<typeof messageSchema>['failure'] {
  const failure = meta.failure as { code?: unknown; reason?: unknown; suggestion?: unknown } | undefined;
  if (typeof failure !== 'object' || failure === null) return null;
  return { code: String(failure.code ?? ''), reason: String(failure.reason ?? ''), suggestion: String(failure.suggestion ?? '') };
}

export const identitySchema = z.object({
  id: z.string(),
  network: z.string(),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  followers: z.number().nullable(),
  verified: z.boolean(),
});

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  notes: z.string().nullable(),
  identities: z.array(identitySchema),
  privateFields: z.record(z.string(), z.unknown()).optional().describe('Absent for people in vendor teams'),
}).describe('Contact');

export const presentConversation = (c: Conversation): z.infer<typeof conversationSchema> => ({
  id: c.id, channelAccountId: c.channelAccountId, contactId: c.contactId, surface: c.surface, status: c.status,
  priority: c.priority, teamId: c.teamId, assigneeId: c.assigneeId, subject: c.subject, snoozedUntil: c.snoozedUntil,
  lastMessageAt: c.lastMessageAt, lastInboundAt: c.lastInboundAt, firstResponseAt: c.firstResponseAt, createdAt: c.createdAt,
});

export const presentMessage = (m: Message): z.infer<typeof messageSchema> => ({
  id: m.id, direction: m.direction, kind: m.kind, surface: m.surface, body: m.body, authorIdentityId: m.authorIdentityId,
  authorUserId: m.authorUserId, status: m.status, failure: m.status === 'failed' ? failureOf(m.meta) : null, platformCreatedAt: m.platformCreatedAt,
});

export function presentContact(contact: Contact, identities: readonly ContactIdentity[], showPrivate: boolean): z.infer<typeof contactSchema> {
  return {
    id: contact.id, name: contact.name, notes: contact.notes,
    identities: identities.map((i) => ({ id: i.id, network: i.network, handle: i.handle, displayName: i.displayName, followers: i.followers, verified: i.verified })),
    ...(showPrivate ? { privateFields: contact.privateFields } : {}),
  };
}
