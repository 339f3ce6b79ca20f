// The inbox summary on each conversation row (migration 0020): derived from the messages and SLA
// clocks, and refreshed by the writers of those, in the same transaction, with one set-at-a-time
// statement. Reading a view then needs no join to messages or clocks.
import { sql } from 'kysely';
import { deferUntilCommit, type Executor } from '../storage.ts';

/** Characters of the last inbound message kept on the row (the presenter trims further). */
export const SNIPPET_STORED_CHARS = 200;

/** Snippet, author and waiting-since of these conversations, from their messages as stored now. */
export async function refreshMessageSummary(db: Executor, conversationIds: readonly string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  const lastInbound = (column: 'body' | 'author_identity_id') => sql<string | null>`(
    SELECT ${column === 'body' ? sql`substr(m.body, 1, ${sql.lit(SNIPPET_STORED_CHARS)})` : sql.ref('m.author_identity_id')}
    FROM messages m WHERE m.conversation_id = conversations.id AND m.direction = 'inbound' AND m.deleted_at IS NULL
    ORDER BY m.platform_created_at DESC, m.id DESC LIMIT 1)`;
  await db.updateTable('conversations').set({
    snippet: lastInbound('body'),
    author_identity_id: lastInbound('author_identity_id'),
    // The customer's first message since our last reply: how long they have waited.
    waiting_since: sql<number | null>`(SELECT min(m.platform_created_at) FROM messages m
      WHERE m.conversation_id = conversations.id AND m.direction = 'inbound'
      AND m.platform_created_at > COALESCE(conversations.last_outbound_at, -1))`,
  }).where('id', 'in', [...new Set(conversationIds)].sort()).execute();
}

/** Conversations whose SLA summary waits for the end of their transaction. */
const summariesAtCommit = new WeakMap<Executor, Set<string>>();

/**
 * The nearest deadline and warning of the conversation's running SLA clocks. Inside a
 * transaction of Storage.transaction this is written once, for every conversation whose clocks
 * changed, just before the commit (a customer message starts two or three clocks; an ingest batch
 * touches dozens of conversations). Nothing reads the summary inside the writing transaction.
 */
export async function refreshSlaSummary(db: Executor, conversationId: string): Promise<void> {
  const waiting = summariesAtCommit.get(db);
  if (waiting) {
    waiting.add(conversationId);
    return;
  }
  const ids = new Set([conversationId]);
  const deferred = deferUntilCommit(db, async () => {
    summariesAtCommit.delete(db);
    await writeSlaSummaries(db, [...ids]);
  });
  if (deferred) summariesAtCommit.set(db, ids);
  else await writeSlaSummaries(db, [...ids]);
}

async function writeSlaSummaries(db: Executor, conversationIds: readonly string[]): Promise<void> {
  const clocks = (status: 'running' | 'paused') => sql`FROM sla_clocks k WHERE k.conversation_id = conversations.id AND k.status = ${status}`;
  await db.updateTable('conversations').set({
    sla_due_at: sql<number | null>`(SELECT min(k.due_at) ${clocks('running')})`,
    sla_warn_at: sql<number | null>`(SELECT min(k.warn_at) ${clocks('running')})`,
    sla_status: sql<'running' | 'paused' | null>`CASE WHEN EXISTS (SELECT 1 ${clocks('running')}) THEN 'running'
      WHEN EXISTS (SELECT 1 ${clocks('paused')}) THEN 'paused' ELSE NULL END`,
  }).where('id', 'in', [...conversationIds].sort()).execute();
}
