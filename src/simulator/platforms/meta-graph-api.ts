// The Graph API endpoints a care tool calls, as the fake Meta answers them: the Send API
// (Messenger, Instagram; recipient id or comment id), comment replies, WhatsApp messages, and
// page subscription. Errors use Meta's envelope and codes: 190 bad token, 10/2018278 outside the
// 24-hour window, 131047 WhatsApp re-engagement, 100 unknown object.
import type { ApiAnswer, ApiRequest, SimContext, Subscription } from './sim-platform.ts';
import { graphError } from './meta-payloads.ts';
import type { MetaPlatform } from './meta-platform.ts';

export type MetaNetwork = 'facebook' | 'instagram' | 'whatsapp';

export interface MetaAccount {
  network: MetaNetwork;
  id: string;
  name: string;
  accessToken: string;
  subscription: Subscription | null;
  /** The brand's own posts (or media), which customers comment on. */
  posts: string[];
  /** Posts visitors made on the page. */
  visitorPosts: Set<string>;
  comments: Map<string, { postId: string; topLevelId: string | null; authorId: string; parentId?: string; text?: string; at?: number }>;
  /** Instagram mentions of the account, by comment id (the webhook carries only the ids). */
  mentions: Map<string, { mediaId: string; text: string; authorId: string; username: string; at: number }>;
  /** When each customer last wrote (the messaging window). */
  lastInbound: Map<string, number>;
  wabaId: string;
}

const WINDOW_MS = 24 * 3_600_000;
const HUMAN_AGENT_MS = 7 * 24 * 3_600_000;

function tokenOf(request: ApiRequest): string | undefined {
  return request.query.get('access_token') ?? (/^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]);
}

/** GET /{comment-id}/comments|replies: the replies under a comment, newest first. */
function listReplies(meta: MetaPlatform, request: ApiRequest, commentId: string, edge: string): ApiAnswer {
  const owner = [...meta.accounts.values()].find((a) => a.comments.has(commentId));
  if (!owner) return { status: 400, body: graphError(100, `Object with ID '${commentId}' does not exist`, { error_subcode: 33 }) };
  if (tokenOf(request) !== owner.accessToken) return { status: 401, body: graphError(190, 'Invalid OAuth access token.') };
  const replies = [...owner.comments].filter(([, c]) => c.parentId === commentId).sort((a, b) => (b[1].at ?? 0) - (a[1].at ?? 0));
  return {
    status: 200,
    body: {
      data: replies.map(([id, c]) => edge === 'comments'
        ? { id, message: c.text, from: { id: c.authorId }, created_time: new Date(c.at ?? 0).toISOString().replace(/\.\d{3}Z$/, '+0000') }
        : { id, text: c.text, from: { id: c.authorId }, timestamp: new Date(c.at ?? 0).toISOString().replace(/\.\d{3}Z$/, '+0000') }),
    },
  };
}

/** GET /{ig-user-id}?fields=mentioned_comment.comment_id(…){…}: a mention's text and author. */
function mentioned(meta: MetaPlatform, request: ApiRequest, accountId: string): ApiAnswer {
  const owner = meta.accounts.get(accountId);
  if (!owner) return { status: 400, body: graphError(100, `Object with ID '${accountId}' does not exist`, { error_subcode: 33 }) };
  if (tokenOf(request) !== owner.accessToken) return { status: 401, body: graphError(190, 'Invalid OAuth access token.') };
  const commentId = /mentioned_comment\.comment_id\((\d+)\)/.exec(request.query.get('fields') ?? '')?.[1];
  const mention = commentId ? owner.mentions.get(commentId) : undefined;
  if (!mention) return { status: 400, body: graphError(100, 'Invalid parameter', { error_subcode: 2207008 }) };
  return { status: 200, body: { id: owner.id, mentioned_comment: { id: commentId, text: mention.text, timestamp: new Date(mention.at).toISOString().replace(/\.\d{3}Z$/, '+0000'), from: { id: mention.authorId, username: mention.username } } } };
}

export function graphAnswer(meta: MetaPlatform, context: SimContext, request: ApiRequest): ApiAnswer {
  const object = /^\/([^/]+)$/.exec(request.path);
  if (request.method === 'GET' && object) return mentioned(meta, request, object[1]!);
  const lookup = /^\/([^/]+)\/(comments|replies)$/.exec(request.path);
  if (request.method === 'GET' && lookup) return listReplies(meta, request, lookup[1]!, lookup[2]!);
  const mentionEdge = /^\/([^/]+)\/mentions$/.exec(request.path);
  if (request.method === 'POST' && mentionEdge) return replyToMention(meta, context, request, mentionEdge[1]!);
  const match = /^\/([^/]+)\/(messages|comments|replies|subscribed_apps)$/.exec(request.path);
  if (request.method !== 'POST' || !match) return { status: 400, body: graphError(100, 'Unsupported request') };
  const [, objectId, edge] = match as unknown as [string, string, string];
  const owner = meta.accounts.get(objectId) ?? [...meta.accounts.values()].find((a) => a.comments.has(objectId) || a.posts.includes(objectId) || a.visitorPosts.has(objectId));
  if (!owner) return { status: 400, body: graphError(100, `Unsupported post request. Object with ID '${objectId}' does not exist`, { error_subcode: 33 }) };
  if (tokenOf(request) !== owner.accessToken) return { status: 401, body: graphError(190, 'Invalid OAuth access token.') };
  if (edge === 'subscribed_apps') return { status: 200, body: { success: true } };
  if (edge === 'comments' || edge === 'replies') {
    const text = String(request.body.message ?? '');
    const id = meta.comment(owner, { id: owner.id, name: owner.name, handle: owner.name }, text, context.now(), objectId);
    return { status: 200, body: { id } };
  }
  return owner.network === 'whatsapp' ? sendWhatsApp(meta, context, owner, request) : sendMessage(meta, context, owner, request);
}

/**
 * POST /{ig-user-id}/mentions {media_id, comment_id?, message}: a reply to a mention, on media
 * that is not the account's (so no webhook comes back). A reply to a comment mention is listed
 * under that comment, where a lookup after a lost answer finds it.
 */
function replyToMention(meta: MetaPlatform, context: SimContext, request: ApiRequest, accountId: string): ApiAnswer {
  const owner = meta.accounts.get(accountId);
  if (!owner || owner.network !== 'instagram') return { status: 400, body: graphError(100, `Object with ID '${accountId}' does not exist`, { error_subcode: 33 }) };
  if (tokenOf(request) !== owner.accessToken) return { status: 401, body: graphError(190, 'Invalid OAuth access token.') };
  const mediaId = String(request.body.media_id ?? '');
  const commentId = request.body.comment_id === undefined ? null : String(request.body.comment_id);
  const text = String(request.body.message ?? '');
  if (!mediaId || !text) return { status: 400, body: graphError(100, 'The parameters media_id and message are required') };
  const mention = commentId ? owner.mentions.get(commentId) : undefined;
  if (commentId && (!mention || mention.mediaId !== mediaId)) return { status: 400, body: graphError(100, 'Invalid parameter', { error_subcode: 2207008 }) };
  const id = context.ids.digits(17);
  if (commentId && mention) {
    if (!owner.comments.has(commentId)) owner.comments.set(commentId, { postId: mediaId, topLevelId: null, authorId: mention.authorId, text: mention.text, at: mention.at });
    owner.comments.set(id, { postId: mediaId, topLevelId: commentId, authorId: owner.id, parentId: commentId, text, at: context.now() });
  }
  return { status: 200, body: { id } };
}

function sendMessage(meta: MetaPlatform, context: SimContext, owner: MetaAccount, request: ApiRequest): ApiAnswer {
  const recipient = (request.body.recipient ?? {}) as { id?: string; comment_id?: string };
  const text = String((request.body.message as { text?: string } | undefined)?.text ?? '');
  const now = context.now();
  let to = recipient.id;
  if (recipient.comment_id) {
    const comment = owner.comments.get(recipient.comment_id);
    if (!comment) return { status: 400, body: graphError(100, 'Invalid comment id', { error_subcode: 33 }) };
    to = comment.authorId;
  } else {
    const last = to ? owner.lastInbound.get(to) : undefined;
    const allowed = request.body.tag === 'HUMAN_AGENT' ? HUMAN_AGENT_MS : WINDOW_MS;
    if (last === undefined) return { status: 400, body: graphError(551, 'This person isn\'t available right now.') };
    if (now - last > allowed) return { status: 400, body: graphError(10, 'This message is sent outside of allowed window.', { error_subcode: 2018278 }) };
  }
  const mid = owner.network === 'instagram' ? context.ids.igMid() : context.ids.mid();
  meta.echoMessage(owner, to!, mid, text);
  return { status: 200, body: { recipient_id: to, message_id: mid } };
}

function sendWhatsApp(meta: MetaPlatform, context: SimContext, owner: MetaAccount, request: ApiRequest): ApiAnswer {
  const to = String(request.body.to ?? '');
  const last = owner.lastInbound.get(to);
  if (request.body.type !== 'template' && (last === undefined || context.now() - last > WINDOW_MS)) {
    return { status: 400, body: graphError(131047, 'Re-engagement message', { error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' } }) };
  }
  const wamid = context.ids.wamid();
  meta.whatsappStatuses(owner, wamid, to);
  return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid, message_status: 'accepted' }] } };
}
