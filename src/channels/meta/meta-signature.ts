// Meta's webhook handshake and signature, the same for Facebook Pages, Instagram and WhatsApp.
// Handshake: GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… → echo the challenge
// (developers.facebook.com/docs/graph-api/webhooks/getting-started). Signature: X-Hub-Signature-256
// = "sha256=" + lowercase hex HMAC-SHA256(app secret, raw body as sent) (wire formats §2b).
import type { ChannelSecrets, WebhookRequest, WebhookResponse } from '../channel-adapter.ts';
import { headerValue, hmacSha256, signaturesMatch } from '../shared/hmac.ts';

export function metaSignature(appSecret: string, rawBody: string | Buffer): string {
  return `sha256=${hmacSha256(appSecret, rawBody, 'hex')}`;
}

/** appsecret_proof for Graph calls: hex HMAC-SHA256(app secret, access token) (wire formats §2b). */
export function appSecretProof(appSecret: string, accessToken: string): string {
  return hmacSha256(appSecret, accessToken, 'hex');
}

export function verifyMetaSignature(request: WebhookRequest, secrets: ChannelSecrets): boolean {
  const appSecret = secrets.appSecret;
  if (!appSecret) return false;
  const given = headerValue(request.headers, 'x-hub-signature-256');
  // Hex digits may arrive in upper case from some proxies; Meta sends lower case.
  return signaturesMatch(metaSignature(appSecret, request.rawBody), given?.toLowerCase());
}

export function metaHandshake(request: WebhookRequest, secrets: ChannelSecrets): WebhookResponse | null {
  if (request.method !== 'GET') return null;
  const mode = request.query['hub.mode'];
  const challenge = request.query['hub.challenge'];
  if (mode === undefined && challenge === undefined) return null;
  const token = request.query['hub.verify_token'];
  const expected = secrets.verifyToken;
  if (mode === 'subscribe' && challenge !== undefined && expected && signaturesMatch(expected, token)) {
    return { status: 200, contentType: 'text/plain', body: challenge };
  }
  return { status: 403, contentType: 'application/json', body: JSON.stringify({ error: 'verify token mismatch' }) };
}
