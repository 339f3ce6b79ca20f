// Instagram comment and mention changes (wire formats §4b–c; developers.facebook.com/docs/
// instagram-platform/webhooks). Comments: `comments` / `live_comments` with the comment's id,
// text, author and media. Mentions: `mentions` with the media id and, for a mention in a
// comment, the comment id; Meta sends the text only when asked for it, so a mention without
// text is kept with its ids for agents to open on Instagram.
import { z } from 'zod';
import type { InboundItem } from '../channel-adapter.ts';
import type { MetaItem } from '../meta/meta-envelope.ts';
import { toEpochMs } from '../meta/meta-messaging.ts';
import { malformedEventId, parseWith } from '../shared/untrusted-json.ts';

const id = z.union([z.string(), z.number()]).transform(String);
const commentSchema = z.looseObject({
  id,
  text: z.string(),
  from: z.looseObject({ id, username: z.string().optional() }),
  media: z.looseObject({ id, media_product_type: z.string().optional() }).optional(),
  parent_id: id.optional(),
  timestamp: z.union([z.number(), z.string()]).optional(),
});
const mentionSchema = z.looseObject({
  media_id: id,
  comment_id: id.optional(),
  text: z.string().optional(),
  from: z.looseObject({ id, username: z.string().optional() }).optional(),
});

export function changeEventId(change: Record<string, unknown>): string | null {
  const value = (change.value ?? {}) as Record<string, unknown>;
  if (change.field === 'comments' || change.field === 'live_comments') {
    return typeof value.id === 'string' || typeof value.id === 'number' ? `comment:${String(value.id)}` : malformedEventId('comment', value);
  }
  if (change.field === 'mentions') {
    const target = value.comment_id ?? value.media_id;
    return target === undefined ? malformedEventId('mention', value) : `mention:${String(target)}`;
  }
  return null;
}

export function normalizeChange(item: MetaItem, accountExternalId: string): InboundItem[] {
  const field = item.item.field;
  const fallbackAt = toEpochMs(item.entryTime, Date.now());
  if (field === 'mentions') {
    const value = parseWith(mentionSchema, item.item.value, 'instagram mention');
    const target = value.comment_id ?? value.media_id;
    return [{
      type: 'message', platformMessageId: `mention:${target}`, threadKey: `mention:${target}`, surface: 'public', kind: 'mention',
      parentPlatformId: value.comment_id ? value.media_id : null, text: value.text ?? '', createdAt: fallbackAt,
      author: { network: 'instagram', externalId: value.from?.id ?? `media:${value.media_id}`, handle: value.from?.username ?? null },
      fromAccount: false, attachments: [],
      meta: { mediaId: value.media_id, commentId: value.comment_id ?? null, textHidden: value.text === undefined, ...(value.text === undefined ? { hydrate: true } : {}) },
    }];
  }
  const value = parseWith(commentSchema, item.item.value, `instagram ${String(field)}`);
  // Instagram comments have one reply level: a reply's parent is the top-level comment.
  const root = value.parent_id ?? value.id;
  return [{
    type: 'message', platformMessageId: value.id, threadKey: `comment:${root}`, surface: 'public',
    kind: value.parent_id ? 'reply' : 'comment', parentPlatformId: value.parent_id ?? value.media?.id ?? null,
    text: value.text, createdAt: toEpochMs(value.timestamp, fallbackAt),
    author: { network: 'instagram', externalId: value.from.id, handle: value.from.username ?? null },
    fromAccount: value.from.id === accountExternalId, attachments: [],
    meta: { mediaId: value.media?.id ?? null, mediaType: value.media?.media_product_type ?? null, live: field === 'live_comments' },
  }];
}
