// Instagram professional accounts: direct messages, comments on the account's media, and
// mentions. Webhooks per wire formats §2 and §4 (object "instagram").
import type { ChannelAdapter, ChannelCapabilities, InboundItem, OutboundRequest, PlatformEvent, SendContext, SendResult } from '../channel-adapter.ts';
import { metaEventItems, splitMeta, type MetaItem } from '../meta/meta-envelope.ts';
import { graphPost, messageIdOf, notSupported, objectIdOf } from '../meta/meta-graph.ts';
import { messagingEventId, normalizeMessaging } from '../meta/meta-messaging.ts';
import { metaHandshake, verifyMetaSignature } from '../meta/meta-signature.ts';
import { metaFindSent } from '../meta/meta-find-sent.ts';
import { hydrateMention } from './instagram-mentions.ts';
import { changeEventId, normalizeChange } from './instagram-changes.ts';

export const instagramCapabilities: ChannelCapabilities = {
  surfaces: ['public', 'private'],
  replyKinds: ['public_reply', 'private_reply', 'dm'],
  // Same rules as Messenger: 24 h standard window, HUMAN_AGENT up to 7 days, one private reply
  // per comment within 7 days (developers.facebook.com/docs/instagram-platform/private-replies).
  messagingWindowHours: 24,
  humanAgentWindowHours: 24 * 7,
  templatesOutsideWindow: false,
  privateReplyToCommentHours: 24 * 7,
  maxTextLength: 1000,
  attachments: true,
  idempotentSends: false,
  rateLimit: { requests: 100, windowMs: 60_000 },
  inbound: ['webhook'],
  usagePrices: {},
};

function identify(item: MetaItem): { id: string; accountExternalId: string } | null {
  const id = item.kind === 'messaging' ? messagingEventId(item.item) : changeEventId(item.item);
  return id ? { id, accountExternalId: item.entryId } : null;
}

function normalizeItem(item: MetaItem, accountExternalId: string): InboundItem[] {
  return item.kind === 'messaging' ? normalizeMessaging('instagram', item, accountExternalId) : normalizeChange(item, accountExternalId);
}

const MENTION_PREFIX = 'mention:';

/**
 * A mention is answered through the account's mentions edge, naming the media and, for a mention
 * in a comment, the comment (POST /{ig-user-id}/mentions; wire formats §4,
 * developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/mentions).
 * A comment mention's parent is its media; a caption mention's id is the media itself.
 */
function mentionReply(request: OutboundRequest): Record<string, string> {
  const target = request.inReplyToPlatformId!.slice(MENTION_PREFIX.length);
  return request.inReplyToParentPlatformId
    ? { media_id: request.inReplyToParentPlatformId, comment_id: target, message: request.text }
    : { media_id: target, message: request.text };
}

/** Replies to a comment mention are listed under that comment; a caption mention's are not ours to list. */
const findSentReply = metaFindSent('replies', 'accessToken');
function findSent(request: OutboundRequest, context: Parameters<typeof findSentReply>[1]) {
  const id = request.inReplyToPlatformId ?? '';
  if (!id.startsWith(MENTION_PREFIX)) return findSentReply(request, context);
  if (!request.inReplyToParentPlatformId) return Promise.resolve({ outcome: 'unavailable' as const, detail: 'Instagram lists no replies to a caption mention; waiting for the echo' });
  return findSentReply({ ...request, inReplyToPlatformId: id.slice(MENTION_PREFIX.length) }, context);
}

async function send(request: OutboundRequest, context: SendContext): Promise<SendResult> {
  const account = context.accountExternalId;
  const common = { tokenField: 'accessToken', auth: 'query' as const };
  switch (request.kind) {
    case 'public_reply':
      if (!request.inReplyToPlatformId) return notSupported('A public reply needs the comment it answers.', 'Reply from the conversation that holds the comment.');
      if (request.inReplyToPlatformId.startsWith(MENTION_PREFIX)) return graphPost({ ...common, path: `/${account}/mentions`, json: mentionReply(request), idOf: objectIdOf }, context);
      return graphPost({ ...common, path: `/${encodeURIComponent(request.inReplyToPlatformId)}/replies`, json: { message: request.text }, idOf: objectIdOf }, context);
    case 'private_reply':
      if (!request.inReplyToPlatformId) return notSupported('A private reply needs the comment it answers.', 'Choose the comment to answer privately.');
      return graphPost({ ...common, path: `/${account}/messages`, json: { recipient: { comment_id: request.inReplyToPlatformId }, message: { text: request.text } }, idOf: messageIdOf }, context);
    case 'dm':
      return graphPost({
        ...common, path: `/${account}/messages`, idOf: messageIdOf,
        json: {
          recipient: { id: request.recipientExternalId },
          ...(request.humanAgentTag ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' } : {}),
          message: { text: request.text },
        },
      }, context);
  }
}

export const instagramAdapter: ChannelAdapter = {
  network: 'instagram',
  displayName: 'Instagram',
  capabilities: instagramCapabilities,
  credentialFields: ['appSecret', 'verifyToken', 'accessToken'],
  handshake: metaHandshake,
  verify: verifyMetaSignature,
  split: (rawBody: Buffer): PlatformEvent[] => splitMeta(rawBody, 'instagram', identify),
  normalize: (event: PlatformEvent, accountExternalId: string): InboundItem[] =>
    metaEventItems(event.body, 'instagram').flatMap((item) => (identify(item) ? normalizeItem(item, accountExternalId) : [])),
  send,
  findSent,
  hydrate: hydrateMention,
};
