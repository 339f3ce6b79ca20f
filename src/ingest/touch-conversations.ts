// Moving conversation clocks for new messages: last message, last inbound and outbound by
// platform time (a late older message never moves them back), the first response, the contact
// of a conversation that had none, and reopening a resolved one when the customer writes again.
import type { Conversation, Message } from '../core/conversation/conversation.ts';
import { canTransition } from '../core/conversation/conversation.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../storage/storage.ts';

// Written as expressions over the stored values, so two workers touching one conversation at
// once (PostgreSQL) cannot move a clock backwards or drop the first response.
const later = (column: string, value: number | null) => value === null
  ? sql.ref<number | null>(column)
  : sql<number>`CASE WHEN ${sql.ref(column)} IS NOT NULL AND ${sql.ref(column)} > ${value} THEN ${sql.ref(column)} ELSE ${value} END`;
const firstOf = (column: string, value: string | number | null) => value === null ? sql.ref<never>(column) : sql<never>`COALESCE(${sql.ref(column)}, ${value})`;

export interface Touch {
  conversation: Conversation;
  message: Message;
  contactId: string | null;
}

/** The conversations as these messages leave them (in memory), and which were reopened. */
export function foldTouches(touches: readonly Touch[], now: number, reopened = new Set<string>()): Map<string, Conversation> {
  const next = new Map<string, Conversation>();
  for (const { conversation, message, contactId } of touches) {
    const c = { ...(next.get(conversation.id) ?? conversation) };
    const at = message.platformCreatedAt;
    c.lastMessageAt = Math.max(c.lastMessageAt, at);
    if (message.direction === 'inbound') {
      c.lastInboundAt = Math.max(c.lastInboundAt ?? 0, at);
      c.contactId ??= contactId;
      if (c.status === 'resolved' && canTransition('resolved', 'open')) {
        c.status = 'open';
        reopened.add(c.id);
      }
    } else if (message.direction === 'outbound') {
      c.lastOutboundAt = Math.max(c.lastOutboundAt ?? 0, at);
      c.firstResponseAt = c.firstResponseAt === null ? at : Math.min(c.firstResponseAt, at);
    }
    c.updatedAt = now;
    next.set(c.id, c);
  }
  return next;
}

/**
 * Moves the clocks of conversations that already existed (new ones were stored with theirs).
 * Returns the conversations as they are now, and the ids of resolved ones the customer reopened.
 */
export async function touchConversations(tx: Executor, touches: readonly Touch[], created: ReadonlySet<string>, now: number): Promise<{ conversations: Map<string, Conversation>; reopened: Set<string> }> {
  const reopened = new Set<string>();
  const next = foldTouches(touches, now, reopened);
  // In id order: concurrent workers lock the same rows in the same order (PostgreSQL).
  for (const c of [...next.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (created.has(c.id)) continue;
    const mine = touches.filter((t) => t.conversation.id === c.id);
    const inbound = mine.filter((t) => t.message.direction === 'inbound').map((t) => t.message.platformCreatedAt);
    const outbound = mine.filter((t) => t.message.direction === 'outbound').map((t) => t.message.platformCreatedAt);
    await tx.updateTable('conversations').set({
      last_message_at: later('last_message_at', c.lastMessageAt) as RawBuilder<number>,
      last_inbound_at: later('last_inbound_at', inbound.length > 0 ? Math.max(...inbound) : null),
      last_outbound_at: later('last_outbound_at', outbound.length > 0 ? Math.max(...outbound) : null),
      first_response_at: firstOf('first_response_at', outbound.length > 0 ? Math.min(...outbound) : null),
      contact_id: firstOf('contact_id', c.contactId),
      ...(reopened.has(c.id) ? { status: sql<'open'>`CASE WHEN status = 'resolved' THEN 'open' ELSE status END` } : {}),
      updated_at: now,
    }).where('id', '=', c.id).execute();
  }
  return { conversations: next, reopened };
}
