// X Account Activity webhooks: the CRC handshake and the request signature, both HMAC-SHA256
// keyed with the app's consumer secret, base64, prefixed "sha256=" (wire formats §1b–c;
// developer.x.com …/account-activity-api/guides/securing-webhooks).
import type { ChannelSecrets, WebhookRequest, WebhookResponse } from '../channel-adapter.ts';
import { headerValue, hmacSha256, signaturesMatch } from '../shared/hmac.ts';

export function xSignature(consumerSecret: string, message: string | Buffer): string {
  return `sha256=${hmacSha256(consumerSecret, message, 'base64')}`;
}

/** GET ?crc_token=… → {"response_token": "sha256=<base64 HMAC of the token>"} within ~3 s. */
export function xHandshake(request: WebhookRequest, secrets: ChannelSecrets): WebhookResponse | null {
  if (request.method !== 'GET') return null;
  const token = request.query.crc_token;
  if (token === undefined) return null;
  if (!secrets.consumerSecret) return { status: 403, contentType: 'application/json', body: JSON.stringify({ error: 'no consumer secret stored' }) };
  return { status: 200, contentType: 'application/json', body: JSON.stringify({ response_token: xSignature(secrets.consumerSecret, token) }) };
}

export function verifyXSignature(request: WebhookRequest, secrets: ChannelSecrets): boolean {
  if (!secrets.consumerSecret) return false;
  return signaturesMatch(xSignature(secrets.consumerSecret, request.rawBody), headerValue(request.headers, 'x-twitter-webhooks-signature'));
}
