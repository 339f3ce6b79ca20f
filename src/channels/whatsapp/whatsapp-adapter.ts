// WhatsApp Cloud API: customer messages (text, media, interactive replies) and the delivery
// statuses of what the business sent. Webhooks per wire formats §2 and §5.
import type { ChannelAdapter, ChannelCapabilities, OutboundRequest, SendContext, SendResult } from '../channel-adapter.ts';
import { graphPost, notSupported } from '../meta/meta-graph.ts';
import { metaHandshake, verifyMetaSignature } from '../meta/meta-signature.ts';
import { asRecord } from '../shared/platform-call.ts';
import { normalizeWhatsApp, splitWhatsApp } from './whatsapp-inbound.ts';

export const whatsappCapabilities: ChannelCapabilities = {
  surfaces: ['private'],
  replyKinds: ['dm'],
  // 24-hour customer service window from the customer's last message; outside it only approved
  // templates (developers.facebook.com/docs/whatsapp/conversation-types#customer-service-window).
  messagingWindowHours: 24,
  humanAgentWindowHours: null,
  templatesOutsideWindow: true,
  privateReplyToCommentHours: null,
  maxTextLength: 4096,
  attachments: true,
  idempotentSends: false,
  // Default throughput is 80 messages/s per number; about one message per 6 s to the same person.
  rateLimit: { requests: 80, windowMs: 1_000 },
  inbound: ['webhook'],
  usagePrices: {},
};

const wamidOf = (body: Record<string, unknown>): string | undefined => {
  const first = Array.isArray(body.messages) ? asRecord(body.messages[0]) : {};
  return typeof first.id === 'string' ? first.id : undefined;
};

async function send(request: OutboundRequest, context: SendContext): Promise<SendResult> {
  if (request.kind !== 'dm') {
    return notSupported('WhatsApp conversations are private; there is nothing public to reply to.', 'Send the reply as a message.');
  }
  const content = request.template
    ? {
      type: 'template',
      template: {
        name: request.template.name, language: { code: request.template.language },
        components: request.template.variables.length === 0 ? [] : [{ type: 'body', parameters: request.template.variables.map((text) => ({ type: 'text', text })) }],
      },
    }
    : { type: 'text', text: { body: request.text, preview_url: false } };
  return graphPost({
    path: `/${context.accountExternalId}/messages`, tokenField: 'accessToken', auth: 'bearer', idOf: wamidOf,
    json: {
      messaging_product: 'whatsapp', recipient_type: 'individual', to: request.recipientExternalId, ...content,
      ...(request.inReplyToPlatformId ? { context: { message_id: request.inReplyToPlatformId } } : {}),
    },
  }, context);
}

export const whatsappAdapter: ChannelAdapter = {
  network: 'whatsapp',
  displayName: 'WhatsApp',
  capabilities: whatsappCapabilities,
  credentialFields: ['appSecret', 'verifyToken', 'accessToken'],
  handshake: metaHandshake,
  verify: verifyMetaSignature,
  split: splitWhatsApp,
  normalize: normalizeWhatsApp,
  send,
};
