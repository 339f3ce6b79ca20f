// Splitting Account Activity deliveries and reading X events. One delivery carries arrays of
// events for `for_user_id` (the subscribed account); each tweet, DM and deletion becomes an event
// (dedupe: `id_str` / DM event `id`, wire formats §1g). Polled v2 objects (x-poller.ts) use the
// same event ids, so an account moving between polling and webhooks never sees a post twice.
import { z } from 'zod';
import type { InboundItem, PlatformEvent } from '../channel-adapter.ts';
import { anyObject, parseJson, parseWith } from '../shared/untrusted-json.ts';
import { normalizePolled } from './x-polled.ts';
import { tweetThreadKey } from './x-thread.ts';
import { v1DmEventSchema, v1TweetSchema, v1UserSchema, type V1Tweet } from './x-wire.ts';

const deliverySchema = z.looseObject({
  for_user_id: z.string(),
  user_has_blocked: z.union([z.boolean(), z.string()]).optional(),
  tweet_create_events: z.array(anyObject).optional(),
  direct_message_events: z.array(anyObject).optional(),
  tweet_delete_events: z.array(z.looseObject({ status: z.looseObject({ id: z.string() }), timestamp_ms: z.string().optional() })).optional(),
  users: anyObject.optional(),
});
type Delivery = z.output<typeof deliverySchema>;

/** DM payloads key users by id and may omit id_str (built once: zod compiles a schema on first use). */
const dmUserSchema = v1UserSchema.partial({ id_str: true }).extend({ id: z.string().optional() });

interface Part { id: string; body: () => string }

function partsOf(d: Delivery): Part[] {
  const base = { for_user_id: d.for_user_id };
  const parts: Part[] = [];
  for (const tweet of d.tweet_create_events ?? []) {
    parts.push({ id: `tweet:${String(tweet.id_str ?? 'missing')}`, body: () => JSON.stringify({ ...base, ...(d.user_has_blocked === undefined ? {} : { user_has_blocked: d.user_has_blocked }), tweet_create_events: [tweet] }) });
  }
  for (const dm of d.direct_message_events ?? []) {
    if (dm.type !== 'message_create') continue;
    const create = (dm.message_create ?? {}) as { sender_id?: string; target?: { recipient_id?: string } };
    const users = Object.fromEntries([create.sender_id, create.target?.recipient_id].filter((id): id is string => typeof id === 'string' && d.users?.[id] !== undefined).map((id) => [id, d.users![id]]));
    parts.push({ id: `dm:${String(dm.id ?? 'missing')}`, body: () => JSON.stringify({ ...base, direct_message_events: [dm], users }) });
  }
  for (const deletion of d.tweet_delete_events ?? []) {
    parts.push({ id: `tweet_delete:${deletion.status.id}`, body: () => JSON.stringify({ ...base, tweet_delete_events: [deletion] }) });
  }
  return parts;
}

export function splitX(rawBody: Buffer): PlatformEvent[] {
  const text = rawBody.toString('utf8');
  const delivery = parseWith(deliverySchema, parseJson(text), 'x account activity');
  const parts = partsOf(delivery);
  return parts.map((p) => ({ platformEventId: p.id, accountExternalId: delivery.for_user_id, body: parts.length === 1 ? text : p.body() }));
}

function normalizeTweet(tweet: V1Tweet, accountId: string): InboundItem[] {
  if (tweet.retweeted_status !== undefined) return []; // a plain repost says nothing new
  const parentId = tweet.in_reply_to_status_id_str ?? null;
  const text = tweet.truncated && tweet.extended_tweet ? tweet.extended_tweet.full_text : (tweet.full_text ?? tweet.text ?? '');
  return [{
    type: 'message', platformMessageId: tweet.id_str, surface: 'public',
    threadKey: tweetThreadKey(tweet.id_str, parentId, tweet.in_reply_to_user_id_str ?? null, accountId),
    kind: parentId ? 'reply' : tweet.user.id_str === accountId ? 'post' : 'mention',
    parentPlatformId: parentId, text, createdAt: Date.parse(tweet.created_at),
    author: {
      network: 'x', externalId: tweet.user.id_str, handle: tweet.user.screen_name, displayName: tweet.user.name ?? null,
      followers: tweet.user.followers_count ?? null, verified: tweet.user.verified === true || tweet.user.is_blue_verified === true,
    },
    fromAccount: tweet.user.id_str === accountId,
    attachments: (tweet.extended_entities?.media ?? []).map((m) => ({ type: m.type, ...(m.media_url_https ? { url: m.media_url_https } : {}) })),
    engagement: { likes: tweet.favorite_count, reposts: tweet.retweet_count, replies: tweet.reply_count },
    meta: { lang: tweet.lang ?? null, quote: tweet.is_quote_status === true },
  }];
}

function normalizeDm(raw: Record<string, unknown>, users: Record<string, unknown>, accountId: string): InboundItem[] {
  const dm = parseWith(v1DmEventSchema, raw, 'x direct message');
  const sender = dm.message_create.sender_id;
  const other = sender === accountId ? dm.message_create.target.recipient_id : sender;
  const profile = users[sender] === undefined ? null : parseWith(dmUserSchema, users[sender], 'x dm user');
  const attachment = dm.message_create.message_data.attachment?.media;
  return [{
    type: 'message', platformMessageId: dm.id, threadKey: `dm:${other}`, surface: 'private', kind: 'dm', parentPlatformId: null,
    text: dm.message_create.message_data.text, createdAt: Number(dm.created_timestamp),
    author: { network: 'x', externalId: sender, handle: profile?.screen_name ?? null, displayName: profile?.name ?? null, followers: profile?.followers_count ?? null, verified: profile?.verified ?? undefined },
    fromAccount: sender === accountId,
    attachments: attachment ? [{ type: attachment.type ?? 'media', ...(attachment.media_url_https ? { url: attachment.media_url_https } : {}) }] : [],
    meta: {},
  }];
}

export function normalizeX(event: PlatformEvent, accountExternalId: string): InboundItem[] {
  const json = parseJson(event.body) as Record<string, unknown>;
  if (json && json.source === 'poll') return normalizePolled(json, accountExternalId);
  const d = parseWith(deliverySchema, json, 'x account activity');
  const items: InboundItem[] = [];
  for (const raw of d.tweet_create_events ?? []) items.push(...normalizeTweet(parseWith(v1TweetSchema, raw, 'x tweet'), accountExternalId));
  for (const raw of d.direct_message_events ?? []) if (raw.type === 'message_create') items.push(...normalizeDm(raw, d.users ?? {}, accountExternalId));
  for (const deletion of d.tweet_delete_events ?? []) {
    items.push({ type: 'deletion', platformMessageId: deletion.status.id, deletedAt: Number(deletion.timestamp_ms ?? Date.now()) });
  }
  return items;
}
