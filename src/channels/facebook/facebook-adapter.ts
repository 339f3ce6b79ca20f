// Facebook Pages: Messenger conversations and the page feed (visitor posts, comments and replies).
// Webhooks per wire formats §2–3: hub.* handshake, X-Hub-Signature-256, object "page".
import type { ChannelAdapter, ChannelCapabilities, InboundItem, OutboundRequest, PlatformEvent, SendContext, SendResult } from '../channel-adapter.ts';
import { metaEventItems, splitMeta, type MetaItem } from '../meta/meta-envelope.ts';
import { graphPost, messageIdOf, notSupported, objectIdOf } from '../meta/meta-graph.ts';
import { messagingEventId, normalizeMessaging } from '../meta/meta-messaging.ts';
import { metaHandshake, verifyMetaSignature } from '../meta/meta-signature.ts';
import { metaFindSent } from '../meta/meta-find-sent.ts';
import { feedEventId, normalizeFeed } from './facebook-feed.ts';

export const facebookCapabilities: ChannelCapabilities = {
  surfaces: ['public', 'private'],
  replyKinds: ['public_reply', 'private_reply', 'dm'],
  // Messenger: 24-hour standard window; HUMAN_AGENT tag up to 7 days; one private reply per
  // comment within 7 days (developers.facebook.com/docs/messenger-platform/policy/policy-overview,
  // …/discovery/private-replies).
  messagingWindowHours: 24,
  humanAgentWindowHours: 24 * 7,
  templatesOutsideWindow: false,
  privateReplyToCommentHours: 24 * 7,
  maxTextLength: 2000,
  attachments: true,
  idempotentSends: false,
  // Pages: 4800 calls per engaged user per 24 h (BUC); a per-account pace well below it.
  rateLimit: { requests: 200, windowMs: 60_000 },
  inbound: ['webhook'],
  usagePrices: {},
};

function identify(item: MetaItem): { id: string; accountExternalId: string } | null {
  const id = item.kind === 'messaging' ? messagingEventId(item.item) : feedEventId(item.item);
  return id ? { id, accountExternalId: item.entryId } : null;
}

function normalizeItem(item: MetaItem, accountExternalId: string): InboundItem[] {
  return item.kind === 'messaging' ? normalizeMessaging('facebook', item, accountExternalId) : normalizeFeed(item, accountExternalId);
}

async function send(request: OutboundRequest, context: SendContext): Promise<SendResult> {
  const page = context.accountExternalId;
  const common = { tokenField: 'pageAccessToken', auth: 'query' as const };
  switch (request.kind) {
    case 'public_reply':
      if (!request.inReplyToPlatformId) return notSupported('A public reply needs the comment or post it answers.', 'Reply from the conversation that holds the comment.');
      return graphPost({ ...common, path: `/${encodeURIComponent(request.inReplyToPlatformId)}/comments`, json: { message: request.text }, idOf: objectIdOf }, context);
    case 'private_reply':
      if (!request.inReplyToPlatformId) return notSupported('A private reply needs the comment it answers.', 'Choose the comment to answer privately.');
      return graphPost({ ...common, path: `/${page}/messages`, json: { recipient: { comment_id: request.inReplyToPlatformId }, message: { text: request.text } }, idOf: messageIdOf }, context);
    case 'dm':
      return graphPost({
        ...common, path: `/${page}/messages`, idOf: messageIdOf,
        json: {
          recipient: { id: request.recipientExternalId },
          ...(request.humanAgentTag ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : { messaging_type: 'RESPONSE' }),
          message: { text: request.text },
        },
      }, context);
  }
}

export const facebookAdapter: ChannelAdapter = {
  network: 'facebook',
  displayName: 'Facebook Page',
  capabilities: facebookCapabilities,
  credentialFields: ['appSecret', 'verifyToken', 'pageAccessToken'],
  handshake: metaHandshake,
  verify: verifyMetaSignature,
  split: (rawBody: Buffer): PlatformEvent[] => splitMeta(rawBody, 'page', identify),
  normalize: (event: PlatformEvent, accountExternalId: string): InboundItem[] =>
    metaEventItems(event.body, 'page').flatMap((item) => (identify(item) ? normalizeItem(item, accountExternalId) : [])),
  send,
  findSent: metaFindSent('comments', 'pageAccessToken'),
};
