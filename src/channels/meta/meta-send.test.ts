// Replies on Facebook, Instagram and WhatsApp: the Graph calls made, and how Meta's answers
// (error codes, not statuses) are classified.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeFetch } from '../../../test/support/fake-fetch.ts';
import type { OutboundRequest } from '../channel-adapter.ts';
import { facebookAdapter } from '../facebook/facebook-adapter.ts';
import { instagramAdapter } from '../instagram/instagram-adapter.ts';
import { whatsappAdapter } from '../whatsapp/whatsapp-adapter.ts';

const NOW = Date.UTC(2026, 0, 5, 9);
const secrets = { appSecret: 'test-app-secret', pageAccessToken: 'EAAtest', accessToken: 'EAAtest', verifyToken: 'vt' };
const base: OutboundRequest = { kind: 'dm', text: 'Happy to help!', inReplyToPlatformId: null, recipientExternalId: 'PSID_1', threadKey: 'dm:PSID_1', idempotencyKey: 'k' };
const ctx = (fetch: typeof globalThis.fetch, accountExternalId = 'PAGE_1') => ({ secrets, accountExternalId, apiBaseUrl: 'http://graph.test/v21.0', fetch, now: NOW });
const graphError = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: `(#${code}) error`, type: 'OAuthException', code, fbtrace_id: 'AbC', ...extra } });

describe('Meta sends', () => {
  it('Facebook: DM, human-agent DM, public comment reply and private reply to a comment', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { recipient_id: 'PSID_1', message_id: 'm_1' } },
      { status: 200, body: { recipient_id: 'PSID_1', message_id: 'm_2' } },
      { status: 200, body: { id: 'POST_1_COMMENT_9' } },
      { status: 200, body: { recipient_id: 'PSID_1', message_id: 'm_3' } },
    ]);
    assert.deepEqual(await facebookAdapter.send(base, ctx(fetch)), { outcome: 'sent', platformMessageId: 'm_1' });
    assert.equal(calls[0]!.url.pathname, '/v21.0/PAGE_1/messages');
    assert.equal(calls[0]!.url.searchParams.get('access_token'), 'EAAtest');
    assert.equal(calls[0]!.url.searchParams.get('appsecret_proof'), '545c00459922319a6658d712eb8b84a1afb328fa4d94f9f8c70dca9a8b3566e2');
    assert.deepEqual(calls[0]!.body, { recipient: { id: 'PSID_1' }, messaging_type: 'RESPONSE', message: { text: 'Happy to help!' } });
    await facebookAdapter.send({ ...base, humanAgentTag: true }, ctx(fetch));
    assert.deepEqual(calls[1]!.body, { recipient: { id: 'PSID_1' }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Happy to help!' } });
    assert.deepEqual(await facebookAdapter.send({ ...base, kind: 'public_reply', inReplyToPlatformId: 'POST_1_COMMENT_1' }, ctx(fetch)), { outcome: 'sent', platformMessageId: 'POST_1_COMMENT_9' });
    assert.equal(calls[2]!.url.pathname, '/v21.0/POST_1_COMMENT_1/comments');
    await facebookAdapter.send({ ...base, kind: 'private_reply', inReplyToPlatformId: 'POST_1_COMMENT_1' }, ctx(fetch));
    assert.deepEqual(calls[3]!.body, { recipient: { comment_id: 'POST_1_COMMENT_1' }, message: { text: 'Happy to help!' } });
  });

  it('Instagram: comment replies go to /replies, DMs to the account', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { id: '1790' } }, { status: 200, body: { recipient_id: 'IGSID', message_id: 'aWdf' } }]);
    await instagramAdapter.send({ ...base, kind: 'public_reply', inReplyToPlatformId: '1791' }, ctx(fetch, 'IG_1'));
    assert.equal(calls[0]!.url.pathname, '/v21.0/1791/replies');
    await instagramAdapter.send(base, ctx(fetch, 'IG_1'));
    assert.equal(calls[1]!.url.pathname, '/v21.0/IG_1/messages');
  });

  it('WhatsApp: text in the window, a template outside it, bearer auth and the wamid back', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.OUT1', message_status: 'accepted' }] } },
      { status: 200, body: { messaging_product: 'whatsapp', messages: [{ id: 'wamid.OUT2' }] } },
    ]);
    const wa = { ...base, recipientExternalId: '16505551234', inReplyToPlatformId: 'wamid.IN1' };
    assert.deepEqual(await whatsappAdapter.send(wa, ctx(fetch, 'PHONE_1')), { outcome: 'sent', platformMessageId: 'wamid.OUT1' });
    assert.equal(calls[0]!.headers.authorization, 'Bearer EAAtest');
    assert.deepEqual(calls[0]!.body, { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'text', text: { body: 'Happy to help!', preview_url: false }, context: { message_id: 'wamid.IN1' } });
    await whatsappAdapter.send({ ...wa, inReplyToPlatformId: null, template: { name: 'order_update', language: 'en_US', variables: ['123'] } }, ctx(fetch, 'PHONE_1'));
    assert.deepEqual((calls[1]!.body as { template: unknown }).template, { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: '123' }] }] });
  });

  it('classifies throttling by code whatever the status, with the time to regain access', async () => {
    const buc = JSON.stringify({ PAGE_1: [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 }] });
    const { fetch } = fakeFetch([
      { status: 400, body: graphError(80001), headers: { 'x-business-use-case-usage': buc } },
      { status: 403, body: graphError(4) },
      { status: 400, body: graphError(130429) },
      { status: 400, body: graphError(131056) },
      { status: 400, body: graphError(613) },
      { status: 400, body: graphError(17) },
      { status: 400, body: graphError(32) },
    ]);
    const first = await facebookAdapter.send(base, ctx(fetch));
    assert.deepEqual(first.outcome === 'rate_limited' && first.retryAt, NOW + 7 * 60_000);
    for (let i = 0; i < 6; i++) {
      const result = await whatsappAdapter.send(base, ctx(fetch));
      assert.equal(result.outcome, 'rate_limited');
      assert.ok(result.outcome === 'rate_limited' && result.retryAt > NOW);
    }
  });

  it('explains closed windows, blocked people and deleted comments; retries 5xx; unknown on a lost connection', async () => {
    const { fetch } = fakeFetch([
      { status: 400, body: graphError(10, { error_subcode: 2018278 }) },
      { status: 400, body: graphError(131047, { error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed' } }) },
      { status: 400, body: graphError(551) },
      { status: 400, body: graphError(100, { error_subcode: 33 }) },
      { status: 500, body: graphError(2, { is_transient: true }) },
      { fail: 'reset' },
    ]);
    const window = await facebookAdapter.send(base, ctx(fetch));
    assert.equal(window.outcome === 'permanent' && window.code, 'window_closed');
    assert.match(window.outcome === 'permanent' ? window.suggestion : '', /human-agent tag/);
    const waWindow = await whatsappAdapter.send(base, ctx(fetch));
    assert.match(waWindow.outcome === 'permanent' ? waWindow.suggestion : '', /template/);
    const blocked = await facebookAdapter.send(base, ctx(fetch));
    assert.equal(blocked.outcome === 'permanent' && blocked.code, 'recipient_unavailable');
    const deleted = await facebookAdapter.send({ ...base, kind: 'public_reply', inReplyToPlatformId: 'C1' }, ctx(fetch));
    assert.equal(deleted.outcome === 'permanent' && deleted.code, 'target_deleted');
    assert.equal((await facebookAdapter.send(base, ctx(fetch))).outcome, 'transient');
    assert.equal((await facebookAdapter.send(base, ctx(fetch))).outcome, 'unknown');
  });

  it('WhatsApp has no public surface to reply on', async () => {
    const { fetch } = fakeFetch([]);
    const result = await whatsappAdapter.send({ ...base, kind: 'public_reply', inReplyToPlatformId: 'x' }, ctx(fetch));
    assert.equal(result.outcome === 'permanent' && result.code, 'not_supported');
  });
});
