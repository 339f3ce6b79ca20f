// Conversations (threads) and their messages.
import type { Conversation, ConversationStatus, Message, Surface } from '../../core/conversation/conversation.ts';
import { newId } from '../../core/ids.ts';
import type { ConversationScope } from '../../core/access/conversation-policy.ts';
import type { Executor } from '../storage.ts';
import { conversationInScope } from './scope.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';
import { refreshMessageSummary } from './inbox-summary.repository.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

export const toConversation = (row: Row<'conversations'>): Conversation => ({
  id: row.id, workspaceId: row.workspace_id, channelAccountId: row.channel_account_id, contactId: row.contact_id,
  threadKey: row.thread_key, surface: row.surface, status: row.status, priority: Number(row.priority),
  teamId: row.team_id, assigneeId: row.assignee_id, subject: row.subject, snoozedUntil: num(row.snoozed_until),
  lastMessageAt: Number(row.last_message_at), lastInboundAt: num(row.last_inbound_at), lastOutboundAt: num(row.last_outbound_at),
  firstResponseAt: num(row.first_response_at), createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

export const toMessage = (row: Row<'messages'>): Message => ({
  id: row.id, workspaceId: row.workspace_id, conversationId: row.conversation_id, channelAccountId: row.channel_account_id,
  direction: row.direction, kind: row.kind, surface: row.surface, platformMessageId: row.platform_message_id,
  parentPlatformId: row.parent_platform_id, authorIdentityId: row.author_identity_id, authorUserId: row.author_user_id,
  body: row.body, meta: readJson(row.meta, {}), status: row.status, platformCreatedAt: Number(row.platform_created_at),
  createdAt: Number(row.created_at),
  editedAt: row.edited_at === null || row.edited_at === undefined ? null : Number(row.edited_at),
  deletedAt: row.deleted_at === null || row.deleted_at === undefined ? null : Number(row.deleted_at),
});

/**
 * The messages columns by name: on PostgreSQL the table also holds the search vector (migration
 * 0020), which `select *` would send along with every message.
 */
const MESSAGE_COLUMNS = [
  'id', 'workspace_id', 'conversation_id', 'channel_account_id', 'direction', 'kind', 'surface', 'platform_message_id', 'parent_platform_id',
  'author_identity_id', 'author_user_id', 'body', 'meta', 'status', 'platform_created_at', 'created_at', 'edited_at', 'deleted_at',
] as const;

export async function findConversation(db: Executor, workspaceId: string, id: string): Promise<Conversation | undefined> {
  const row = await db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toConversation(row);
}

export async function findConversationByThread(db: Executor, channelAccountId: string, threadKey: string): Promise<Conversation | undefined> {
  const row = await db.selectFrom('conversations').selectAll()
    .where('channel_account_id', '=', channelAccountId).where('thread_key', '=', threadKey).executeTakeFirst();
  return row && toConversation(row);
}

export interface ThreadRef {
  workspaceId: string;
  channelAccountId: string;
  threadKey: string;
  surface: Surface;
  contactId: string | null;
  subject?: string | null;
  /** The platform time of the message that opens or continues the thread. */
  at: number;
}

/** The conversation for a thread, created when the thread is new. */
export async function findOrCreateConversation(db: Executor, ref: ThreadRef, now: number): Promise<{ conversation: Conversation; created: boolean }> {
  const existing = await findConversationByThread(db, ref.channelAccountId, ref.threadKey);
  if (existing) return { conversation: existing, created: false };
  const conversation: Conversation = {
    id: newId(now), workspaceId: ref.workspaceId, channelAccountId: ref.channelAccountId, contactId: ref.contactId,
    threadKey: ref.threadKey, surface: ref.surface, status: 'open', priority: 0, teamId: null, assigneeId: null,
    subject: ref.subject ?? null, snoozedUntil: null, lastMessageAt: ref.at, lastInboundAt: null, lastOutboundAt: null,
    firstResponseAt: null, createdAt: now, updatedAt: now,
  };
  const inserted = await db.insertInto('conversations').values({
    id: conversation.id, workspace_id: conversation.workspaceId, channel_account_id: conversation.channelAccountId,
    contact_id: conversation.contactId, thread_key: conversation.threadKey, surface: conversation.surface, status: 'open',
    priority: 0, team_id: null, assignee_id: null, subject: conversation.subject, snoozed_until: null,
    last_message_at: conversation.lastMessageAt, last_inbound_at: null, last_outbound_at: null, first_response_at: null,
    created_at: now, updated_at: now,
  }).onConflict((oc) => oc.columns(['channel_account_id', 'thread_key']).doNothing()).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
    // Another worker created it first.
    const raced = await findConversationByThread(db, ref.channelAccountId, ref.threadKey);
    if (raced) return { conversation: raced, created: false };
  }
  return { conversation, created: true };
}

export interface ConversationChanges {
  status?: ConversationStatus;
  priority?: number;
  teamId?: string | null;
  assigneeId?: string | null;
  snoozedUntil?: number | null;
  contactId?: string | null;
}

export async function updateConversation(db: Executor, workspaceId: string, id: string, changes: ConversationChanges, now: number): Promise<void> {
  await db.updateTable('conversations').set({
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.priority !== undefined ? { priority: changes.priority } : {}),
    ...(changes.teamId !== undefined ? { team_id: changes.teamId } : {}),
    ...(changes.assigneeId !== undefined ? { assignee_id: changes.assigneeId } : {}),
    ...(changes.snoozedUntil !== undefined ? { snoozed_until: changes.snoozedUntil } : {}),
    ...(changes.contactId !== undefined ? { contact_id: changes.contactId } : {}),
    updated_at: now,
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Inserts a message unless the platform already delivered it; true when it is new. */
export async function insertMessage(db: Executor, message: Message): Promise<boolean> {
  const result = await db.insertInto('messages').values({
    id: message.id, workspace_id: message.workspaceId, conversation_id: message.conversationId,
    channel_account_id: message.channelAccountId, direction: message.direction, kind: message.kind, surface: message.surface,
    platform_message_id: message.platformMessageId, parent_platform_id: message.parentPlatformId,
    author_identity_id: message.authorIdentityId, author_user_id: message.authorUserId, body: message.body,
    meta: writeJson(message.meta), status: message.status, platform_created_at: message.platformCreatedAt, created_at: message.createdAt,
  }).onConflict((oc) => oc.columns(['channel_account_id', 'platform_message_id']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * Moves the conversation's clocks forward for a new message. Platform time orders messages, so a
 * late-arriving older message never moves `last_message_at` backwards.
 */
export async function touchConversation(db: Executor, conversation: Conversation, message: Pick<Message, 'direction' | 'platformCreatedAt'>, now: number): Promise<void> {
  const at = message.platformCreatedAt;
  const latest = Math.max(conversation.lastMessageAt, at);
  await db.updateTable('conversations').set({
    last_message_at: latest,
    ...(message.direction === 'inbound' ? { last_inbound_at: Math.max(conversation.lastInboundAt ?? 0, at) } : {}),
    ...(message.direction === 'outbound' ? {
      last_outbound_at: Math.max(conversation.lastOutboundAt ?? 0, at),
      first_response_at: conversation.firstResponseAt ?? at,
    } : {}),
    updated_at: now,
  }).where('id', '=', conversation.id).execute();
  await refreshMessageSummary(db, [conversation.id]);
}

export async function listMessages(db: Executor, workspaceId: string, conversationId: string, limit = 500): Promise<Message[]> {
  const rows = await db.selectFrom('messages').select(MESSAGE_COLUMNS)
    .where('workspace_id', '=', workspaceId).where('conversation_id', '=', conversationId)
    .orderBy('platform_created_at').orderBy('id').limit(limit).execute();
  return rows.map(toMessage);
}

export async function findMessageByPlatformId(db: Executor, channelAccountId: string, platformMessageId: string): Promise<Message | undefined> {
  const row = await db.selectFrom('messages').select(MESSAGE_COLUMNS)
    .where('channel_account_id', '=', channelAccountId).where('platform_message_id', '=', platformMessageId).executeTakeFirst();
  return row && toMessage(row);
}

export async function updateMessageStatus(db: Executor, id: string, status: string): Promise<void> {
  await db.updateTable('messages').set({ status }).where('id', '=', id).execute();
}

export interface ConversationFilter {
  status?: ConversationStatus;
  limit: number;
  /** Page backwards: conversations whose last message is older than this. */
  before?: number;
}

/** Conversations the scope allows, newest activity first, filtered in one query. */
export async function listConversationsInScope(db: Executor, scope: ConversationScope, filter: ConversationFilter): Promise<Conversation[]> {
  const rows = await db.selectFrom('conversations').selectAll()
    .where(conversationInScope(scope))
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    .$if(filter.before !== undefined, (q) => q.where('last_message_at', '<', filter.before!))
    .orderBy('last_message_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map(toConversation);
}

/** One conversation, only if the scope allows it (the caller answers "not found" otherwise). */
export async function findConversationInScope(db: Executor, scope: ConversationScope, id: string): Promise<Conversation | undefined> {
  const row = await db.selectFrom('conversations').selectAll().where(conversationInScope(scope)).where('id', '=', id).executeTakeFirst();
  return row && toConversation(row);
}

/** Whether the scope holds any conversation with this contact (agents see contacts they serve). */
export async function contactInScope(db: Executor, scope: ConversationScope, contactId: string): Promise<boolean> {
  const row = await db.selectFrom('conversations').select('id').where(conversationInScope(scope)).where('contact_id', '=', contactId).limit(1).executeTakeFirst();
  return row !== undefined;
}
