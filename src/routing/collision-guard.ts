// The reply path's check (issue 7): a reply carries the id of the last message its author saw;
// when someone else has replied since, the reply is refused with 409 and what changed, so the
// agent reads the new answer before sending theirs.
import { DomainError, notFound } from '../core/errors.ts';
import type { Executor } from '../storage/storage.ts';
import { listMessagesAfter } from '../storage/repositories/routing.repository.ts';

export interface NewMessage {
  id: string;
  direction: 'inbound' | 'outbound' | 'note';
  kind: string;
  authorUserId: string | null;
  platformCreatedAt: number;
}

const LIMIT = 50;

export interface ReplyCheck {
  conversationId: string;
  lastSeenMessageId: string;
  /** The reply's author: their own earlier replies do not conflict. Unknown: every reply does. */
  authorUserId?: string | null;
  workspaceId?: string;
}

/**
 * Throws DomainError('conflict', …, { newMessages }) when a reply (an outbound message) by
 * anyone but `authorUserId` was stored after `lastSeenMessageId`; replies sent from the
 * platform's own app count too (they have no author here). New customer messages and notes do
 * not block a reply, but are listed when there is a conflict. Returns the messages after the seen one.
 */
export async function assertNoNewerReply(db: Executor, input: ReplyCheck): Promise<NewMessage[]> {
  const seen = await db.selectFrom('messages').select(['id', 'created_at'])
    .$if(input.workspaceId !== undefined, (q) => q.where('workspace_id', '=', input.workspaceId!))
    .where('conversation_id', '=', input.conversationId).where('id', '=', input.lastSeenMessageId)
    .executeTakeFirst();
  if (!seen) throw notFound('Message');
  const rows = await listMessagesAfter(db, input.conversationId, { createdAt: Number(seen.created_at), id: seen.id }, LIMIT);
  const newMessages: NewMessage[] = rows.map((r) => ({
    id: r.id, direction: r.direction, kind: r.kind, authorUserId: r.author_user_id, platformCreatedAt: Number(r.platform_created_at),
  }));
  const author = input.authorUserId ?? null;
  const conflict = newMessages.some((m) => m.direction === 'outbound' && (author === null || m.authorUserId !== author));
  if (conflict) {
    throw new DomainError('conflict', 'Someone else replied in this conversation since you last looked; read the new messages first', { newMessages });
  }
  return newMessages;
}
