// Replies on X: the calls sent, and how each answer is classified.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeFetch } from '../../../test/support/fake-fetch.ts';
import type { OutboundRequest } from '../channel-adapter.ts';
import { xAdapter } from './x-adapter.ts';

const NOW = Date.UTC(2026, 0, 5, 9);
const reply: OutboundRequest = { kind: 'public_reply', text: 'Sorry! DM us your order number.', inReplyToPlatformId: '1745000000000000001', recipientExternalId: '6253282', threadKey: 'tweet:1', idempotencyKey: 'k1' };
const dm: OutboundRequest = { ...reply, kind: 'dm', inReplyToPlatformId: null };

function context(fetch: typeof globalThis.fetch, usage: Array<[string, number]> = []) {
  return { secrets: { accessToken: 'user-token' }, accountExternalId: '2244994945', apiBaseUrl: 'http://x.test', fetch, now: NOW, meter: { record: (r: string, n: number) => { usage.push([r, n]); } } };
}

describe('X send', () => {
  it('posts a public reply and a DM, and meters each write', async () => {
    const usage: Array<[string, number]> = [];
    const { fetch, calls } = fakeFetch([
      { status: 201, body: { data: { id: '1745000000000009999', text: 'x', edit_history_tweet_ids: ['1745000000000009999'] } } },
      { status: 201, body: { data: { dm_conversation_id: '2244994945-6253282', dm_event_id: '1745000000000008888' } } },
      { status: 201, body: { dm_conversation_id: '2244994945-6253282', dm_event_id: '1745000000000008889' } },
    ]);
    assert.deepEqual(await xAdapter.send(reply, context(fetch, usage)), { outcome: 'sent', platformMessageId: '1745000000000009999' });
    assert.equal(calls[0]!.url.pathname, '/2/tweets');
    assert.deepEqual(calls[0]!.body, { text: reply.text, reply: { in_reply_to_tweet_id: '1745000000000000001' } });
    assert.equal(calls[0]!.headers.authorization, 'Bearer user-token');
    assert.deepEqual(await xAdapter.send(dm, context(fetch, usage)), { outcome: 'sent', platformMessageId: '1745000000000008888' });
    assert.equal(calls[1]!.url.pathname, '/2/dm_conversations/with/6253282/messages');
    assert.deepEqual(await xAdapter.send(dm, context(fetch, usage)), { outcome: 'sent', platformMessageId: '1745000000000008889' }, 'the unwrapped DM answer is read too');
    assert.deepEqual(usage, [['content_create', 1], ['dm_create', 1], ['dm_create', 1]]);
  });

  it('waits until the rate limit resets, preferring an exhausted 24-hour limit', async () => {
    const reset = Math.floor(NOW / 1000) + 900;
    const daily = Math.floor(NOW / 1000) + 36_000;
    const { fetch } = fakeFetch([
      { status: 429, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) } },
      { status: 429, body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, headers: { 'x-rate-limit-reset': String(reset), 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': String(daily) } },
    ]);
    const first = await xAdapter.send(reply, context(fetch));
    assert.equal(first.outcome, 'rate_limited');
    assert.equal(first.outcome === 'rate_limited' && first.retryAt, reset * 1000);
    const second = await xAdapter.send(reply, context(fetch));
    assert.equal(second.outcome === 'rate_limited' && second.retryAt, daily * 1000);
  });

  it('explains refusals in plain words and separates transient from unknown failures', async () => {
    const { fetch } = fakeFetch([
      { status: 403, body: { title: 'Forbidden', detail: 'You cannot send messages to this user.' } },
      { status: 403, body: { title: 'Forbidden', detail: 'You are not allowed to reply to this Tweet.' } },
      { status: 401, body: { title: 'Unauthorized' } },
      { status: 503, body: 'over capacity' },
      { fail: 'refused' },
      { fail: 'reset' },
      { fail: 'timeout' },
    ]);
    const dmRefused = await xAdapter.send(dm, context(fetch));
    assert.equal(dmRefused.outcome === 'permanent' && dmRefused.code, 'recipient_unavailable');
    assert.match(dmRefused.outcome === 'permanent' ? dmRefused.suggestion : '', /Reply publicly/);
    const replyRefused = await xAdapter.send(reply, context(fetch));
    assert.equal(replyRefused.outcome === 'permanent' && replyRefused.code, 'reply_not_allowed');
    const expired = await xAdapter.send(reply, context(fetch));
    assert.equal(expired.outcome === 'permanent' && expired.code, 'token_invalid');
    assert.equal((await xAdapter.send(reply, context(fetch))).outcome, 'transient');
    assert.equal((await xAdapter.send(reply, context(fetch))).outcome, 'transient', 'nothing was sent when the connection was refused');
    assert.equal((await xAdapter.send(reply, context(fetch))).outcome, 'unknown', 'a connection lost mid-call may have posted');
    assert.equal((await xAdapter.send(reply, context(fetch))).outcome, 'unknown', 'a platform too slow to answer may still have posted');
  });

  it('has no private reply to a post', async () => {
    const { fetch, calls } = fakeFetch([]);
    const result = await xAdapter.send({ ...reply, kind: 'private_reply' }, context(fetch));
    assert.equal(result.outcome === 'permanent' && result.code, 'not_supported');
    assert.equal(calls.length, 0);
  });
});
