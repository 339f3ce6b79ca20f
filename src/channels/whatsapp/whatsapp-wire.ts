// WhatsApp Cloud API webhook values (wire formats §5a; developers.facebook.com/documentation/
// business-messaging/whatsapp/webhooks/reference/messages): one change per phone number, holding
// `messages[]` from customers and `statuses[]` for what the business sent.
import { z } from 'zod';
import { anyObject } from '../shared/untrusted-json.ts';

const media = z.looseObject({
  id: z.string(), mime_type: z.string().optional(), sha256: z.string().optional(),
  caption: z.string().optional(), filename: z.string().optional(),
});

export const waMessageSchema = z.looseObject({
  from: z.string(),
  /** Set on message echoes (coexistence: the business replied from the WhatsApp app): the customer. */
  to: z.string().optional(),
  id: z.string(),
  timestamp: z.string().regex(/^\d+$/, 'expected epoch seconds'),
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  image: media.optional(), video: media.optional(), audio: media.optional(),
  document: media.optional(), sticker: media.optional(),
  interactive: z.looseObject({
    type: z.string(),
    button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
    list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
  }).optional(),
  button: z.looseObject({ text: z.string(), payload: z.string().optional() }).optional(),
  location: z.looseObject({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }).optional(),
  reaction: z.looseObject({ message_id: z.string(), emoji: z.string().optional() }).optional(),
  context: z.looseObject({ from: z.string().optional(), id: z.string().optional() }).optional(),
  errors: z.array(z.looseObject({ code: z.number(), title: z.string().optional() })).optional(),
});
export type WaMessage = z.output<typeof waMessageSchema>;

export const waStatusSchema = z.looseObject({
  id: z.string(),
  status: z.enum(['sent', 'delivered', 'read', 'failed']),
  timestamp: z.string().regex(/^\d+$/, 'expected epoch seconds'),
  recipient_id: z.string(),
  errors: z.array(z.looseObject({ code: z.number(), title: z.string().optional(), message: z.string().optional() })).optional(),
});

export const waValueSchema = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  metadata: z.looseObject({ phone_number_id: z.string(), display_phone_number: z.string().optional() }),
  contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(anyObject).optional(),
  statuses: z.array(anyObject).optional(),
});
export type WaValue = z.output<typeof waValueSchema>;

export const MEDIA_TYPES = ['image', 'video', 'audio', 'document', 'sticker'] as const;
