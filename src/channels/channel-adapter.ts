// The contract every network implements. Outside src/channels nothing branches on the network:
// what differs (surfaces, reply kinds, windows, limits) is data in `capabilities`, and what must
// be done differently (signatures, payloads, API calls) is a method here.
import type { IdentityProfile } from '../core/contact/contact.ts';
import type { Surface } from '../core/conversation/conversation.ts';

/** Decrypted credentials of one channel account (app secret, tokens...), shaped per network. */
export type ChannelSecrets = Readonly<Record<string, string>>;

/** How an agent's reply reaches the customer. */
export type ReplyKind = 'public_reply' | 'private_reply' | 'dm';

export interface ChannelCapabilities {
  /** Which surfaces this network has: public posts/comments, private messages. */
  surfaces: readonly Surface[];
  replyKinds: readonly ReplyKind[];
  /** Free-form replies allowed only this long after the customer's last message (Meta, WhatsApp). */
  messagingWindowHours: number | null;
  /** Human-agent tag: a person may answer up to this long (Messenger/Instagram: 7 days). */
  humanAgentWindowHours: number | null;
  /** Outside the window only approved templates may be sent (WhatsApp). */
  templatesOutsideWindow: boolean;
  /** A private reply to a public comment: once, within this many hours (Meta: 7 days). */
  privateReplyToCommentHours: number | null;
  maxTextLength: number;
  attachments: boolean;
  /** The platform accepts an idempotency key on sends (so a retried send cannot post twice). */
  idempotentSends: boolean;
  /** Default pacing for one account: at most `requests` per `windowMs`. */
  rateLimit: { requests: number; windowMs: number };
  inbound: ReadonlyArray<'webhook' | 'poll' | 'stream'>;
  /**
   * What the platform charges per unit of metered usage (USD), by resource name, for networks
   * that bill per call (X pay-per-use). Empty when calls are free. Configuration may override.
   */
  usagePrices?: Readonly<Record<string, number>>;
}

/** Counts billable platform usage (resources read, requests written) for the cost meter. */
export interface UsageMeter {
  record(resource: string, units: number, resourceIds?: readonly string[]): void;
}

/** An HTTP request from a platform, with the exact bytes it sent (signatures are over them). */
export interface WebhookRequest {
  method: string;
  url: string;
  query: Readonly<Record<string, string | undefined>>;
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: Buffer;
}

export interface WebhookResponse {
  status: number;
  contentType: string;
  body: string;
}

/** One platform event cut from a delivery, stored raw before the delivery is acknowledged. */
export interface PlatformEvent {
  /** The platform's id for the event: the dedupe key (unique per channel account). */
  platformEventId: string;
  /** The platform's id of the account the event is addressed to (page id, user id, number id). */
  accountExternalId: string;
  /** The event's own JSON, with the envelope fields it needs to be understood alone. */
  body: string;
}

/** What one platform event means, in Earshot's terms. */
export type InboundItem = InboundMessage | InboundEdit | InboundDeletion | DeliveryStatus;

export interface InboundMessage {
  type: 'message';
  platformMessageId: string;
  /** Messages with the same thread key share a conversation (root post id, DM thread...). */
  threadKey: string;
  surface: Surface;
  /** post, comment, reply, mention, dm, ... */
  kind: string;
  parentPlatformId: string | null;
  text: string;
  /** The platform's timestamp, epoch ms. */
  createdAt: number;
  author: IdentityProfile;
  /** Sent by the connected account itself (an echo): recorded as outbound, never triaged. */
  fromAccount: boolean;
  attachments: ReadonlyArray<{ type: string; url?: string; mimeType?: string; id?: string }>;
  engagement?: { likes?: number; reposts?: number; replies?: number };
  /** Anything else worth keeping, network-specific, shown to agents as context. */
  meta: Record<string, unknown>;
}

export interface InboundEdit {
  type: 'edit';
  platformMessageId: string;
  text: string;
  editedAt: number;
}

export interface InboundDeletion {
  type: 'deletion';
  platformMessageId: string;
  deletedAt: number;
}

export interface DeliveryStatus {
  type: 'status';
  platformMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: number;
  error?: { code: string; message: string };
}

/** A reply to send, built by the outbox from a stored outbound message. */
export interface OutboundRequest {
  kind: ReplyKind;
  text: string;
  /** The platform id being answered (post, comment or message). */
  inReplyToPlatformId: string | null;
  /** The answered item's parent (an Instagram comment mention names its media here). */
  inReplyToParentPlatformId?: string | null;
  /** The customer's platform id (for DMs). */
  recipientExternalId: string;
  threadKey: string;
  /** Stable across retries of this one send. */
  idempotencyKey: string;
  /** An approved template (WhatsApp outside the window). */
  template?: { name: string; language: string; variables: readonly string[] };
  /** Meta's HUMAN_AGENT tag, for replies between 24 hours and 7 days. */
  humanAgentTag?: boolean;
}

export type SendResult =
  | { outcome: 'sent'; platformMessageId: string }
  /** Wait until `retryAt` before the next call on this account (429, Meta throttling codes). */
  | { outcome: 'rate_limited'; retryAt: number; detail: string }
  /** Worth retrying with backoff (5xx, timeouts). */
  | { outcome: 'transient'; detail: string }
  /** Retrying cannot help; `reason` and `suggestion` are shown to the agent in plain words. */
  | { outcome: 'permanent'; code: string; reason: string; suggestion: string }
  /** The request may or may not have reached the platform (connection lost mid-call). */
  | { outcome: 'unknown'; detail: string };

export interface SendContext {
  secrets: ChannelSecrets;
  /** The connected account's own platform id. */
  accountExternalId: string;
  /** Base URL of the platform API: configuration, so the simulator can stand in. */
  apiBaseUrl: string;
  fetch: typeof fetch;
  /** Deadline for one platform call. */
  timeoutMs?: number;
  /** Receives billable usage (X charges per request written). */
  meter?: UsageMeter;
  /** Epoch ms now, for retry times computed from relative hints. */
  now?: number;
}

export interface PollContext extends SendContext {
  /** What the last successful poll left (since-ids...), by name; empty on the first poll. */
  cursors: Readonly<Record<string, string>>;
  now: number;
}

export type PollResult =
  /** `cursors` are stored in the same transaction as `events`, so a restart neither loses nor repeats. */
  | {
    outcome: 'ok'; events: PlatformEvent[]; cursors: Record<string, string>; newestAt: number | null;
    /** Part of the poll hit a rate limit: poll again no earlier than this. */
    retryAt?: number;
  }
  | { outcome: 'rate_limited'; retryAt: number; detail: string }
  | { outcome: 'failed'; detail: string; permanent: boolean };

/** Pulls new events for accounts the platform will not push to (no webhook access). */
export interface ChannelPoller {
  poll(context: PollContext): Promise<PollResult>;
}

/** What a platform says about a send whose outcome was lost (a crash or a dropped connection). */
export type FindSentResult =
  | { outcome: 'found'; platformMessageId: string }
  | { outcome: 'not_found' }
  /** The lookup itself failed; try again later. */
  | { outcome: 'unavailable'; detail: string };

export interface ChannelAdapter {
  readonly network: string;
  readonly displayName: string;
  readonly capabilities: ChannelCapabilities;
  /** The credential fields this network needs when an account is connected (for validation and forms). */
  readonly credentialFields: readonly string[];
  /** Answers the platform's webhook handshake (GET), or null when the request is not one. */
  handshake(request: WebhookRequest, secrets: ChannelSecrets): WebhookResponse | null;
  /** Checks the request's signature over the raw body, in constant time. */
  verify(request: WebhookRequest, secrets: ChannelSecrets): boolean;
  /** Cuts a verified delivery into events; throws on a body it cannot understand (quarantine). */
  split(rawBody: Buffer): PlatformEvent[];
  /** What one stored event means; throws on a malformed event (quarantine). */
  normalize(event: PlatformEvent, accountExternalId: string): InboundItem[];
  send(request: OutboundRequest, context: SendContext): Promise<SendResult>;
  /** Present when the network can be polled instead of pushing webhooks. */
  readonly poller?: ChannelPoller;
  /**
   * Looks on the platform for the message a lost send may have created (our account's recent
   * replies or messages to this recipient, matched by text and target). Absent when the platform
   * offers no such lookup; the outbox then waits for the platform's echo instead of resending.
   */
  findSent?(request: OutboundRequest, context: SendContext & { sentAfter: number }): Promise<FindSentResult>;
  /**
   * Fetches what a webhook left out (Instagram sends a mention's ids, not its text or author).
   * Called after the message is stored, for messages whose `meta.hydrate` is set; returns the
   * completed text and author, or null when the platform no longer has it.
   */
  hydrate?(meta: Readonly<Record<string, unknown>>, context: SendContext): Promise<{ text: string; author: IdentityProfile; createdAt: number | null } | null>;
}
