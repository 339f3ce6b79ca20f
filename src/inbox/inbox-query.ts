// The inbox query: a view, filters and a page. A saved filter is a stored set of the same
// parameters (minus the page); parameters given with the request override the saved ones.
import { z } from 'zod';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../core/conversation/conversation.ts';
import { MAX_PRIORITY, MIN_PRIORITY } from '../core/routing/priority.ts';

export const INBOX_VIEWS = ['mine', 'unassigned', 'my_teams', 'at_risk', 'breached', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
/** The views that have a count in the answer. */
export const COUNTED_VIEWS = ['mine', 'unassigned', 'my_teams', 'at_risk', 'breached'] as const;
export type CountedView = (typeof COUNTED_VIEWS)[number];

const id = z.string().min(1).max(64);

/** The filter part of the query: what a saved filter stores. */
export const inboxFilterParams = z.object({
  view: z.enum(INBOX_VIEWS).optional().describe('mine, unassigned, my_teams, at_risk, breached or all (default)'),
  status: z.enum(CONVERSATION_STATUSES).optional().describe('Conversation status; default open'),
  channelId: id.optional().describe('Only this channel account'),
  network: z.string().min(1).max(32).optional().describe('Only channels of this network (x, facebook...)'),
  priority: z.coerce.number().int().min(MIN_PRIORITY).max(MAX_PRIORITY).optional().describe('At least this priority: 0 none, 1 low, 2 medium, 3 high, 4 urgent'),
  teamId: id.optional().describe('Only this team'),
  assigneeId: id.optional().describe('Only conversations assigned to this person'),
  label: z.string().min(1).max(100).optional().describe('Only conversations with this label'),
});
export type InboxFilterParams = z.infer<typeof inboxFilterParams>;

export const inboxQueryParams = inboxFilterParams.extend({
  filterId: id.optional().describe('Start from this saved filter'),
  cursor: z.string().max(512).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type InboxQueryParams = z.infer<typeof inboxQueryParams>;

/** What storage runs: the view and filters resolved (saved filter merged, defaults applied). */
export interface ResolvedInboxQuery {
  view: InboxView;
  status: ConversationStatus;
  channelId?: string;
  network?: string;
  priority?: number;
  teamId?: string;
  assigneeId?: string;
  label?: string;
  limit: number;
}

/** Request parameters override the saved filter's, one by one. */
export function resolveInboxQuery(params: InboxQueryParams, saved: InboxFilterParams = {}): ResolvedInboxQuery {
  const { filterId: _filter, cursor: _cursor, limit, ...given } = params;
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as InboxFilterParams;
  const merged = { ...saved, ...defined };
  return { ...merged, view: merged.view ?? 'all', status: merged.status ?? 'open', limit };
}
