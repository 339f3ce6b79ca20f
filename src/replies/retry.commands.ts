// Sending a failed reply again, when the agent decides to (after checking, for an unconfirmed one).
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import { authorize, type Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import { findConversationInScope } from '../storage/repositories/conversations.repository.ts';
import { findOutboxItemByMessage, transitionOutboxItem } from '../storage/repositories/outbox.repository.ts';
import { readJson } from '../storage/repositories/json.ts';
import type { OutboxSender } from './outbox-sender.ts';

export async function retryReply(deps: { storage: Storage; clock: Clock; sender: OutboxSender }, principal: Principal, messageId: string, confirmUnconfirmed: boolean): Promise<void> {
  authorize(principal, 'conversation.reply');
  await deps.storage.transaction(async (tx) => {
    const item = await findOutboxItemByMessage(tx, messageId);
    if (!item || item.workspace_id !== principal.workspaceId) throw notFound('Message');
    if (!(await findConversationInScope(tx, conversationScope(principal), item.conversation_id))) throw notFound('Message');
    if (item.status !== 'failed') throw new DomainError('conflict', `This reply is ${item.status}, not failed`);
    const failure = readJson<{ code?: string }>(item.failure, {});
    if (failure.code === 'unconfirmed' && !confirmUnconfirmed) {
      throw new DomainError('conflict', 'This reply may already have been posted', { suggestion: 'Check on the platform, then retry with confirmUnconfirmed' });
    }
    const now = deps.clock.now();
    await transitionOutboxItem(tx, item.id, 'failed', { status: 'queued', attempts: 0, next_attempt_at: now, failure: null, last_error: null }, now);
    await tx.updateTable('messages').set({ status: 'queued' }).where('id', '=', messageId).execute();
    await deps.sender.schedule(item.channel_account_id, now, tx);
  });
}
