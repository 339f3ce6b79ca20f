// Replies on X: a public reply is a new post in reply to the customer's; a DM goes to the person
// (wire formats §1e; docs.x.com/x-api/posts/creation-of-a-post, …/direct-messages). X has no
// private reply to a post. Each write is billed per request (pay-per-use "Content: Create" /
// "DM Interaction: Create").
import type { OutboundRequest, SendContext, SendResult } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';
import { classifyXError } from './x-errors.ts';

function idFrom(body: unknown, field: 'id' | 'dm_event_id'): string | undefined {
  // DM creation answers {data:{dm_event_id}}; some clients document it unwrapped: accept both.
  const record = asRecord(body);
  const value = asRecord(record.data)[field] ?? record[field];
  return typeof value === 'string' ? value : undefined;
}

export async function sendX(request: OutboundRequest, context: SendContext): Promise<SendResult> {
  const token = context.secrets.accessToken;
  if (!token) return { outcome: 'permanent', code: 'credentials_missing', reason: 'This X account has no access token stored.', suggestion: 'Reconnect the X account in Settings → Channels.' };
  if (request.kind === 'private_reply') {
    return { outcome: 'permanent', code: 'not_supported', reason: 'X has no private reply to a post.', suggestion: 'Send a direct message to the person instead.' };
  }
  if (request.kind === 'public_reply' && !request.inReplyToPlatformId) {
    return { outcome: 'permanent', code: 'not_supported', reason: 'A public reply needs the post it answers.', suggestion: 'Reply from the conversation that holds the post.' };
  }
  const base = context.apiBaseUrl.replace(/\/$/, '');
  const isDm = request.kind === 'dm';
  const url = isDm ? `${base}/2/dm_conversations/with/${encodeURIComponent(request.recipientExternalId)}/messages` : `${base}/2/tweets`;
  const json = isDm ? { text: request.text } : { text: request.text, reply: { in_reply_to_tweet_id: request.inReplyToPlatformId } };
  const response = await callPlatform(context.fetch, { method: 'POST', url, headers: { authorization: `Bearer ${token}` }, json, timeoutMs: context.timeoutMs });
  const now = context.now ?? Date.now();
  if (response.kind === 'failure') return { outcome: response.outcome, detail: response.detail };
  if (response.status >= 200 && response.status < 300) {
    context.meter?.record(isDm ? 'dm_create' : 'content_create', 1);
    const id = idFrom(response.body, isDm ? 'dm_event_id' : 'id');
    return id ? { outcome: 'sent', platformMessageId: id } : { outcome: 'unknown', detail: 'X answered success without the new id' };
  }
  return classifyXError(response, isDm ? 'dm' : 'post', now);
}
