// Meta webhook bodies as the platform sends them: Page feed changes and Messenger messaging
// (wire formats §3), Instagram comments, mentions and messages (§4), WhatsApp Cloud API messages
// and statuses (§5).

export interface MetaPerson { id: string; name: string; handle: string }

export const envelope = (object: string, entryId: string, time: number, key: 'messaging' | 'changes', items: unknown[]) =>
  ({ object, entry: [{ id: entryId, time, [key]: items }] });

export function messagingItem(from: string, to: string, at: number, message: Record<string, unknown>) {
  return { sender: { id: from }, recipient: { id: to }, timestamp: at, message };
}

export function feedComment(o: { pageId: string; postId: string; commentId: string; parentId: string; from: MetaPerson; text: string; at: number; verb?: string }) {
  return {
    field: 'feed',
    value: {
      from: { id: o.from.id, name: o.from.name },
      post: { id: o.postId, status_type: 'added_photos', is_published: true, updated_time: new Date(o.at).toISOString().replace('Z', '+0000').replace(/\.\d{3}/, ''), promotion_status: 'inactive' },
      message: o.text, post_id: o.postId, comment_id: o.commentId, parent_id: o.parentId,
      created_time: Math.floor(o.at / 1000), item: 'comment', verb: o.verb ?? 'add',
    },
  };
}

export function feedPost(o: { postId: string; from: MetaPerson; text: string; at: number }) {
  return { field: 'feed', value: { from: { id: o.from.id, name: o.from.name }, post_id: o.postId, message: o.text, created_time: Math.floor(o.at / 1000), item: 'status', verb: 'add', published: 1 } };
}

export function igComment(o: { id: string; mediaId: string; parentId: string | null; from: MetaPerson; text: string }) {
  return {
    field: 'comments',
    value: { id: o.id, text: o.text, from: { id: o.from.id, username: o.from.handle }, media: { id: o.mediaId, media_product_type: 'FEED' }, ...(o.parentId ? { parent_id: o.parentId } : {}) },
  };
}

export function igMention(o: { mediaId: string; commentId: string }) {
  return { field: 'mentions', value: { media_id: o.mediaId, comment_id: o.commentId } };
}

export function waValue(phoneNumberId: string, displayPhone: string, part: { messages?: unknown[]; statuses?: unknown[]; contacts?: unknown[] }) {
  return { field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: displayPhone, phone_number_id: phoneNumberId }, ...part } };
}

export function waMessage(o: { id: string; from: string; at: number; text: string; variant?: 'image' | 'button'; mediaId?: string; contextId?: string }) {
  const base = { from: o.from, id: o.id, timestamp: String(Math.floor(o.at / 1000)), ...(o.contextId ? { context: { from: o.from, id: o.contextId } } : {}) };
  if (o.variant === 'image') return { ...base, type: 'image', image: { id: o.mediaId, mime_type: 'image/jpeg', sha256: 'c2ltdWxhdGVkIGltYWdl', caption: o.text } };
  if (o.variant === 'button') return { ...base, type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'track-booking', title: o.text } } };
  return { ...base, type: 'text', text: { body: o.text } };
}

export function waStatus(o: { id: string; status: string; at: number; recipient: string }) {
  return { id: o.id, status: o.status, timestamp: String(Math.floor(o.at / 1000)), recipient_id: o.recipient, conversation: { id: `conv-${o.recipient}`, origin: { type: 'service' } }, pricing: { billable: true, pricing_model: 'PMP', category: 'service' } };
}

/** The Graph API's error envelope (wire formats §2c). */
export function graphError(code: number, message: string, extra: Record<string, unknown> = {}) {
  return { error: { message: `(#${code}) ${message}`, type: 'OAuthException', code, fbtrace_id: 'AsimulatedTrace', ...extra } };
}
