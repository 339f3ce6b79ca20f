// Set-at-a-time queries for the ingest pipeline: a batch of platform events costs a handful of
// statements, not a handful per event (sustained ingest target in PRODUCT.md).
import type { Conversation, Message } from '../../core/conversation/conversation.ts';
import type { Executor } from '../storage.ts';
import { toConversation } from './conversations.repository.ts';
import { writeJson } from './json.ts';

/** Groups `values` by account, so each query filters on one account and a list of ids. */
function byAccount<T>(items: readonly T[], account: (item: T) => string, value: (item: T) => string): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const item of items) {
    const key = account(item);
    let set = groups.get(key);
    if (!set) groups.set(key, set = new Set());
    set.add(value(item));
  }
  return new Map([...groups].map(([key, set]) => [key, [...set]]));
}

export const pairKey = (channelAccountId: string, id: string): string => `${channelAccountId}\u0000${id}`;

export interface PlatformRef { channelAccountId: string; platformId: string }

/** Messages already stored for these platform ids, with their conversation and its thread key. */
export async function findMessagesByPlatformIds(db: Executor, refs: readonly PlatformRef[]):
  Promise<Map<string, { messageId: string; conversationId: string; threadKey: string; direction: string; status: string | null; body: string; deletedAt: number | null }>> {
  const found = new Map();
  for (const [account, ids] of byAccount(refs, (r) => r.channelAccountId, (r) => r.platformId)) {
    const rows = await db.selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
      .select(['messages.id', 'messages.platform_message_id', 'messages.conversation_id', 'conversations.thread_key', 'messages.direction', 'messages.status', 'messages.body', 'messages.deleted_at'])
      .where('messages.channel_account_id', '=', account).where('messages.platform_message_id', 'in', ids).execute();
    for (const row of rows) {
      found.set(pairKey(account, row.platform_message_id!), {
        messageId: row.id, conversationId: row.conversation_id, threadKey: row.thread_key, direction: row.direction,
        status: row.status, body: row.body, deletedAt: row.deleted_at === null ? null : Number(row.deleted_at),
      });
    }
  }
  return found;
}

export async function findConversationsByThreadKeys(db: Executor, refs: readonly PlatformRef[]): Promise<Map<string, Conversation>> {
  const found = new Map<string, Conversation>();
  for (const [account, keys] of byAccount(refs, (r) => r.channelAccountId, (r) => r.platformId)) {
    const rows = await db.selectFrom('conversations').selectAll().where('channel_account_id', '=', account).where('thread_key', 'in', keys).execute();
    for (const row of rows) found.set(pairKey(account, row.thread_key), toConversation(row));
  }
  return found;
}

/** Inserts conversations; ones another worker created first are skipped (re-read them). */
/** Sorts by a key, so concurrent writers touch unique-index entries in one order (no deadlocks). */
const byKey = <T>(items: readonly T[], key: (item: T) => string): T[] => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

export async function insertConversations(db: Executor, conversations: readonly Conversation[]): Promise<Set<string>> {
  if (conversations.length === 0) return new Set();
  const rows = await db.insertInto('conversations').values(byKey(conversations, (c) => pairKey(c.channelAccountId, c.threadKey)).map((c) => ({
    id: c.id, workspace_id: c.workspaceId, channel_account_id: c.channelAccountId, contact_id: c.contactId, thread_key: c.threadKey,
    surface: c.surface, status: c.status, priority: c.priority, team_id: c.teamId, assignee_id: null, subject: c.subject,
    snoozed_until: null, last_message_at: c.lastMessageAt, last_inbound_at: c.lastInboundAt, last_outbound_at: c.lastOutboundAt,
    first_response_at: c.firstResponseAt, created_at: c.createdAt, updated_at: c.updatedAt,
  }))).onConflict((oc) => oc.columns(['channel_account_id', 'thread_key']).doNothing()).returning('id').execute();
  return new Set(rows.map((row) => row.id));
}

/** Inserts messages the platform had not delivered before; returns the ids actually inserted. */
export async function insertMessages(db: Executor, messages: readonly Message[]): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const rows = await db.insertInto('messages').values(byKey(messages, (m) => pairKey(m.channelAccountId, m.platformMessageId ?? m.id)).map((m) => ({
    id: m.id, workspace_id: m.workspaceId, conversation_id: m.conversationId, channel_account_id: m.channelAccountId,
    direction: m.direction, kind: m.kind, surface: m.surface, platform_message_id: m.platformMessageId,
    parent_platform_id: m.parentPlatformId, author_identity_id: m.authorIdentityId, author_user_id: m.authorUserId,
    body: m.body, meta: writeJson(m.meta), status: m.status, platform_created_at: m.platformCreatedAt, created_at: m.createdAt,
  }))).onConflict((oc) => oc.columns(['channel_account_id', 'platform_message_id']).doNothing()).returning('id').execute();
  return new Set(rows.map((row) => row.id));
}

export async function setInboundEventsStatus(db: Executor, ids: readonly string[], status: 'processed' | 'ignored', now: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('inbound_events')
    .set((eb) => ({ status, error: null, processed_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids).execute();
}

export async function teamsOfConversations(db: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('conversations').select(['id', 'team_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.team_id]));
}
