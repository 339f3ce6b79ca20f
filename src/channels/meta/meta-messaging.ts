// Messenger-platform messaging items, shared by Facebook Pages and Instagram: a message (or its
// echo), an edit, an unsend, a postback (wire formats §3a, §4a). Ids: `message.mid`.
import { z } from 'zod';
import type { InboundItem, InboundMessage } from '../channel-adapter.ts';
import type { MetaItem } from './meta-envelope.ts';
import { parseWith } from '../shared/untrusted-json.ts';

const id = z.union([z.string(), z.number()]).transform(String);
const attachmentSchema = z.looseObject({
  type: z.string(),
  payload: z.looseObject({ url: z.string().optional(), title: z.string().optional() }).nullish(),
});
export const messagingSchema = z.looseObject({
  sender: z.looseObject({ id }),
  recipient: z.looseObject({ id }),
  timestamp: z.number(),
  message: z.looseObject({
    mid: z.string(),
    text: z.string().optional(),
    is_echo: z.boolean().optional(),
    is_deleted: z.boolean().optional(),
    attachments: z.array(attachmentSchema).optional(),
    reply_to: z.looseObject({ mid: z.string().optional(), story: z.unknown().optional() }).optional(),
    quick_reply: z.looseObject({ payload: z.string() }).optional(),
  }).optional(),
  message_edit: z.looseObject({ mid: z.string(), text: z.string(), num_edit: z.number().optional() }).optional(),
  postback: z.looseObject({ mid: z.string().optional(), title: z.string().optional(), payload: z.string().optional() }).optional(),
});
export type MessagingItem = z.output<typeof messagingSchema>;

/** The dedupe id of a messaging item, or null for kinds Earshot does not take in (reads, deliveries, reactions). */
export function messagingEventId(item: Record<string, unknown>): string | null {
  const message = item.message as { mid?: unknown; is_deleted?: unknown } | undefined;
  // An unsend carries the deleted message's mid: it needs its own id or it would dedupe away.
  if (message && typeof message.mid === 'string') return `${message.is_deleted === true ? 'unsend' : 'mid'}:${message.mid}`;
  const edit = item.message_edit as { mid?: unknown; num_edit?: unknown } | undefined;
  if (edit && typeof edit.mid === 'string') return `edit:${edit.mid}:${String(edit.num_edit ?? 0)}`;
  const postback = item.postback as { mid?: unknown } | undefined;
  if (postback && typeof postback.mid === 'string') return `postback:${postback.mid}`;
  return null;
}

/**
 * What a messaging item means. The connected account's own messages come back as echoes
 * (`is_echo`, or a sender equal to the account): recorded as outbound, never triaged.
 */
export function normalizeMessaging(network: string, item: MetaItem, accountExternalId: string): InboundItem[] {
  const m = parseWith(messagingSchema, item.item, `${network} messaging item`);
  if (m.message_edit) {
    return [{ type: 'edit', platformMessageId: m.message_edit.mid, text: m.message_edit.text, editedAt: m.timestamp }];
  }
  if (m.message?.is_deleted) return [{ type: 'deletion', platformMessageId: m.message.mid, deletedAt: m.timestamp }];
  const fromAccount = m.message?.is_echo === true || m.sender.id === accountExternalId;
  const customer = fromAccount ? m.recipient.id : m.sender.id;
  const text = m.message?.text ?? m.postback?.title ?? '';
  const mid = m.message?.mid ?? m.postback?.mid;
  if (!mid) return [];
  const message: InboundMessage = {
    type: 'message', platformMessageId: mid, threadKey: `dm:${customer}`, surface: 'private', kind: 'dm',
    parentPlatformId: m.message?.reply_to?.mid ?? null, text, createdAt: m.timestamp,
    author: { network, externalId: m.sender.id },
    fromAccount,
    attachments: (m.message?.attachments ?? []).map((a) => ({ type: a.type, ...(a.payload?.url ? { url: a.payload.url } : {}) })),
    meta: {
      ...(m.postback ? { postback: m.postback.payload ?? null } : {}),
      ...(m.message?.quick_reply ? { quickReply: m.message.quick_reply.payload } : {}),
    },
  };
  return [message];
}

/** Platform times arrive as epoch seconds, epoch ms or ISO strings depending on the field. */
export function toEpochMs(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'string') {
    const parsed = /^\d+$/.test(value) ? Number(value) : Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isFinite(parsed) ? toEpochMs(parsed, fallback) : fallback;
  }
  return value < 1e12 ? value * 1000 : value;
}
