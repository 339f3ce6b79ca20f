// What a reply needs to know about its conversation: the caller may see it, the channel's rules,
// the customer's identity on the network, and the facts the messaging windows depend on.
import type { Clock } from '../core/clock.ts';
import { notFound } from '../core/errors.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import type { Principal } from '../core/access/principal.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { ContactIdentity } from '../core/contact/contact.ts';
import type { Conversation, Message } from '../core/conversation/conversation.ts';
import { replyOptions, type ReplyOption } from '../core/replies/reply-options.ts';
import type { ChannelAdapter } from '../channels/channel-adapter.ts';
import type { Executor } from '../storage/storage.ts';
import { findChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { listIdentities } from '../storage/repositories/contacts.repository.ts';
import { findConversation, findConversationInScope, listMessages } from '../storage/repositories/conversations.repository.ts';
import { hasPrivateReply } from '../storage/repositories/replies.repository.ts';
import type { ChannelLookup } from './outbox-sender.ts';

export interface ReplyContext {
  conversation: Conversation;
  account: ChannelAccount;
  adapter: ChannelAdapter;
  /** The customer's identity on this conversation's network. */
  customer: ContactIdentity | null;
  messages: Message[];
  /** The inbound message a reply answers by default: the newest one from the customer. */
  latestInbound: Message | null;
}

export async function loadReplyContext(db: Executor, channels: ChannelLookup, principal: Principal, conversationId: string): Promise<ReplyContext> {
  const conversation = await findConversationInScope(db, conversationScope(principal), conversationId);
  if (!conversation) throw notFound('Conversation');
  return contextOf(db, channels, conversation);
}

/** The same for Earshot itself (a rule's acknowledgement): no person, so no scope to check. */
export async function loadReplyContextAsSystem(db: Executor, channels: ChannelLookup, workspaceId: string, conversationId: string): Promise<ReplyContext | null> {
  const conversation = await findConversation(db, workspaceId, conversationId);
  return conversation ? contextOf(db, channels, conversation) : null;
}

async function contextOf(db: Executor, channels: ChannelLookup, conversation: Conversation): Promise<ReplyContext> {
  const account = await findChannelAccount(db, conversation.workspaceId, conversation.channelAccountId);
  if (!account) throw notFound('Conversation');
  const { adapter } = channels.get(account.network);
  const identities = conversation.contactId ? await listIdentities(db, conversation.workspaceId, conversation.contactId) : [];
  const messages = await listMessages(db, conversation.workspaceId, conversation.id);
  const latestInbound = messages.filter((m) => m.direction === 'inbound').at(-1) ?? null;
  return { conversation, account, adapter, customer: identities.find((i) => i.network === account.network) ?? null, messages, latestInbound };
}

/** The reply options for this conversation now, answering `target` (default: the latest inbound message). */
export async function optionsFor(db: Executor, clock: Clock, context: ReplyContext, target: Message | null = context.latestInbound): Promise<ReplyOption[]> {
  const isComment = target !== null && target.direction === 'inbound' && target.surface === 'public' && target.platformMessageId !== null;
  const comment = isComment ? {
    createdAt: target.platformCreatedAt,
    alreadyAnsweredPrivately: await hasPrivateReply(db, context.account.id, target.platformMessageId!),
  } : null;
  return replyOptions(context.adapter.capabilities, {
    now: clock.now(), surface: context.conversation.surface, lastInboundAt: context.conversation.lastInboundAt, comment,
    humanAgentTagEnabled: context.account.settings.humanAgentTag === true, networkName: context.adapter.displayName,
  });
}
