// Inbox rows, search results and saved filters as the API shows them (the agent app's contract).
import { z } from 'zod';
import { CONVERSATION_STATUSES } from '../../core/conversation/conversation.ts';
import { inboxFilterParams } from '../../inbox/inbox-query.ts';

export const inboxRowSchema = z.object({
  id: z.string(),
  status: z.enum(CONVERSATION_STATUSES),
  priority: z.number().int().describe('0 none, 1 low, 2 medium, 3 high, 4 urgent (from triage, rules or a person)'),
  network: z.string(),
  channelAccountId: z.string(),
  channelName: z.string(),
  isPublic: z.boolean().describe('A public post or comment (true) or a private message (false)'),
  author: z.object({
    contactId: z.string().nullable(),
    name: z.string().nullable(),
    handle: z.string().nullable(),
    avatarUrl: z.string().nullable().describe('https only'),
    followers: z.number().nullable(),
    verified: z.boolean(),
    influence: z.object({
      score: z.number().nullable().describe('0-1, from triage'),
      tier: z.enum(['mega', 'macro', 'mid', 'micro', 'regular', 'unknown']).describe('Badge by followers'),
    }),
  }),
  snippet: z.string().describe('Start of the last inbound message, plain text: untrusted, render as text'),
  sentiment: z.string().nullable(),
  topic: z.string().nullable(),
  needsResponse: z.object({
    required: z.boolean().nullable(),
    kind: z.string().nullable().describe('complaint, question, feedback, chatter or spam'),
  }),
  labels: z.array(z.string()),
  assigneeId: z.string().nullable(),
  teamId: z.string().nullable(),
  sla: z.object({
    dueAt: z.number().nullable().describe('The nearest running deadline (epoch ms)'),
    state: z.enum(['ok', 'at_risk', 'breached', 'paused', 'none']),
  }),
  waitingSince: z.number().nullable().describe('The customer\'s first message since our last reply (epoch ms)'),
  lastMessageAt: z.number(),
}).describe('InboxRow');

export const inboxCountsSchema = z.object({
  mine: z.number(), unassigned: z.number(), my_teams: z.number(), at_risk: z.number(), breached: z.number(),
}).describe('Open conversations per view for the caller, each counted up to 1000');

export const inboxFilterSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: inboxFilterParams,
  shared: z.boolean(),
  ownerId: z.string(),
  canDelete: z.boolean(),
}).describe('InboxFilter');

export const searchResultSchema = z.object({
  conversation: inboxRowSchema,
  messageId: z.string(),
  excerpt: z.string().describe('Plain text around the match: untrusted, escape it'),
}).describe('SearchResult');
