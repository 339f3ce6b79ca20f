// Threading and recording a batch of new messages: drop ones already stored, resolve authors to
// contacts, find each message's conversation (its parent's, else its thread key's, else a new
// one), insert the messages and move each conversation's clocks. Set-at-a-time throughout.
import type { Clock } from '../core/clock.ts';
import type { Conversation, Message } from '../core/conversation/conversation.ts';
import { newId } from '../core/ids.ts';
import type { InboundMessage } from '../channels/channel-adapter.ts';
import type { Executor, Tx } from '../storage/storage.ts';
import * as ingest from '../storage/repositories/ingest.repository.ts';
import { identityKey, resolveIdentities } from '../storage/repositories/identities-bulk.repository.ts';
import type { ContactIdentity } from '../core/contact/contact.ts';
import type { InboundHooks, IngestedMessage } from './inbound-hooks.ts';
import type { Located } from './inbound-work.ts';
import { foldTouches, touchConversations } from './touch-conversations.ts';
import { refreshMessageSummary } from '../storage/repositories/inbox-summary.repository.ts';

const { pairKey } = ingest;

/** Drops messages already stored, and second copies within the batch. */
async function newOnly(tx: Executor, located: readonly Located<InboundMessage>[]): Promise<Located<InboundMessage>[]> {
  const existing = await ingest.findMessagesByPlatformIds(tx, located.map((l) => ({ channelAccountId: l.account.id, platformId: l.item.platformMessageId })));
  const seen = new Set<string>();
  return located.filter((l) => {
    const key = pairKey(l.account.id, l.item.platformMessageId);
    if (existing.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function identitiesOf(tx: Executor, located: readonly Located<InboundMessage>[], now: number): Promise<Map<string, ContactIdentity>> {
  const byWorkspace = new Map<string, Located<InboundMessage>[]>();
  for (const l of located) if (!l.item.fromAccount) byWorkspace.set(l.account.workspaceId, [...(byWorkspace.get(l.account.workspaceId) ?? []), l]);
  const all = new Map<string, ContactIdentity>();
  for (const [workspaceId, group] of byWorkspace) {
    for (const [key, identity] of await resolveIdentities(tx, workspaceId, group.map((l) => l.item.author), now)) all.set(`${workspaceId}\u0000${key}`, identity);
  }
  return all;
}

/** Each message's thread key: its parent's conversation when the parent is known, else its own. */
async function threadKeys(tx: Executor, located: readonly Located<InboundMessage>[]): Promise<string[]> {
  const parents = located.filter((l) => l.item.parentPlatformId).map((l) => ({ channelAccountId: l.account.id, platformId: l.item.parentPlatformId! }));
  const stored = await ingest.findMessagesByPlatformIds(tx, parents);
  const inBatch = new Map<string, string>();
  return located.map((l) => {
    const parent = l.item.parentPlatformId ? pairKey(l.account.id, l.item.parentPlatformId) : null;
    const key = (parent && (inBatch.get(parent) ?? stored.get(parent)?.threadKey)) || l.item.threadKey;
    inBatch.set(pairKey(l.account.id, l.item.platformMessageId), key);
    return key;
  });
}

/** The existing conversation of each message's thread, or a new one (not yet stored). */
async function conversationsFor(tx: Executor, located: readonly Located<InboundMessage>[], keys: readonly string[],
  contactOf: (l: Located<InboundMessage>) => string | null, now: number): Promise<{ byKey: Map<string, Conversation>; fresh: Map<string, Conversation> }> {
  const byKey = await ingest.findConversationsByThreadKeys(tx, located.map((l, i) => ({ channelAccountId: l.account.id, platformId: keys[i]! })));
  const fresh = new Map<string, Conversation>();
  located.forEach((l, i) => {
    const key = pairKey(l.account.id, keys[i]!);
    if (byKey.has(key) || fresh.has(key)) return;
    const conversation: Conversation = {
      id: newId(now), workspaceId: l.account.workspaceId, channelAccountId: l.account.id, contactId: contactOf(l), threadKey: keys[i]!,
      surface: l.item.surface, status: 'open', priority: 0, teamId: l.account.defaultTeamId, assigneeId: null, subject: null,
      snoozedUntil: null, lastMessageAt: l.item.createdAt, lastInboundAt: null, lastOutboundAt: null, firstResponseAt: null, createdAt: now, updatedAt: now,
    };
    fresh.set(key, conversation);
    byKey.set(key, conversation);
  });
  return { byKey, fresh };
}

/**
 * Stores the new conversations with their clocks already moved by this batch's messages (one
 * insert, no update). One that another worker created first is replaced by that one.
 */
async function storeFresh(tx: Executor, fresh: ReadonlyMap<string, Conversation>, rows: ReadonlyArray<{ conversation: Conversation; message: Message; contactId: string | null }>, now: number): Promise<Map<string, Conversation>> {
  const freshIds = new Set([...fresh.values()].map((c) => c.id));
  const folded = foldTouches(rows.filter((r) => freshIds.has(r.conversation.id)), now);
  const created = await ingest.insertConversations(tx, [...fresh.values()].map((c) => folded.get(c.id) ?? c));
  const replaced = new Map<string, Conversation>();
  const raced = [...fresh.values()].filter((c) => !created.has(c.id));
  if (raced.length > 0) {
    const found = await ingest.findConversationsByThreadKeys(tx, raced.map((c) => ({ channelAccountId: c.channelAccountId, platformId: c.threadKey })));
    for (const c of raced) {
      const theirs = found.get(pairKey(c.channelAccountId, c.threadKey));
      if (theirs) replaced.set(c.id, theirs);
    }
  }
  return replaced;
}

function toMessage(l: Located<InboundMessage>, conversation: Conversation, identity: ContactIdentity | null, now: number): Message {
  const { item } = l;
  return {
    id: newId(now), workspaceId: l.account.workspaceId, conversationId: conversation.id, channelAccountId: l.account.id,
    direction: item.fromAccount ? 'outbound' : 'inbound', kind: item.kind, surface: item.surface, platformMessageId: item.platformMessageId,
    parentPlatformId: item.parentPlatformId, authorIdentityId: identity?.id ?? null, authorUserId: null, body: item.text,
    meta: { ...item.meta, attachments: item.attachments, ...(item.engagement ? { engagement: item.engagement } : {}), inboundEventId: l.event.id },
    status: item.fromAccount ? 'sent' : null, platformCreatedAt: item.createdAt, createdAt: now,
  };
}

export interface Recorded {
  ingested: IngestedMessage[];
  /** Resolved conversations a customer's new message reopened. */
  reopened: Set<string>;
}

export async function recordMessages(tx: Tx, clock: Clock, batch: readonly Located<InboundMessage>[], settleEcho?: InboundHooks['settleEcho']): Promise<Recorded> {
  const now = clock.now();
  let located = await newOnly(tx, batch);
  if (located.length === 0) return { ingested: [], reopened: new Set() };
  let keys = await threadKeys(tx, located);
  if (settleEcho && located.some((l) => l.item.fromAccount)) {
    // An echo of a reply the outbox is still settling is that reply, not a second message.
    const settled = new Set<number>();
    for (const [i, l] of located.entries()) {
      if (l.item.fromAccount && await settleEcho(tx, l.account.id, { platformMessageId: l.item.platformMessageId, text: l.item.text, threadKey: keys[i]! })) settled.add(i);
    }
    located = located.filter((_, i) => !settled.has(i));
    keys = keys.filter((_, i) => !settled.has(i));
    if (located.length === 0) return { ingested: [], reopened: new Set() };
  }
  const identities = await identitiesOf(tx, located, now);
  const identityOf = (l: Located<InboundMessage>) => l.item.fromAccount ? null
    : identities.get(`${l.account.workspaceId}\u0000${identityKey(l.item.author.network, l.item.author.externalId)}`) ?? null;
  const { byKey, fresh } = await conversationsFor(tx, located, keys, (l) => identityOf(l)?.contactId ?? null, now);
  let rows = located.map((l, i) => {
    const conversation = byKey.get(pairKey(l.account.id, keys[i]!))!;
    return { l, conversation, identity: identityOf(l), contactId: identityOf(l)?.contactId ?? null, message: toMessage(l, conversation, identityOf(l), now) };
  });
  const replaced = await storeFresh(tx, fresh, rows, now);
  if (replaced.size > 0) {
    rows = rows.map((r) => {
      const theirs = replaced.get(r.conversation.id);
      return theirs ? { ...r, conversation: theirs, message: { ...r.message, conversationId: theirs.id } } : r;
    });
  }
  const created = new Set([...fresh.values()].map((c) => c.id).filter((id) => !replaced.has(id)));
  const inserted = await ingest.insertMessages(tx, rows.map((r) => r.message));
  const kept = rows.filter((r) => inserted.has(r.message.id));
  const { conversations: updated, reopened } = await touchConversations(tx, kept, created, now);
  await refreshMessageSummary(tx, kept.map((r) => r.conversation.id));
  const announced = new Set<string>();
  const ingested = kept.map((r) => {
    // The first message of a new conversation announces it; later ones in the batch do not.
    const first = created.has(r.conversation.id) && !announced.has(r.conversation.id);
    announced.add(r.conversation.id);
    return { account: r.l.account, message: r.message, item: r.l.item, identity: r.identity, conversation: updated.get(r.conversation.id) ?? r.conversation, conversationCreated: first };
  });
  return { ingested, reopened };
}
