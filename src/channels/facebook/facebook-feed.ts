// Page feed changes: comments and visitor posts, added, edited or removed (wire formats §3b;
// developers.facebook.com/docs/graph-api/webhooks/reference/page#feed). Only comment and post
// items take part; reactions, likes and shares are not conversations.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { InboundItem } from '../channel-adapter.ts';
import type { MetaItem } from '../meta/meta-envelope.ts';
import { toEpochMs } from '../meta/meta-messaging.ts';
import { MalformedPayload, malformedEventId, parseWith } from '../shared/untrusted-json.ts';

const POST_ITEMS = new Set(['post', 'status', 'photo', 'video', 'share']);

const feedValueSchema = z.looseObject({
  item: z.string(),
  verb: z.string(),
  from: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), name: z.string().optional() }).optional(),
  post_id: z.string().optional(),
  comment_id: z.string().optional(),
  parent_id: z.string().optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]).optional(),
  photo: z.string().optional(),
  link: z.string().optional(),
});

const shortHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

/** Dedupe id of a feed change: the comment or post id with its verb (edits also by their text). */
export function feedEventId(change: Record<string, unknown>): string | null {
  if (change.field !== 'feed') return null;
  const value = (change.value ?? {}) as Record<string, unknown>;
  const item = String(value.item ?? '');
  const verb = String(value.verb ?? '');
  if (!['add', 'edited', 'remove'].includes(verb)) return null;
  const target = item === 'comment' ? value.comment_id : POST_ITEMS.has(item) ? value.post_id : undefined;
  if (typeof target !== 'string') return item === 'comment' || POST_ITEMS.has(item) ? malformedEventId('feed', value) : null;
  const edit = verb === 'edited' ? `:${shortHash(String(value.message ?? ''))}` : '';
  return `${item === 'comment' ? 'comment' : 'post'}:${target}:${verb}${edit}`;
}

export function normalizeFeed(item: MetaItem, accountExternalId: string): InboundItem[] {
  const value = parseWith(feedValueSchema, item.item.value, 'facebook feed change');
  const isComment = value.item === 'comment';
  if (!isComment && !POST_ITEMS.has(value.item)) return [];
  const id = isComment ? value.comment_id : value.post_id;
  if (!id) throw new MalformedPayload(`facebook feed ${value.item}: ${isComment ? 'comment_id' : 'post_id'} is missing`);
  const at = toEpochMs(value.created_time, toEpochMs(item.entryTime, Date.now()));
  if (value.verb === 'remove') return [{ type: 'deletion', platformMessageId: id, deletedAt: at }];
  if (value.verb === 'edited') return [{ type: 'edit', platformMessageId: id, text: value.message ?? '', editedAt: toEpochMs(item.entryTime, at) }];
  if (!value.from) throw new MalformedPayload(`facebook feed ${value.item}: from is missing`);
  // Facebook has two comment levels: a reply's parent is the top-level comment, whose parent is the post.
  const topLevel = !isComment || value.parent_id === undefined || value.parent_id === value.post_id;
  const threadRoot = isComment ? (topLevel ? id : value.parent_id!) : id;
  return [{
    type: 'message', platformMessageId: id, threadKey: `${isComment ? 'comment' : 'post'}:${threadRoot}`, surface: 'public',
    kind: isComment ? (topLevel ? 'comment' : 'reply') : 'post',
    parentPlatformId: isComment ? (value.parent_id ?? value.post_id ?? null) : null,
    text: value.message ?? '', createdAt: at,
    author: { network: 'facebook', externalId: value.from.id, displayName: value.from.name ?? null },
    fromAccount: value.from.id === accountExternalId,
    attachments: [...(value.photo ? [{ type: 'image', url: value.photo }] : []), ...(value.link ? [{ type: 'link', url: value.link }] : [])],
    meta: { postId: value.post_id ?? null },
  }];
}
