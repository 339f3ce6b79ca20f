// Full-text search over messages the caller may see: ranked hits with their conversation's inbox
// row and a plain-text excerpt. Any text is a valid query (storage/search/search-terms.ts).
import { conversationScope } from '../core/access/conversation-policy.ts';
import { DomainError } from '../core/errors.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import { inboxRecordsByIds } from '../storage/repositories/inbox.repository.ts';
import { messageSearchFor, SEARCH_WINDOW } from '../storage/search/message-search.ts';
import { excerptOf, parseSearchTerms } from '../storage/search/search-terms.ts';
import { rankByRelevance } from '../storage/search/rank.ts';
import type { InboxRow } from './inbox-row.ts';
import { presentRecords } from './inbox.service.ts';

export interface SearchResult {
  conversation: InboxRow;
  messageId: string;
  /** Plain text around the first match; the client escapes it. */
  excerpt: string;
}

// Search pages are positions in the ranked window (ranks are not stable keys as messages arrive).
const encodeOffset = (offset: number): string => Buffer.from(`o${offset}`, 'utf8').toString('base64url');

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o(\d{1,4})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset >= SEARCH_WINDOW) throw new DomainError('validation_failed', 'The cursor is not valid; search again');
  return offset;
}

export async function searchMessages(storage: Storage, principal: Principal, input: { q: string; limit: number; cursor?: string | undefined }, now: number):
  Promise<{ results: SearchResult[]; nextCursor: string | null }> {
  const offset = decodeOffset(input.cursor);
  const terms = parseSearchTerms(input.q);
  const scope = conversationScope(principal);
  const ranked = rankByRelevance(await messageSearchFor(storage.dialect).candidates(storage.db, scope, terms), terms);
  const page = ranked.slice(offset, offset + input.limit);
  const records = await inboxRecordsByIds(storage.db, scope, page.map((h) => h.conversationId));
  const rows = new Map((await presentRecords(storage, [...records.values()], now)).map((row) => [row.id, row]));
  const results = page.flatMap((hit) => {
    const conversation = rows.get(hit.conversationId);
    return conversation ? [{ conversation, messageId: hit.messageId, excerpt: excerptOf(hit.body, terms) }] : [];
  });
  return { results, nextCursor: ranked.length > offset + input.limit ? encodeOffset(offset + input.limit) : null };
}
