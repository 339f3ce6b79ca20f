// Calls to the Graph API on behalf of a connected account: the access token as a query parameter
// with its appsecret_proof (Graph's "Require App Secret" setting), or as a bearer header
// (WhatsApp Cloud API). The answer is reduced to a SendResult.
import type { SendContext, SendResult } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';
import { appSecretProof } from './meta-signature.ts';
import { classifyGraphError } from './meta-errors.ts';

export interface GraphPost {
  /** Path below the Graph base URL, e.g. `/123/messages`. */
  path: string;
  json: Record<string, unknown>;
  tokenField: string;
  auth: 'query' | 'bearer';
  /** Reads the new object's id from a successful answer. */
  idOf: (body: Record<string, unknown>) => string | undefined;
}

function graphUrl(base: string, path: string, query: Record<string, string>): string {
  const url = new URL(base.replace(/\/$/, '') + path);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

export async function graphPost(post: GraphPost, context: SendContext): Promise<SendResult> {
  const token = context.secrets[post.tokenField];
  if (!token) {
    return { outcome: 'permanent', code: 'credentials_missing', reason: 'This account has no access token stored.', suggestion: 'Reconnect the account in Settings → Channels.' };
  }
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  if (post.auth === 'query') {
    query.access_token = token;
    if (context.secrets.appSecret) query.appsecret_proof = appSecretProof(context.secrets.appSecret, token);
  } else {
    headers.authorization = `Bearer ${token}`;
  }
  const response = await callPlatform(context.fetch, {
    method: 'POST', url: graphUrl(context.apiBaseUrl, post.path, query), headers, json: post.json, timeoutMs: context.timeoutMs,
  });
  const now = context.now ?? Date.now();
  if (response.kind === 'failure') return { outcome: response.outcome, detail: response.detail };
  if (response.status >= 200 && response.status < 300) {
    const id = post.idOf(asRecord(response.body));
    if (id) return { outcome: 'sent', platformMessageId: id };
    return { outcome: 'unknown', detail: 'Meta answered success without the new message id' };
  }
  return classifyGraphError(response, now);
}

/** The `{recipient_id, message_id}` answer of the Send API. */
export const messageIdOf = (body: Record<string, unknown>): string | undefined =>
  typeof body.message_id === 'string' ? body.message_id : undefined;

/** The `{id}` answer of object-creating endpoints (comments, replies). */
export const objectIdOf = (body: Record<string, unknown>): string | undefined =>
  typeof body.id === 'string' ? body.id : undefined;

export const notSupported = (what: string, suggestion: string): SendResult =>
  ({ outcome: 'permanent', code: 'not_supported', reason: what, suggestion });
