// Replaying a stored event: after a fix, a quarantined event is read again; any event can be
// reprocessed on purpose. Processing is idempotent (unique platform ids, state checks), so a
// replay of an event already taken in changes nothing, and replaying twice is the same as once.
// A whole delivery quarantined because it could not be split is split again, and its events
// stored and processed.
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { Storage } from '../storage/storage.ts';
import { findInboundEvent, insertInboundEvents, type InboundEventRow } from '../storage/repositories/inbound-events.repository.ts';
import { findChannelAccountById } from '../storage/repositories/channel-accounts.repository.ts';
import type { InboundProcessor } from './inbound-processor.ts';
import { DELIVERY_PREFIX } from './webhook-intake.ts';

export interface ReplayDeps {
  storage: Storage;
  clock: Clock;
  registry: ChannelRegistry;
  processor: InboundProcessor;
}

export interface ReplayOutcome {
  event: InboundEventRow;
  /** Events a re-split delivery produced (new ones only). */
  split: number;
  messages: number;
}

/** Replays event `id`; with `workspaceId`, only an event of that workspace (else undefined). */
export async function replayInboundEvent(deps: ReplayDeps, id: string, workspaceId?: string): Promise<ReplayOutcome | undefined> {
  const row = await findInboundEvent(deps.storage.db, id);
  if (!row) return undefined;
  const account = await findChannelAccountById(deps.storage.db, row.channel_account_id);
  if (workspaceId !== undefined && account?.workspaceId !== workspaceId) return undefined;
  const now = deps.clock.now();
  if (row.platform_event_id.startsWith(DELIVERY_PREFIX) && account) {
    let events;
    try {
      events = deps.registry.get(account.network).adapter.split(Buffer.from(row.body, 'utf8'));
    } catch (error) {
      await deps.storage.inboundTransaction((tx) => tx.updateTable('inbound_events').set((eb) => ({ error: (error as Error).message, processed_at: now, attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute());
      return { event: (await findInboundEvent(deps.storage.db, id))!, split: 0, messages: 0 };
    }
    const ids = await deps.storage.inboundTransaction(async (tx) => {
      const inserted = await insertInboundEvents(tx, events.filter((e) => e.accountExternalId === account.externalId).map((e) => ({
        id: newId(now), channelAccountId: account.id, network: account.network, platformEventId: e.platformEventId, receivedAt: now, body: e.body,
      })));
      await tx.updateTable('inbound_events').set((eb) => ({ status: 'processed', error: null, processed_at: now, attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
      return inserted;
    });
    const summary = await deps.processor.processIds(ids, { replay: true });
    return { event: (await findInboundEvent(deps.storage.db, id))!, split: ids.length, messages: summary.messages };
  }
  await deps.storage.inboundTransaction((tx) => tx.updateTable('inbound_events').set({ status: 'received' }).where('id', '=', id).execute());
  const summary = await deps.processor.processIds([id], { replay: true });
  return { event: (await findInboundEvent(deps.storage.db, id))!, split: 0, messages: summary.messages };
}
