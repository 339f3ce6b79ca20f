// Platform payloads through the whole pipeline: verify → store → 2xx → normalize → dedupe →
// thread → contact → events, on a running Earshot with real sessions and channel accounts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectAccount, deliver, signatureHeaders, type ConnectedAccount } from '../support/channels.ts';
import { newId } from '../../src/core/ids.ts';
import { insertMessage } from '../../src/storage/repositories/conversations.repository.ts';
import { insertOutboxItem } from '../../src/storage/repositories/outbox.repository.ts';

const fixture = (network: string, name: string) => readFileSync(new URL(`../../src/channels/${network}/fixtures/${name}.json`, import.meta.url));

describe('webhook ingestion', () => {
  let app: TestApp;
  let x: ConnectedAccount;
  let facebook: ConnectedAccount;
  let whatsapp: ConnectedAccount;
  let instagram: ConnectedAccount;

  before(async () => {
    app = await startTestApp();
    await app.earshot.start();
    x = await connectAccount(app, 'x', '2244994945', { defaultTeamId: app.seeded.teams.care.id });
    facebook = await connectAccount(app, 'facebook', '448242228374517');
    whatsapp = await connectAccount(app, 'whatsapp', '106540352242922');
    instagram = await connectAccount(app, 'instagram', '17841400000000000');
  });
  after(async () => { await app?.close(); });

  const db = () => app.earshot.storage.db;
  const drain = () => app.earshot.ingestion.settle();

  it('answers the handshakes', async () => {
    const crc = await app.earshot.http.inject({ url: `/webhooks/x/${x.id}?crc_token=abc123` });
    assert.equal(crc.statusCode, 200);
    assert.match(crc.json().response_token, /^sha256=/);
    const hub = await app.earshot.http.inject({ url: `/webhooks/facebook/${facebook.id}?hub.mode=subscribe&hub.verify_token=fb-verify&hub.challenge=42` });
    assert.equal(hub.statusCode, 200);
    assert.equal(hub.body, '42');
    assert.equal((await app.earshot.http.inject({ url: `/webhooks/facebook/${facebook.id}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=42` })).statusCode, 403);
    assert.equal((await app.earshot.http.inject({ url: `/webhooks/x/${facebook.id}?crc_token=abc` })).statusCode, 404, 'network must match the account');
  });

  it('threads an X mention, its replies and a DM; the mention author and DM sender share one contact', async () => {
    for (const name of ['mention', 'reply-chain-and-echo', 'dm-received']) {
      const response = await deliver(app, x, fixture('x', name));
      assert.equal(response.statusCode, 200, response.body);
    }
    await drain();
    const conversations = await db().selectFrom('conversations').selectAll().where('channel_account_id', '=', x.id).orderBy('thread_key').execute();
    assert.deepEqual(conversations.map((c) => c.thread_key), ['dm:6253282', 'tweet:1745000000000000001']);
    const thread = conversations[1]!;
    assert.equal(thread.team_id, app.seeded.teams.care.id, 'the account\'s default team');
    const messages = await db().selectFrom('messages').selectAll().where('conversation_id', '=', thread.id).orderBy('platform_created_at').execute();
    assert.deepEqual(messages.map((m) => [m.platform_message_id, m.direction]), [
      ['1745000000000000001', 'inbound'], ['1745000000000000002', 'inbound'], ['1745000000000000003', 'outbound'],
    ]);
    assert.equal(thread.first_response_at, Date.parse('Wed Jan 10 12:06:00 +0000 2024'), 'the echo counts as the first response');
    assert.equal(conversations[0]!.contact_id, thread.contact_id, 'public mention and later DM: one contact');
    const identity = await db().selectFrom('contact_identities').selectAll().where('external_id', '=', '6253282').executeTakeFirstOrThrow();
    assert.equal(identity.handle, 'jane');
    assert.equal(identity.verified, 1);
    const events = await db().selectFrom('domain_events').select(['type', 'subject_id', 'team_id']).where('subject_id', '=', thread.id).orderBy('seq').execute();
    const own = events.filter((e) => e.type === 'conversation.created' || e.type === 'message.created');
    assert.deepEqual(own.map((e) => e.type), ['conversation.created', 'message.created', 'message.created', 'message.created']);
    assert.ok(own.every((e) => e.team_id === app.seeded.teams.care.id));
    // Triage and routing ran in the pipeline: the rules were applied to each customer message.
    assert.equal(events.filter((e) => e.type === 'conversation.routed').length, 2, 'the two customer posts, not our echo');
  });

  it('takes every platform retry and duplicate as one event', async () => {
    const body = fixture('whatsapp', 'text-message');
    for (let i = 0; i < 3; i++) assert.equal((await deliver(app, whatsapp, body)).statusCode, 200);
    await drain();
    const stored = await db().selectFrom('inbound_events').select(['status']).where('channel_account_id', '=', whatsapp.id).execute();
    assert.deepEqual(stored.map((s) => s.status), ['processed']);
    const messages = await db().selectFrom('messages').select('id').where('channel_account_id', '=', whatsapp.id).execute();
    assert.equal(messages.length, 1);
  });

  it('applies edits and deletions once, and ignores what is not a conversation', async () => {
    for (const name of ['feed-comment', 'feed-batch']) assert.equal((await deliver(app, facebook, fixture('facebook', name))).statusCode, 200);
    await drain();
    const comment = await db().selectFrom('messages').selectAll().where('platform_message_id', '=', '122131676912594941_1213590066982748').executeTakeFirstOrThrow();
    assert.equal(comment.body, 'Does this come in navy blue?');
    assert.equal(comment.edited_at, 1742667700000);
    const reply = await db().selectFrom('messages').selectAll().where('platform_message_id', '=', '122131676912594941_1213590066999999').executeTakeFirstOrThrow();
    assert.equal(reply.conversation_id, comment.conversation_id, 'a reply joins its comment\'s conversation');
    const edited = await db().selectFrom('domain_events').select('type').where('type', '=', 'message.edited').execute();
    assert.equal(edited.length, 1);
  });

  it('hands delivery reports and echoes of our replies to the outbox', async () => {
    const thread = await db().selectFrom('conversations').selectAll().where('channel_account_id', '=', whatsapp.id).executeTakeFirstOrThrow();
    const now = Date.now();
    const ours = (id: string, platformId: string | null, body: string, status: string) => insertMessage(db(), {
      id, workspaceId: thread.workspace_id, conversationId: thread.id, channelAccountId: whatsapp.id, direction: 'outbound', kind: 'dm', surface: 'private',
      platformMessageId: platformId, parentPlatformId: null, authorIdentityId: null, authorUserId: app.seeded.people.agent.id, body, meta: {}, status, platformCreatedAt: now, createdAt: now,
    });
    await ours(newId(), 'wamid.OUT001', 'Your bag is on its way', 'sent');
    await ours(newId(), 'wamid.OUT002', 'Are you still there?', 'sent');
    assert.equal((await deliver(app, whatsapp, fixture('whatsapp', 'statuses'))).statusCode, 200);
    await drain();
    const statuses = await db().selectFrom('messages').select(['platform_message_id', 'status']).where('platform_message_id', 'in', ['wamid.OUT001', 'wamid.OUT002']).orderBy('platform_message_id').execute();
    assert.deepEqual(statuses.map((m) => m.status), ['delivered', 'failed']);
    const kinds = await db().selectFrom('domain_events').select('type').where('type', 'in', ['message.status_changed', 'message.failed']).execute();
    assert.deepEqual(kinds.map((k) => k.type).sort(), ['message.failed', 'message.status_changed']);

    // A reply whose answer was lost (outbox: sending, no platform id yet), then its echo arrives.
    const pending = newId();
    await ours(pending, null, 'Here is your new booking', 'queued');
    await insertOutboxItem(db(), { id: newId(), workspaceId: thread.workspace_id, channelAccountId: whatsapp.id, conversationId: thread.id, messageId: pending, idempotencyKey: newId(), payload: '{}', nextAttemptAt: now, createdAt: now });
    await db().updateTable('outbox').set({ status: 'sending' }).where('message_id', '=', pending).execute();
    const echo = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
      messages: [{ from: '15550783881', to: '16505551234', id: 'wamid.ECHO1', timestamp: String(Math.floor(now / 1000)), type: 'text', text: { body: 'Here is your new booking' } }] } }] }] });
    assert.equal((await deliver(app, whatsapp, echo)).statusCode, 200);
    await drain();
    const settled = await db().selectFrom('messages').select(['id', 'platform_message_id']).where('platform_message_id', '=', 'wamid.ECHO1').execute();
    assert.deepEqual(settled.map((m) => m.id), [pending], 'the echo settled our reply instead of becoming a second message');
    assert.equal((await db().selectFrom('outbox').select('status').where('message_id', '=', pending).executeTakeFirstOrThrow()).status, 'sent');
  });

  it('refuses unsigned and wrongly signed requests with 401, and counts them', async () => {
    const body = fixture('instagram', 'dm');
    assert.equal((await deliver(app, instagram, body, { 'content-type': 'application/json' })).statusCode, 401);
    const wrong = await deliver(app, instagram, body, signatureHeaders('instagram', body, 'not-the-secret'));
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'invalid_signature');
    await app.earshot.ingestion.activity.flush();
    const activity = await db().selectFrom('channel_activity').selectAll().where('channel_account_id', '=', instagram.id).executeTakeFirstOrThrow();
    assert.equal(activity.auth_failures, 2);
    const stored = await db().selectFrom('inbound_events').select('id').where('channel_account_id', '=', instagram.id).execute();
    assert.equal(stored.length, 0);
  });

  it('keeps signed but malformed payloads in the quarantine and still answers 2xx', async () => {
    assert.equal((await deliver(app, whatsapp, fixture('whatsapp', 'malformed-timestamp'))).statusCode, 200);
    const unsplittable = Buffer.from('{"object":"whatsapp_business_account","entry":"not a list"}');
    assert.equal((await deliver(app, whatsapp, unsplittable)).statusCode, 200);
    await drain();
    const held = await db().selectFrom('inbound_events').selectAll().where('channel_account_id', '=', whatsapp.id).where('status', '=', 'quarantined').orderBy('platform_event_id').execute();
    assert.equal(held.length, 2);
    assert.match(held[0]!.platform_event_id, /^delivery:/);
    assert.match(held[0]!.error ?? '', /entry/);
    assert.match(held[1]!.error ?? '', /timestamp/);
    const notices = await db().selectFrom('domain_events').select('type').where('type', '=', 'inbound.quarantined').execute();
    assert.equal(notices.length, 2);
  });

  it('refuses oversized bodies with 413 and unknown accounts with 404', async () => {
    const big = Buffer.alloc(app.earshot.config.maxBodyBytes + 1, 0x20);
    assert.equal((await deliver(app, facebook, big)).statusCode, 413);
    assert.equal((await app.earshot.http.inject({ method: 'POST', url: '/webhooks/facebook/00000000-0000-7000-8000-000000000000', payload: '{}', headers: { 'content-type': 'application/json' } })).statusCode, 404);
  });
});
