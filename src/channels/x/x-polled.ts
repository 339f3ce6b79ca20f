// Reading events Earshot polled from the v2 API (mentions timeline, DM events). Stored as
// {source: "poll", for_user_id, tweet | dm_event, users} with the referenced users attached.
import type { IdentityProfile } from '../../core/contact/contact.ts';
import type { InboundItem } from '../channel-adapter.ts';
import { MalformedPayload, parseWith } from '../shared/untrusted-json.ts';
import { polledEventSchema, v2DmEventSchema, v2TweetSchema, v2UserSchema, type V2User } from './x-wire.ts';
import { tweetThreadKey } from './x-thread.ts';

function profileOf(id: string, users: readonly V2User[]): IdentityProfile {
  const user = users.find((u) => u.id === id);
  return {
    network: 'x', externalId: id, handle: user?.username ?? null, displayName: user?.name ?? null,
    followers: user?.public_metrics?.followers_count ?? null,
    verified: user ? user.verified === true || (user.verified_type !== undefined && user.verified_type !== 'none') : undefined,
  };
}

export function normalizePolled(json: unknown, accountId: string): InboundItem[] {
  const polled = parseWith(polledEventSchema, json, 'x polled event');
  const users = polled.users.map((u) => parseWith(v2UserSchema, u, 'x polled user'));
  if (polled.tweet !== undefined) {
    const tweet = parseWith(v2TweetSchema, polled.tweet, 'x polled post');
    const parentId = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? null;
    return [{
      type: 'message', platformMessageId: tweet.id, surface: 'public',
      threadKey: tweetThreadKey(tweet.id, parentId, tweet.in_reply_to_user_id ?? null, accountId),
      kind: parentId ? 'reply' : 'mention', parentPlatformId: parentId, text: tweet.text, createdAt: Date.parse(tweet.created_at),
      author: profileOf(tweet.author_id, users), fromAccount: tweet.author_id === accountId, attachments: [],
      engagement: { likes: tweet.public_metrics?.like_count, reposts: tweet.public_metrics?.retweet_count, replies: tweet.public_metrics?.reply_count },
      meta: { lang: tweet.lang ?? null, conversationId: tweet.conversation_id ?? null },
    }];
  }
  if (polled.dm_event !== undefined) {
    const dm = parseWith(v2DmEventSchema, polled.dm_event, 'x polled dm');
    if (dm.event_type !== 'MessageCreate') return [];
    if (!dm.sender_id) throw new MalformedPayload('x polled dm: sender_id is missing');
    const participants = (dm.dm_conversation_id ?? '').split('-');
    const other = dm.sender_id === accountId ? (participants.find((p) => p !== accountId) ?? dm.sender_id) : dm.sender_id;
    return [{
      type: 'message', platformMessageId: dm.id, threadKey: `dm:${other}`, surface: 'private', kind: 'dm', parentPlatformId: null,
      text: dm.text ?? '', createdAt: Date.parse(dm.created_at), author: profileOf(dm.sender_id, users),
      fromAccount: dm.sender_id === accountId, attachments: [], meta: { dmConversationId: dm.dm_conversation_id ?? null },
    }];
  }
  throw new MalformedPayload('x polled event: neither tweet nor dm_event');
}
