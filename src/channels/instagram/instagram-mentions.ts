// Completing an Instagram mention: the webhook names the media and comment only, so the text and
// author are read from the Graph API through the account's mentioned_comment / mentioned_media
// fields (developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/mentions).
import type { IdentityProfile } from '../../core/contact/contact.ts';
import type { SendContext } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';
import { appSecretProof } from '../meta/meta-signature.ts';

export async function hydrateMention(meta: Readonly<Record<string, unknown>>, context: SendContext): Promise<{ text: string; author: IdentityProfile; createdAt: number | null } | null> {
  const mediaId = typeof meta.mediaId === 'string' ? meta.mediaId : null;
  if (!mediaId) return null;
  const commentId = typeof meta.commentId === 'string' ? meta.commentId : null;
  const token = context.secrets.accessToken ?? '';
  const url = new URL(`${context.apiBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(context.accountExternalId)}`);
  url.searchParams.set('fields', commentId
    ? `mentioned_comment.comment_id(${commentId}){id,text,timestamp,from{id,username}}`
    : `mentioned_media.media_id(${mediaId}){id,caption,timestamp,username}`);
  url.searchParams.set('access_token', token);
  if (context.secrets.appSecret) url.searchParams.set('appsecret_proof', appSecretProof(context.secrets.appSecret, token));
  const response = await callPlatform(context.fetch, { method: 'GET', url: url.toString(), timeoutMs: context.timeoutMs });
  if (response.kind === 'failure' || response.status >= 500 || response.status === 429) {
    throw new Error(`Instagram lookup of mention ${commentId ?? mediaId} failed (${response.kind === 'failure' ? response.detail : response.status})`);
  }
  if (response.status !== 200) return null;
  const found = asRecord(asRecord(response.body)[commentId ? 'mentioned_comment' : 'mentioned_media']);
  if (Object.keys(found).length === 0) return null;
  const from = asRecord(found.from);
  const username = typeof from.username === 'string' ? from.username : typeof found.username === 'string' ? found.username : null;
  const externalId = typeof from.id === 'string' ? from.id : username ? `username:${username}` : `media:${mediaId}`;
  const at = Date.parse(String(found.timestamp ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return {
    text: String(found.text ?? found.caption ?? ''),
    author: { network: 'instagram', externalId, handle: username },
    createdAt: Number.isFinite(at) ? at : null,
  };
}
