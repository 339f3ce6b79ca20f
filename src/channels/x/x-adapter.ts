// X: Account Activity webhooks (DMs, mentions, replies) and, for accounts without webhook
// access, polling of mentions and DMs with a cost meter (x-poller.ts).
import type { ChannelAdapter, ChannelCapabilities } from '../channel-adapter.ts';
import { normalizeX, splitX } from './x-inbound.ts';
import { xPoller } from './x-poller.ts';
import { sendX } from './x-send.ts';
import { findSentX } from './x-find-sent.ts';
import { verifyXSignature, xHandshake } from './x-signature.ts';

/**
 * X pay-per-use prices in USD (docs.x.com/x-api/getting-started/pricing, read 2026-11): reads are
 * charged per resource returned, writes per request; a resource read twice in one UTC day is
 * charged once. Configuration (EARSHOT_X_PRICES) overrides these.
 */
export const X_PAY_PER_USE_PRICES: Readonly<Record<string, number>> = {
  posts_read: 0.005,
  users_read: 0.010,
  dm_events_read: 0.010,
  content_create: 0.015,
  dm_create: 0.015,
  /** "Owned reads": the account's own posts (looking up a send whose answer was lost). */
  owned_posts_read: 0.001,
};

export const xCapabilities: ChannelCapabilities = {
  surfaces: ['public', 'private'],
  replyKinds: ['public_reply', 'dm'],
  // No messaging window on X; the recipient's DM settings can still refuse (403).
  messagingWindowHours: null,
  humanAgentWindowHours: null,
  templatesOutsideWindow: false,
  privateReplyToCommentHours: null,
  maxTextLength: 280,
  attachments: true,
  idempotentSends: false,
  // POST /2/tweets: 100 requests per 15 minutes per user (docs.x.com/x-api/fundamentals/rate-limits).
  rateLimit: { requests: 100, windowMs: 15 * 60_000 },
  inbound: ['webhook', 'poll'],
  usagePrices: X_PAY_PER_USE_PRICES,
};

export const xAdapter: ChannelAdapter = {
  network: 'x',
  displayName: 'X',
  capabilities: xCapabilities,
  credentialFields: ['consumerSecret', 'accessToken'],
  handshake: xHandshake,
  verify: verifyXSignature,
  split: splitX,
  normalize: normalizeX,
  send: sendX,
  findSent: findSentX,
  poller: xPoller,
};
