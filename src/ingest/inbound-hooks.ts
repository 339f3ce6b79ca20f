// Where triage and routing plug into ingestion. The pipeline calls these inside the transaction
// that stores a batch of new inbound messages, after threading and contact resolution and before
// the domain events are written; the composition root wires the real implementations.
import type { ContactIdentity } from '../core/contact/contact.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { Conversation, Message } from '../core/conversation/conversation.ts';
import type { DeliveryStatus, InboundMessage } from '../channels/channel-adapter.ts';
import type { Executor, Tx } from '../storage/storage.ts';

export interface IngestedMessage {
  readonly account: ChannelAccount;
  /** The message as stored. Echoes of the account's own posts are `outbound` and are not triaged. */
  readonly message: Message;
  /** What the channel said about it (author profile, engagement, network details). */
  readonly item: InboundMessage;
  readonly identity: ContactIdentity | null;
  readonly conversation: Conversation;
  readonly conversationCreated: boolean;
}

export interface InboundHooks {
  /**
   * Scores new inbound messages (needs-response, sentiment, urgency, language, influence,
   * priority). Runs in the ingest transaction; may run again for the same messages after a crash.
   */
  triage(tx: Executor, batch: readonly IngestedMessage[]): Promise<void>;
  /**
   * Routes conversations (team, priority, labels, SLA) and may update them through `tx`; the
   * domain events that follow read each conversation's team after this returns.
   */
  route(tx: Executor, batch: readonly IngestedMessage[]): Promise<void>;
  /**
   * A delivery report (sent, delivered, read, failed) about one of our messages, for the code
   * that owns outbound messages (the outbox); false when the message is unknown to it. Without
   * it, ingestion moves the message's status itself.
   */
  deliveryStatus?(tx: Tx, channelAccountId: string, status: DeliveryStatus): Promise<boolean>;
  /**
   * An echo of a message our account sent. True when it settled one of our pending replies (that
   * reply now carries the platform id), so the echo is not stored as a second message.
   */
  settleEcho?(tx: Tx, channelAccountId: string, echo: { platformMessageId: string; text: string; threadKey: string }): Promise<boolean>;
}

/** Until triage and routing are wired: conversations keep the account's default team. */
export const noInboundHooks: InboundHooks = {
  triage: async () => {},
  route: async () => {},
};
