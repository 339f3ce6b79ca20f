// Edits, deletions and delivery statuses: changes to messages already stored. Each applies once
// (replaying it finds nothing to change and emits nothing); one about a message Earshot never saw
// is ignored. Delivery statuses only move forward: sent < delivered < read (Meta may deliver
// them out of order); failed can arrive at any point.
import type { DomainEventInput } from '../core/events.ts';
import type { DeliveryStatus, InboundDeletion, InboundEdit } from '../channels/channel-adapter.ts';
import type { Tx } from '../storage/storage.ts';
import type { InboundHooks } from './inbound-hooks.ts';
import { findMessagesByPlatformIds, pairKey, teamsOfConversations } from '../storage/repositories/ingest.repository.ts';
import type { Located } from './inbound-work.ts';
import { refreshMessageSummary } from '../storage/repositories/inbox-summary.repository.ts';

const RANK: Record<string, number> = { queued: 0, sending: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

type Update = Located<InboundEdit> | Located<InboundDeletion> | Located<DeliveryStatus>;

export async function applyUpdates(tx: Tx, updates: readonly Update[], hooks: Pick<InboundHooks, 'deliveryStatus'> = {}): Promise<DomainEventInput[]> {
  if (updates.length === 0) return [];
  if (hooks.deliveryStatus) {
    // The outbox owns outbound messages: it applies their delivery reports (and emits their events).
    for (const update of updates) if (update.item.type === 'status') await hooks.deliveryStatus(tx, update.account.id, update.item);
    updates = updates.filter((u) => u.item.type !== 'status');
    if (updates.length === 0) return [];
  }
  const stored = await findMessagesByPlatformIds(tx, updates.map((u) => ({ channelAccountId: u.account.id, platformId: u.item.platformMessageId })));
  const teams = await teamsOfConversations(tx, [...new Set([...stored.values()].map((m) => m.conversationId))]);
  const events: DomainEventInput[] = [];
  const changedText = new Set<string>();
  for (const update of updates) {
    const message = stored.get(pairKey(update.account.id, update.item.platformMessageId));
    if (!message) continue;
    const base = { workspaceId: update.account.workspaceId, subjectId: message.conversationId, teamId: teams.get(message.conversationId) ?? null };
    const ids = { conversationId: message.conversationId, messageId: message.messageId };
    const { item } = update;
    if (item.type === 'edit') {
      if (message.body === item.text) continue;
      await tx.updateTable('messages').set({ body: item.text, edited_at: item.editedAt }).where('id', '=', message.messageId).execute();
      message.body = item.text;
      changedText.add(message.conversationId);
      events.push({ ...base, type: 'message.edited', payload: ids });
    } else if (item.type === 'deletion') {
      if (message.deletedAt !== null) continue;
      await tx.updateTable('messages').set({ deleted_at: item.deletedAt }).where('id', '=', message.messageId).execute();
      message.deletedAt = item.deletedAt;
      changedText.add(message.conversationId);
      events.push({ ...base, type: 'message.deleted', payload: ids });
    } else {
      if (message.direction !== 'outbound' || (RANK[item.status] ?? 0) <= (RANK[message.status ?? 'queued'] ?? 0)) continue;
      await tx.updateTable('messages').set({ status: item.status }).where('id', '=', message.messageId).execute();
      message.status = item.status;
      events.push(item.status === 'failed'
        ? { ...base, type: 'message.failed', payload: { ...ids, code: item.error?.code ?? 'delivery_failed', reason: item.error?.message || 'The platform could not deliver this message', suggestion: 'Try another channel, or ask the customer to write again' } }
        : { ...base, type: 'message.status_changed', payload: { ...ids, status: item.status } });
    }
  }
  await refreshMessageSummary(tx, [...changedText]);
  return events;
}
