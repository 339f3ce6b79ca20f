// Step one of processing: what each stored event means. An event whose body its adapter cannot
// read is quarantined with the reason; everything else becomes items to thread and record.
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { DeliveryStatus, InboundDeletion, InboundEdit, InboundItem, InboundMessage } from '../channels/channel-adapter.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { InboundEventRow } from '../storage/repositories/inbound-events.repository.ts';

export interface Located<T> {
  event: InboundEventRow;
  account: ChannelAccount;
  item: T;
}

export interface Work {
  messages: Located<InboundMessage>[];
  edits: Located<InboundEdit>[];
  deletions: Located<InboundDeletion>[];
  statuses: Located<DeliveryStatus>[];
  /** Events that meant nothing to take in (reactions, reposts...). */
  ignored: InboundEventRow[];
  /** Events that meant something: marked processed. */
  understood: InboundEventRow[];
  quarantined: Array<{ event: InboundEventRow; account: ChannelAccount | null; error: string }>;
}

export function emptyWork(): Work {
  return { messages: [], edits: [], deletions: [], statuses: [], ignored: [], understood: [], quarantined: [] };
}

export function normalizeEvents(rows: readonly InboundEventRow[], accounts: ReadonlyMap<string, ChannelAccount>, registry: ChannelRegistry): Work {
  const work = emptyWork();
  for (const event of rows) {
    const account = accounts.get(event.channel_account_id) ?? null;
    if (!account || !registry.has(account.network)) {
      work.quarantined.push({ event, account, error: account ? `no channel "${account.network}"` : 'the channel account no longer exists' });
      continue;
    }
    let items: InboundItem[];
    try {
      items = registry.get(account.network).adapter.normalize(
        { platformEventId: event.platform_event_id, accountExternalId: account.externalId, body: event.body }, account.externalId);
    } catch (error) {
      work.quarantined.push({ event, account, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (items.length === 0) work.ignored.push(event);
    else work.understood.push(event);
    for (const item of items) {
      if (item.type === 'message') work.messages.push({ event, account, item });
      else if (item.type === 'edit') work.edits.push({ event, account, item });
      else if (item.type === 'deletion') work.deletions.push({ event, account, item });
      else work.statuses.push({ event, account, item });
    }
  }
  // Platform time, not arrival, orders what happened (a reply may arrive before its parent).
  work.messages.sort((a, b) => a.item.createdAt - b.item.createdAt);
  return work;
}
