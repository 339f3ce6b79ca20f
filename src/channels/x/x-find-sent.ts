// After a send whose answer was lost, X is asked whether the post or DM exists before anything is
// sent again: the account's own recent posts (an "owned read", $0.001 a post) or the DM thread
// with the recipient (docs.x.com/x-api/posts/timelines, …/direct-messages/lookup).
import type { FindSentResult, OutboundRequest, SendContext } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';

const same = (a: unknown, b: string) => typeof a === 'string' && a.trim() === b.trim();

export async function findSentX(request: OutboundRequest, context: SendContext & { sentAfter: number }): Promise<FindSentResult> {
  if (request.kind === 'private_reply') return { outcome: 'not_found' };
  const base = context.apiBaseUrl.replace(/\/$/, '');
  const since = new Date(context.sentAfter).toISOString();
  const url = request.kind === 'dm'
    ? `${base}/2/dm_conversations/with/${encodeURIComponent(request.recipientExternalId)}/dm_events?max_results=50&dm_event.fields=id,text,sender_id,created_at`
    : `${base}/2/users/${encodeURIComponent(context.accountExternalId)}/tweets?max_results=100&start_time=${encodeURIComponent(since)}&tweet.fields=created_at,referenced_tweets`;
  const response = await callPlatform(context.fetch, { method: 'GET', url, headers: { authorization: `Bearer ${context.secrets.accessToken ?? ''}` }, timeoutMs: context.timeoutMs });
  if (response.kind === 'failure') return { outcome: 'unavailable', detail: response.detail };
  if (response.status !== 200) return { outcome: 'unavailable', detail: `X answered ${response.status} to the lookup` };
  const items = (Array.isArray(asRecord(response.body).data) ? asRecord(response.body).data as unknown[] : []).map(asRecord);
  context.meter?.record(request.kind === 'dm' ? 'dm_events_read' : 'owned_posts_read', items.length, items.map((i) => String(i.id)));
  const match = items.find((item) => {
    if (!same(item.text, request.text) && !(typeof item.text === 'string' && item.text.trim().endsWith(request.text.trim()))) return false;
    if (Date.parse(String(item.created_at)) < context.sentAfter) return false;
    if (request.kind === 'dm') return item.sender_id === context.accountExternalId;
    const replied = (Array.isArray(item.referenced_tweets) ? item.referenced_tweets : []).map(asRecord).find((r) => r.type === 'replied_to');
    return replied?.id === request.inReplyToPlatformId;
  });
  return match ? { outcome: 'found', platformMessageId: String(match.id) } : { outcome: 'not_found' };
}
