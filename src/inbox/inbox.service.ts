// The inbox: a view's page in the inbox order with the caller's counts, a contact's past
// conversations, and full-text search; all through the caller's conversation scope.
import { conversationScope } from '../core/access/conversation-policy.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import * as inbox from '../storage/repositories/inbox.repository.ts';
import type { InboxRecord, InboxRow } from './inbox-row.ts';
import { presentInboxRow } from './inbox-row.ts';
import { decodeCursor, encodeCursor, sortKeyOf } from './inbox-order.ts';
import { resolveInboxQuery, type CountedView, type InboxQueryParams } from './inbox-query.ts';
import { savedQuery } from './inbox-filters.service.ts';

export interface InboxPage {
  conversations: InboxRow[];
  nextCursor: string | null;
  counts: Record<CountedView, number>;
}

export const callerOf = (principal: Principal): inbox.InboxCaller =>
  ({ scope: conversationScope(principal), userId: principal.userId, teamIds: principal.teamIds });

/** Rows with their labels (one page-sized query), as the API shows them. */
export async function presentRecords(storage: Storage, records: readonly InboxRecord[], now: number): Promise<InboxRow[]> {
  const labels = await inbox.labelsOf(storage.db, records.map((r) => r.id));
  return records.map((r) => presentInboxRow(r, labels.get(r.id) ?? [], now));
}

export async function listInbox(storage: Storage, principal: Principal, params: InboxQueryParams, now: number): Promise<InboxPage> {
  const saved = params.filterId === undefined ? {} : await savedQuery(storage, principal, params.filterId);
  const query = resolveInboxQuery(params, saved);
  const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
  const caller = callerOf(principal);
  const records = await inbox.listInboxPage(storage.db, caller, query, after, now);
  const page = records.slice(0, query.limit);
  const last = page.at(-1);
  return {
    conversations: await presentRecords(storage, page, now),
    nextCursor: records.length > query.limit && last
      ? encodeCursor(sortKeyOf({ id: last.id, priority: last.priority, slaDueAt: last.sla.dueAt, waitingSince: last.waitingSince }))
      : null,
    counts: await inbox.countInboxViews(storage.db, caller, now),
  };
}

/** A contact's conversations the caller may see, latest first (the contact panel's history). */
export async function contactConversations(storage: Storage, principal: Principal, contactId: string, limit: number, now: number): Promise<InboxRow[]> {
  const records = await inbox.listContactConversations(storage.db, conversationScope(principal), contactId, limit);
  return presentRecords(storage, records, now);
}
