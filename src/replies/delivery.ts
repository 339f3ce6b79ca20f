// What platforms report back about our messages, as the ingestion pipeline hands it over:
// delivery and read receipts, failures, and echoes of our own sends (which also settle sends
// whose answer was lost).
import type { Clock } from '../core/clock.ts';
import type { DeliveryStatus } from '../channels/channel-adapter.ts';
import type { Tx } from '../storage/storage.ts';
import { findMessageByPlatformId } from '../storage/repositories/conversations.repository.ts';
import { transitionOutboxItem } from '../storage/repositories/outbox.repository.ts';
import { emit } from '../events/emit.ts';
import { attachPlatformId, setMessageFailure, setMessageStatus } from './messages.ts';

/** Applies a delivery status to the outbound message with that platform id; false when unknown to us. */
export async function applyDeliveryStatus(tx: Tx, clock: Clock, channelAccountId: string, status: DeliveryStatus): Promise<boolean> {
  const message = await findMessageByPlatformId(tx, channelAccountId, status.platformMessageId);
  if (!message || message.direction !== 'outbound') return false;
  const conversation = await tx.selectFrom('conversations').select(['team_id']).where('id', '=', message.conversationId).executeTakeFirst();
  const base = { workspaceId: message.workspaceId, subjectId: message.conversationId, teamId: conversation?.team_id ?? null };
  if (status.status === 'failed') {
    const failure = { code: status.error?.code ?? 'delivery_failed', reason: status.error?.message ?? 'The platform could not deliver this message', suggestion: 'Try another channel, or ask the customer to write again' };
    await setMessageFailure(tx, message.id, failure);
    await emit(tx, clock, { type: 'message.failed', ...base, payload: { conversationId: message.conversationId, messageId: message.id, ...failure } });
    return true;
  }
  if (await setMessageStatus(tx, message.id, status.status)) {
    await emit(tx, clock, { type: 'message.status_changed', ...base, payload: { conversationId: message.conversationId, messageId: message.id, status: status.status } });
  }
  return true;
}

/**
 * An echo of a message our account sent. When it matches one of our pending replies (same thread
 * and text, still without a platform id), that reply is settled as sent and true is returned, so
 * the pipeline does not store the echo as a second message.
 */
export async function settleEcho(tx: Tx, channelAccountId: string, echo: { platformMessageId: string; text: string; threadKey: string }, now: number): Promise<boolean> {
  const candidate = await tx.selectFrom('outbox').innerJoin('messages', 'messages.id', 'outbox.message_id')
    .innerJoin('conversations', 'conversations.id', 'outbox.conversation_id')
    .select(['outbox.id as outboxId', 'outbox.status as status', 'messages.id as messageId'])
    .where('outbox.channel_account_id', '=', channelAccountId).where('conversations.thread_key', '=', echo.threadKey)
    .where('messages.body', '=', echo.text.trim()).where('messages.platform_message_id', 'is', null)
    .where('outbox.status', 'in', ['sending', 'unknown'])
    .orderBy('outbox.created_at').limit(1).executeTakeFirst();
  if (!candidate) return false;
  if (candidate.status !== 'sent') {
    await transitionOutboxItem(tx, candidate.outboxId, candidate.status, { status: 'sent', platform_message_id: echo.platformMessageId, sent_at: now }, now);
  }
  await attachPlatformId(tx, channelAccountId, candidate.messageId, echo.platformMessageId);
  await setMessageStatus(tx, candidate.messageId, 'sent');
  return true;
}
