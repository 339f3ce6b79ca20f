// After a send whose answer was lost, Meta is asked whether the public reply exists: the replies
// under the comment, newest first, written by the account (Graph `/{comment-id}/comments` on
// Facebook, `/{comment-id}/replies` on Instagram). Messages and private replies have no such
// lookup; Meta echoes them to the webhook, and the echo settles the send.
import type { FindSentResult, OutboundRequest, SendContext } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';
import { appSecretProof } from './meta-signature.ts';

export function metaFindSent(edge: 'comments' | 'replies', tokenField: string) {
  return async (request: OutboundRequest, context: SendContext & { sentAfter: number }): Promise<FindSentResult> => {
    if (request.kind !== 'public_reply' || !request.inReplyToPlatformId) {
      return { outcome: 'unavailable', detail: 'Meta has no lookup for messages; waiting for the echo' };
    }
    const token = context.secrets[tokenField] ?? '';
    const url = new URL(`${context.apiBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(request.inReplyToPlatformId)}/${edge}`);
    url.searchParams.set('fields', edge === 'comments' ? 'id,message,from,created_time' : 'id,text,from,timestamp');
    url.searchParams.set('order', 'reverse_chronological');
    url.searchParams.set('access_token', token);
    if (context.secrets.appSecret) url.searchParams.set('appsecret_proof', appSecretProof(context.secrets.appSecret, token));
    const response = await callPlatform(context.fetch, { method: 'GET', url: url.toString(), timeoutMs: context.timeoutMs });
    if (response.kind === 'failure') return { outcome: 'unavailable', detail: response.detail };
    if (response.status !== 200) return { outcome: 'unavailable', detail: `Meta answered ${response.status} to the lookup` };
    const items = (Array.isArray(asRecord(response.body).data) ? asRecord(response.body).data as unknown[] : []).map(asRecord);
    const match = items.find((item) => asRecord(item.from).id === context.accountExternalId
      && String(item.message ?? item.text ?? '').trim() === request.text.trim()
      && Date.parse(String(item.created_time ?? item.timestamp).replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) >= context.sentAfter - 1000);
    return match ? { outcome: 'found', platformMessageId: String(match.id) } : { outcome: 'not_found' };
  };
}
