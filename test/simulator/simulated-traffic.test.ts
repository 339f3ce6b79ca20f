// Simulated traffic through a listening Earshot: every delivery the simulator got a 2xx for is
// stored once and processed; threads and contacts come out as the platforms imply; replies sent
// through the adapters reach the fake platforms and come back as echoes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrafficGenerator } from '../../src/simulator/traffic/traffic-generator.ts';
import { TrafficPlayer } from '../../src/simulator/traffic/traffic-player.ts';
import { startSimulatedEarshot, type SimulatedEarshot } from '../support/simulated.ts';

describe('simulated traffic through Earshot', () => {
  let s: SimulatedEarshot;
  const published: Array<{ network: string; id: string; kind: string; replyTo: number | undefined; seq: number; author: string }> = [];

  before(async () => {
    s = await startSimulatedEarshot();
    const generator = new TrafficGenerator({ seed: 11, perHour: 3600, stormChance: 0.005 });
    const player = new TrafficPlayer(generator, s.sim, {
      perSecond: 400, count: 300, generatorPerHour: 3600,
      onPublished: (a, id) => published.push({ network: a.network, id, kind: a.kind, replyTo: a.replyToSeq, seq: a.seq, author: a.author.key }),
    }).start();
    await player.done;
    await s.sim.deliverer.idle();
    await s.app.earshot.ingestion.settle();
  });
  after(async () => { await s?.close(); });

  const db = () => s.app.earshot.storage.db;

  it('stores every acknowledged delivery once and processes it', async () => {
    const records = s.sim.deliverer.records;
    assert.equal(records.length, 300);
    assert.ok(records.every((r) => r.acknowledgedAt !== null), 'all acknowledged');
    const events = await db().selectFrom('inbound_events').select(['platform_event_id', 'status']).execute();
    assert.equal(events.length, 300, 'duplicates deliveries stored once');
    assert.deepEqual([...new Set(events.map((e) => e.status))].sort(), ['processed']);
    assert.ok(records.some((r) => r.duplicated), 'the simulator did send some twice');
    const messages = await db().selectFrom('messages').select(['platform_message_id']).execute();
    assert.equal(messages.length, 300);
    const created = await db().selectFrom('domain_events').select('id').where('type', '=', 'message.created').execute();
    assert.equal(created.length, 300, 'one message.created per message');
  });

  it('threads replies into their parent\'s conversation, and a commenter\'s DM shares the contact', async () => {
    const bySeq = new Map(published.map((p) => [p.seq, p]));
    const replies = published.filter((p) => p.replyTo !== undefined && bySeq.has(p.replyTo));
    assert.ok(replies.length > 10);
    for (const reply of replies) {
      const parentId = bySeq.get(reply.replyTo!)!.id;
      const [child, parent] = await Promise.all([reply.id, parentId].map((id) => db().selectFrom('messages').select('conversation_id').where('platform_message_id', '=', id).executeTakeFirstOrThrow()));
      assert.equal(child!.conversation_id, parent!.conversation_id, `${reply.network} reply ${reply.id}`);
    }
    const dmFollowUps = published.filter((p) => p.kind === 'dm' && published.some((q) => q.author === p.author && q.network === p.network && q.kind !== 'dm' && q.seq < p.seq));
    assert.ok(dmFollowUps.length > 0);
    for (const dm of dmFollowUps) {
      const rows = await db().selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
        .select(['conversations.contact_id', 'conversations.surface']).where('messages.platform_message_id', '=', dm.id).execute();
      // Instagram mention webhooks carry no author (Meta sends only ids), so they are left out.
      const publicOnes = published.filter((q) => q.author === dm.author && q.network === dm.network && q.kind !== 'dm' && q.kind !== 'reply' && !(q.network === 'instagram' && q.kind === 'mention'));
      for (const p of publicOnes) {
        const other = await db().selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
          .select('conversations.contact_id').where('messages.platform_message_id', '=', p.id).executeTakeFirst();
        if (other) assert.equal(other.contact_id, rows[0]!.contact_id, 'same person, same contact');
      }
    }
  });

  it('completes Instagram mentions (the webhook carries only ids) from the Graph API', async () => {
    const mentions = published.filter((p) => p.network === 'instagram' && p.kind === 'mention');
    assert.ok(mentions.length > 0);
    for (const mention of mentions) {
      const row = await db().selectFrom('messages').leftJoin('contact_identities', 'contact_identities.id', 'messages.author_identity_id')
        .select(['messages.body', 'contact_identities.handle', 'contact_identities.external_id']).where('messages.platform_message_id', '=', mention.id).executeTakeFirstOrThrow();
      assert.match(row.body, /^@acmeair /);
      assert.ok(row.handle, 'the author is known');
    }
    const lookups = s.sim.calls.filter((c) => c.platform === 'meta' && c.method === 'GET' && /mentioned_comment/.test(c.query.fields ?? ''));
    assert.equal(lookups.length, mentions.length);
  });

  it('sends replies through each adapter to the fake platforms, which echo them back', async () => {
    const { channels } = s.app.earshot;
    const x = published.find((p) => p.network === 'x' && p.kind === 'mention')!;
    const xChannel = channels.get('x');
    const result = await xChannel.adapter.send(
      { kind: 'public_reply', text: 'So sorry about this! Could you DM us your booking reference?', inReplyToPlatformId: x.id, recipientExternalId: '', threadKey: '', idempotencyKey: 'r1' },
      { secrets: { accessToken: 'x-user-token' }, accountExternalId: s.accounts.x.externalId, apiBaseUrl: xChannel.apiBaseUrl, fetch },
    );
    assert.equal(result.outcome, 'sent');
    const wa = published.find((p) => p.network === 'whatsapp')!;
    const waAuthor = (await db().selectFrom('messages').innerJoin('contact_identities', 'contact_identities.id', 'messages.author_identity_id').select('contact_identities.external_id').where('messages.platform_message_id', '=', wa.id).executeTakeFirstOrThrow()).external_id;
    const waResult = await channels.get('whatsapp').adapter.send(
      { kind: 'dm', text: 'Hi! Your bag is on its way to you.', inReplyToPlatformId: wa.id, recipientExternalId: waAuthor, threadKey: '', idempotencyKey: 'r2' },
      { secrets: { accessToken: 'EAAwa' }, accountExternalId: s.accounts.whatsapp.externalId, apiBaseUrl: channels.get('whatsapp').apiBaseUrl, fetch },
    );
    assert.equal(waResult.outcome, 'sent');
    await s.sim.deliverer.idle();
    await s.app.earshot.ingestion.settle();
    const echo = await db().selectFrom('messages').selectAll().where('platform_message_id', '=', result.outcome === 'sent' ? result.platformMessageId : '').executeTakeFirstOrThrow();
    assert.equal(echo.direction, 'outbound');
    const thread = await db().selectFrom('messages').select('conversation_id').where('platform_message_id', '=', x.id).executeTakeFirstOrThrow();
    assert.equal(echo.conversation_id, thread.conversation_id, 'the echo of our reply joins the customer\'s thread');
    const calls = s.sim.calls.filter((c) => c.platform === 'x' && c.path === '/2/tweets');
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.body, { text: 'So sorry about this! Could you DM us your booking reference?', reply: { in_reply_to_tweet_id: x.id } });
  });

  it('answers with rate limits and errors on demand, as the platforms do', async () => {
    const { channels } = s.app.earshot;
    const fb = channels.get('facebook');
    const comment = published.find((p) => p.network === 'facebook' && p.kind === 'comment')!;
    s.sim.scripted.add({ platform: 'meta', ...{ answer: { status: 400, headers: { 'x-business-use-case-usage': JSON.stringify({ p: [{ type: 'pages', estimated_time_to_regain_access: 2 }] }) }, body: { error: { message: '(#80001) too many calls', type: 'OAuthException', code: 80001, fbtrace_id: 'x' } } } } });
    const context = { secrets: { pageAccessToken: 'EAApage', appSecret: 'fb-app-secret' }, accountExternalId: s.accounts.facebook.externalId, apiBaseUrl: fb.apiBaseUrl, fetch };
    const limited = await fb.adapter.send({ kind: 'public_reply', text: 'Thanks!', inReplyToPlatformId: comment.id, recipientExternalId: '', threadKey: '', idempotencyKey: 'r3' }, context);
    assert.equal(limited.outcome, 'rate_limited');
    assert.ok(limited.outcome === 'rate_limited' && limited.retryAt >= Date.now() + 60_000);
    s.sim.scripted.add({ platform: 'meta', drop: true });
    const dropped = await fb.adapter.send({ kind: 'public_reply', text: 'Thanks!', inReplyToPlatformId: comment.id, recipientExternalId: '', threadKey: '', idempotencyKey: 'r4' }, context);
    assert.equal(dropped.outcome, 'unknown', 'connection lost mid-call');
    const ok = await fb.adapter.send({ kind: 'public_reply', text: 'Thanks!', inReplyToPlatformId: comment.id, recipientExternalId: '', threadKey: '', idempotencyKey: 'r5' }, context);
    assert.equal(ok.outcome, 'sent');
    const outside = await fb.adapter.send({ kind: 'dm', text: 'Hello', inReplyToPlatformId: null, recipientExternalId: 'never-wrote', threadKey: '', idempotencyKey: 'r6' }, context);
    assert.equal(outside.outcome, 'permanent');
  });
});
