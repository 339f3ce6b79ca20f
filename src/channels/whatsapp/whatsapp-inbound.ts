// Splitting and reading WhatsApp deliveries. A change may carry several messages and statuses;
// each becomes one event (dedupe: the wamid for messages, wamid + status for statuses, wire
// formats §5c), stored in a one-item envelope of the platform's own shape.
import type { InboundItem, InboundMessage, PlatformEvent } from '../channel-adapter.ts';
import { metaItems, type MetaItem } from '../meta/meta-envelope.ts';
import { malformedEventId, parseJson, parseWith } from '../shared/untrusted-json.ts';
import { MEDIA_TYPES, waMessageSchema, waStatusSchema, waValueSchema, type WaMessage, type WaValue } from './whatsapp-wire.ts';

interface WaPart { kind: 'message' | 'status'; id: string; value: WaValue; part: Record<string, unknown>; entry: MetaItem }

function partsOf(entry: MetaItem): WaPart[] {
  if (entry.item.field !== 'messages') return [];
  const value = parseWith(waValueSchema, entry.item.value, 'whatsapp change');
  const messages = (value.messages ?? []).map((part) => ({
    kind: 'message' as const, id: typeof part.id === 'string' ? `wamid:${part.id}` : malformedEventId('wamid', part), value, part, entry,
  }));
  const statuses = (value.statuses ?? []).map((part) => ({
    kind: 'status' as const, id: typeof part.id === 'string' ? `status:${part.id}:${String(part.status)}` : malformedEventId('status', part), value, part, entry,
  }));
  return [...messages, ...statuses];
}

function eventBody(p: WaPart): string {
  const from = p.kind === 'message' ? p.part.from : p.part.recipient_id;
  const value = {
    messaging_product: 'whatsapp', metadata: p.value.metadata,
    ...(p.value.contacts ? { contacts: p.value.contacts.filter((c) => c.wa_id === from) } : {}),
    [p.kind === 'message' ? 'messages' : 'statuses']: [p.part],
  };
  return JSON.stringify({ object: p.entry.object, entry: [{ id: p.entry.entryId, changes: [{ field: 'messages', value }] }] });
}

export function splitWhatsApp(rawBody: Buffer): PlatformEvent[] {
  const text = rawBody.toString('utf8');
  const parts = metaItems(parseJson(text), 'whatsapp_business_account').flatMap(partsOf);
  return parts.map((p) => ({
    platformEventId: p.id, accountExternalId: p.value.metadata.phone_number_id, body: parts.length === 1 ? text : eventBody(p),
  }));
}

function contentOf(m: WaMessage): { text: string; attachments: InboundMessage['attachments']; meta: Record<string, unknown> } {
  if (m.text) return { text: m.text.body, attachments: [], meta: {} };
  for (const type of MEDIA_TYPES) {
    const media = m[type];
    // Media arrive as ids to fetch from the Graph API, with their type and checksum.
    if (media) return { text: media.caption ?? '', attachments: [{ type, id: media.id, ...(media.mime_type ? { mimeType: media.mime_type } : {}) }], meta: { sha256: media.sha256 ?? null, filename: media.filename ?? null } };
  }
  const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
  if (reply) return { text: reply.title, attachments: [], meta: { interactive: { type: m.interactive!.type, id: reply.id } } };
  if (m.button) return { text: m.button.text, attachments: [], meta: { button: m.button.payload ?? null } };
  if (m.location) return { text: [m.location.name, m.location.address].filter(Boolean).join(', '), attachments: [{ type: 'location', url: `geo:${m.location.latitude},${m.location.longitude}` }], meta: {} };
  return { text: '', attachments: [], meta: { unsupported: m.type, errors: m.errors ?? [] } };
}

function normalizeMessage(value: WaValue, raw: Record<string, unknown>, accountExternalId: string): InboundItem[] {
  const m = parseWith(waMessageSchema, raw, 'whatsapp message');
  if (m.type === 'reaction') return []; // a reaction is not something to answer
  const content = contentOf(m);
  const contact = value.contacts?.find((c) => c.wa_id === m.from);
  // Coexistence "message echoes" come from the business number itself, addressed `to` the customer.
  const fromAccount = m.from === accountExternalId || m.from === value.metadata.display_phone_number;
  const customer = fromAccount ? (m.to ?? m.context?.from ?? m.from) : m.from;
  return [{
    type: 'message', platformMessageId: m.id, threadKey: `wa:${customer}`, surface: 'private', kind: 'dm',
    parentPlatformId: m.context?.id ?? null, text: content.text, createdAt: Number(m.timestamp) * 1000,
    author: { network: 'whatsapp', externalId: m.from, handle: `+${m.from}`, displayName: contact?.profile?.name ?? null },
    fromAccount,
    attachments: content.attachments, meta: { type: m.type, ...content.meta },
  }];
}

export function normalizeWhatsApp(event: PlatformEvent, accountExternalId: string): InboundItem[] {
  const parts = metaItems(parseJson(event.body), 'whatsapp_business_account').flatMap(partsOf);
  return parts.flatMap((p): InboundItem[] => {
    if (p.kind === 'message') return normalizeMessage(p.value, p.part, accountExternalId);
    const s = parseWith(waStatusSchema, p.part, 'whatsapp status');
    const error = s.errors?.[0];
    return [{
      type: 'status', platformMessageId: s.id, status: s.status, at: Number(s.timestamp) * 1000,
      ...(error ? { error: { code: String(error.code), message: error.title ?? error.message ?? '' } } : {}),
    }];
  });
}
