// What the outbox records after a platform call, in one transaction each: the outbox row, the
// message the agent sees, and the events the app and the SLA clocks react to.
import type { Clock } from '../core/clock.ts';
import { backoffDelay } from '../jobs/job-queue.ts';
import type { SendResult } from '../channels/channel-adapter.ts';
import type { Storage, Tx } from '../storage/storage.ts';
import { transitionOutboxItem, type OutboxRow } from '../storage/repositories/outbox.repository.ts';
import { pauseAccount } from '../storage/repositories/send-state.repository.ts';
import { findConversation, touchConversation } from '../storage/repositories/conversations.repository.ts';
import { emit } from '../events/emit.ts';
import { attachPlatformId, isAutomatic, setMessageFailure, setMessageStatus } from './messages.ts';

export const MAX_SEND_ATTEMPTS = 8;

export interface Failure {
  code: string;
  reason: string;
  suggestion: string;
}

interface Deps {
  storage: Storage;
  clock: Clock;
  /** Told when a reply reached the customer (first and next response clocks). */
  onDelivered?: (tx: Tx, conversationId: string, at: number) => Promise<void>;
}

export async function recordSent(deps: Deps, item: OutboxRow, from: OutboxRow['status'], platformMessageId: string): Promise<void> {
  await deps.storage.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await transitionOutboxItem(tx, item.id, from, { status: 'sent', platform_message_id: platformMessageId, sent_at: now, last_error: null }, now))) return;
    await attachPlatformId(tx, item.channel_account_id, item.message_id, platformMessageId);
    await setMessageStatus(tx, item.message_id, 'sent');
    const conversation = await findConversation(tx, item.workspace_id, item.conversation_id);
    if (conversation) {
      await touchConversation(tx, conversation, { direction: 'outbound', platformCreatedAt: now }, now);
      // An automatic acknowledgement is not a person's response: the SLA clocks keep running.
      if (!(await isAutomatic(tx, item.message_id))) await deps.onDelivered?.(tx, conversation.id, now);
      await emit(tx, deps.clock, {
        type: 'message.status_changed', workspaceId: item.workspace_id, subjectId: conversation.id, teamId: conversation.teamId,
        payload: { conversationId: conversation.id, messageId: item.message_id, status: 'sent' },
      });
    }
  });
}

export async function recordFailure(deps: Deps, item: OutboxRow, from: OutboxRow['status'], failure: Failure): Promise<void> {
  await deps.storage.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await transitionOutboxItem(tx, item.id, from, { status: 'failed', last_error: failure.reason, failure: JSON.stringify(failure) }, now))) return;
    await setMessageFailure(tx, item.message_id, failure);
    const conversation = await findConversation(tx, item.workspace_id, item.conversation_id);
    await emit(tx, deps.clock, {
      type: 'message.failed', workspaceId: item.workspace_id, subjectId: item.conversation_id, teamId: conversation?.teamId ?? null,
      payload: { conversationId: item.conversation_id, messageId: item.message_id, ...failure },
    });
  });
}

/** Applies what a send call answered; returns when the account may be called again, if later. */
export async function recordSendResult(deps: Deps, item: OutboxRow, result: SendResult): Promise<number | null> {
  const now = deps.clock.now();
  switch (result.outcome) {
    case 'sent':
      await recordSent(deps, item, 'sending', result.platformMessageId);
      return null;
    case 'permanent':
      await recordFailure(deps, item, 'sending', { code: result.code, reason: result.reason, suggestion: result.suggestion });
      return null;
    case 'rate_limited':
      // The platform said when: wait for it, and do not count this call against the attempts.
      await deps.storage.transaction(async (tx) => {
        await transitionOutboxItem(tx, item.id, 'sending', { status: 'queued', attempts: item.attempts - 1, next_attempt_at: result.retryAt, last_error: result.detail }, now);
        await pauseAccount(tx, item.channel_account_id, result.retryAt, result.detail);
      });
      return result.retryAt;
    case 'transient':
      if (item.attempts >= MAX_SEND_ATTEMPTS) {
        await recordFailure(deps, item, 'sending', { code: 'gave_up', reason: `The platform kept failing (${result.detail})`, suggestion: 'Try again later, or answer on another channel' });
        return null;
      }
      await transitionOutboxItem(deps.storage.db, item.id, 'sending', { status: 'queued', next_attempt_at: now + backoffDelay(item.attempts, 2000, 10 * 60_000), last_error: result.detail }, now);
      return null;
    case 'unknown':
      // The call may have reached the platform: never resend blindly; reconcile first.
      await transitionOutboxItem(deps.storage.db, item.id, 'sending', { status: 'unknown', last_error: result.detail }, now);
      return null;
  }
}
