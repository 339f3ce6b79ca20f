// Polling X for an account without webhook access: since-id cursors that survive a restart, the
// cost meter and its budget, rate limits; and twitter-api-v2, an independent client, reading the
// same simulated endpoints the poller reads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { TwitterApi, ApiResponseError } from 'twitter-api-v2';
import { pollAccount } from '../../src/ingest/channel-polling.ts';
import { createEarshot } from '../../src/app/earshot.ts';
import { createLogger } from '../../src/app/logger.ts';
import type { SimActivity } from '../../src/simulator/traffic/traffic-generator.ts';
import { startSimulatedEarshot, type SimulatedEarshot } from '../support/simulated.ts';

let seq = 0;
function activity(kind: 'mention' | 'dm', text: string, author = { id: '6253282', handle: 'jane', followers: 900 }): SimActivity {
  return {
    seq: ++seq, network: 'x', kind, text, at: Date.now() - 1000, category: 'question', language: 'en',
    author: { key: author.handle, name: author.handle, handle: author.handle, followers: author.followers, verified: false, language: 'en', ids: { x: author.id, facebook: '1', instagram: '1', whatsapp: '1' } },
  };
}

describe('X polling', () => {
  let s: SimulatedEarshot;
  let accountId: string;
  const db = () => s.app.earshot.storage.db;
  const poll = async () => { await pollAccount(s.app.earshot.ingestion.polling, accountId); await s.app.earshot.ingestion.settle(); };
  const mentionCalls = () => s.sim.calls.filter((c) => c.path.endsWith('/mentions'));

  before(async () => {
    s = await startSimulatedEarshot({ webhooks: ['facebook'], settings: { x: { inbound: 'poll', pollIntervalSeconds: 3600, pollBudgetUsd: 5 } } });
    accountId = s.accounts.x.id;
  });
  after(async () => { await s?.close(); });

  it('takes new mentions and DMs, and next time asks only for newer ones', async () => {
    s.sim.publish('x', activity('mention', 'my bag never arrived'));
    s.sim.publish('x', activity('mention', 'still waiting on a refund', { id: '777000111', handle: 'tomb', followers: 40 }));
    s.sim.publish('x', activity('dm', 'here is my booking ref AC123456'));
    await poll();
    const first = await db().selectFrom('messages').select(['platform_message_id', 'kind', 'conversation_id']).where('channel_account_id', '=', accountId).execute();
    assert.equal(first.length, 3);
    const cursors = await db().selectFrom('channel_cursors').select(['name', 'value']).where('channel_account_id', '=', accountId).execute();
    assert.deepEqual(cursors.map((c) => c.name).sort(), ['dms.since_id', 'mentions.since_id']);
    const newest = cursors.find((c) => c.name === 'mentions.since_id')!.value;

    s.sim.publish('x', activity('mention', 'any update?'));
    await poll();
    assert.equal(mentionCalls().at(-1)!.query.since_id, newest, 'asks only for what is newer than the stored cursor');
    const second = await db().selectFrom('messages').select('id').where('channel_account_id', '=', accountId).execute();
    assert.equal(second.length, 4);
    const janeContacts = await db().selectFrom('messages').innerJoin('contact_identities', 'contact_identities.id', 'messages.author_identity_id')
      .select('contact_identities.contact_id').where('contact_identities.external_id', '=', '6253282').distinct().execute();
    assert.equal(janeContacts.length, 1, 'the mention and the DM of one person share a contact');
  });

  it('after a restart on the same database, neither loses nor repeats', async () => {
    s.sim.publish('x', activity('mention', 'posted while Earshot was down'));
    const config = s.app.earshot.config;
    const second = await createEarshot(config, { logger: createLogger('silent') });
    try {
      await pollAccount(second.ingestion.polling, accountId);
      await second.start();
      await second.ingestion.settle();
    } finally {
      await second.close();
    }
    const rows = await db().selectFrom('messages').select('platform_message_id').where('channel_account_id', '=', accountId).execute();
    assert.equal(rows.length, 5);
    assert.equal(new Set(rows.map((r) => r.platform_message_id)).size, 5);
    const stored = await db().selectFrom('inbound_events').select('id').where('channel_account_id', '=', accountId).execute();
    assert.equal(stored.length, 5, 'no event stored twice');
  });

  it('meters reads at X pay-per-use prices and reports them with the polling lag', async () => {
    const admin = await s.app.as('admin');
    const health = (await admin.request('GET', `/api/channels/${accountId}/health`)).json();
    const usage = Object.fromEntries(health.polling.usage.map((u: { resource: string; units: number; usd: number }) => [u.resource, u]));
    // X charges a resource once per UTC day. The meter remembers what it counted today per process,
    // so the restarted instance counts the DM and Jane once more: it errs on the side of spending.
    assert.equal(usage.posts_read.units, 4, 'each mention charged once');
    assert.equal(usage.dm_events_read.units, 2, 'the DM, and again after the restart');
    assert.equal(usage.users_read.units, 3, 'Jane and Tom, and Jane again after the restart');
    assert.equal(Math.round(health.polling.spentThisMonthUsd * 1e6), Math.round((4 * 0.005 + 2 * 0.01 + 3 * 0.01) * 1e6));
    assert.equal(health.polling.budgetUsd, 5);
    assert.ok(health.polling.lastSuccessAt > 0 && health.polling.lagMs >= 0);
  });

  it('pauses at the budget and waits for a rate limit to reset', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 120;
    s.sim.scripted.add({ platform: 'x', path: 'mentions$', times: 1, answer: { status: 429, headers: { 'x-rate-limit-limit': '450', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } } });
    s.sim.scripted.add({ platform: 'x', path: 'dm_events$', times: 1, answer: { status: 429, headers: { 'x-rate-limit-reset': String(reset) }, body: { title: 'Too Many Requests' } } });
    await poll();
    const limited = await db().selectFrom('channel_health').selectAll().where('channel_account_id', '=', accountId).executeTakeFirstOrThrow();
    assert.equal(limited.poll_paused_until, reset * 1000);
    const job = await db().selectFrom('jobs').select('run_at').where('unique_key', '=', `poll:${accountId}`).executeTakeFirstOrThrow();
    assert.equal(job.run_at, reset * 1000, 'the next poll waits for the reset');

    await db().updateTable('channel_accounts').set({ settings: JSON.stringify({ inbound: 'poll', pollBudgetUsd: 0.01 }) }).where('id', '=', accountId).execute();
    s.app.earshot.ingestion.directory.forget(accountId);
    const callsBefore = s.sim.calls.length;
    await poll();
    assert.equal(s.sim.calls.length, callsBefore, 'no call once the budget is spent');
    const paused = await db().selectFrom('channel_health').selectAll().where('channel_account_id', '=', accountId).executeTakeFirstOrThrow();
    assert.match(paused.last_error ?? '', /budget/);
    const now = new Date();
    assert.equal(paused.poll_paused_until, Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  });

  it('serves the same timeline to twitter-api-v2, including its rate-limit reading', async () => {
    const simulator = new URL(s.sim.apiUrls.x);
    const client = new TwitterApi('x-user-token', {
      httpAgent: new Agent(),
      plugins: [{ onBeforeRequestConfig: ({ params }) => { params.url = params.url.replace('https://api.x.com', `${simulator.origin}/x`); } }],
    });
    const ours = await db().selectFrom('messages').select('platform_message_id').where('channel_account_id', '=', accountId).where('kind', 'in', ['mention', 'reply']).execute();
    const timeline = await client.v2.userMentionTimeline(s.accounts.x.externalId, { 'tweet.fields': ['created_at', 'author_id', 'conversation_id'], expansions: ['author_id'], 'user.fields': ['public_metrics', 'verified'], max_results: 100 });
    assert.deepEqual(timeline.tweets.map((t) => t.id).sort(), ours.map((m) => m.platform_message_id).sort());
    assert.equal(timeline.includes.author(timeline.tweets[0]!)?.id, timeline.tweets[0]!.author_id);
    assert.equal(timeline.rateLimit.limit, 450);
    const dms = await client.v2.listDmEvents({ 'dm_event.fields': ['sender_id', 'text', 'created_at'] });
    assert.equal(dms.events.length, 1);
    assert.equal((dms.events[0] as { text?: string }).text, 'here is my booking ref AC123456');

    const reset = Math.ceil(Date.now() / 1000) + 300;
    s.sim.scripted.add({ platform: 'x', path: 'mentions$', answer: { status: 429, headers: { 'x-rate-limit-limit': '450', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } } });
    await assert.rejects(client.v2.userMentionTimeline(s.accounts.x.externalId), (error: unknown) =>
      error instanceof ApiResponseError && error.rateLimitError && error.rateLimit?.reset === reset && error.rateLimit.remaining === 0);
  });
});
