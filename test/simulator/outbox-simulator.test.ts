// Replies through the simulated platforms: each messaging-window rule and each rate-limit signal
// of the wire formats (X 429 with reset headers; Meta codes 4, 17, 32, 613, 80001, 130429), with
// the platform's side read from what the simulator received.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR, ManualClock, MINUTE } from '../../src/core/clock.ts';
import { graphError } from '../../src/simulator/platforms/meta-payloads.ts';
import type { SimActivity, SimNetwork } from '../../src/simulator/traffic/traffic-generator.ts';
import { findOutboxItemByMessage } from '../../src/storage/repositories/outbox.repository.ts';
import { readSendState } from '../../src/storage/repositories/send-state.repository.ts';
import { startSimulatedEarshot, type SimulatedEarshot } from '../support/simulated.ts';
import type { Session } from '../support/app.ts';

let seq = 0;
const activity = (network: SimNetwork, kind: SimActivity['kind'], text: string): SimActivity => {
  seq++;
  const author = { key: `cust${seq}`, name: `Customer ${seq}`, handle: `cust${seq}`, followers: 120, verified: false, language: 'en' as const,
    ids: { x: `9${seq}00`, facebook: `8${seq}00`, instagram: `7${seq}00`, whatsapp: `3161234${seq}00` } };
  return { seq, network, kind, text, at: 0, category: 'complaint', language: 'en', author };
};

describe('replies through the simulated platforms', () => {
  const clock = new ManualClock(Date.now());
  let s: SimulatedEarshot;

  before(async () => {
    s = await startSimulatedEarshot({ clock, simulator: { delivery: { duplicateRate: 0 } }, settings: { facebook: { humanAgentTag: true } } });
  });
  after(async () => { await s?.close(); });

  /** A customer posts; returns the conversation Earshot made of it. */
  async function customer(network: SimNetwork, kind: SimActivity['kind'], text: string): Promise<string> {
    // The customer writes at Earshot's (manual) time, so windows are measured on one clock.
    const id = s.sim.publish(network, { ...activity(network, kind, text), at: clock.now() })!;
    await s.sim.deliverer.idle();
    await s.app.earshot.ingestion.settle();
    const row = await s.app.earshot.storage.db.selectFrom('messages').select('conversation_id').where('platform_message_id', '=', id).executeTakeFirstOrThrow();
    return row.conversation_id;
  }

  const drain = async (network: SimNetwork) => s.app.earshot.outbox.drain(s.accounts[network].id);
  const callsWith = (text: string) => s.sim.calls.filter((c) => JSON.stringify(c.body).includes(text));
  // Sessions expire on the (manual) clock too: sign in afresh for each call.
  const admin = (): Promise<Session> => s.app.as('admin');
  const reply = async (conversationId: string, body: object) => (await admin()).request('POST', `/api/conversations/${conversationId}/replies`, body);
  const options = async (conversationId: string) => (await (await admin()).request('GET', `/api/conversations/${conversationId}/reply-options`)).json();

  it('answers an X mention publicly, once, linked to the mention', async () => {
    const conversation = await customer('x', 'mention', '@acmeair my bag never arrived');
    const sent = await reply(conversation, { kind: 'public_reply', text: 'So sorry! Checking your bag now.' });
    assert.equal(sent.statusCode, 201, sent.body);
    await drain('x');
    const calls = callsWith('Checking your bag now');
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.path, '/2/tweets');
    assert.ok((calls[0]!.body.reply as { in_reply_to_tweet_id?: string }).in_reply_to_tweet_id);
    const item = await findOutboxItemByMessage(s.app.earshot.storage.db, sent.json().id);
    assert.equal(item?.status, 'sent');
  });

  it('keeps Messenger\'s windows: 24 hours free, the human-agent tag to 7 days, nothing after', async () => {
    const conversation = await customer('facebook', 'dm', 'Hi, my refund is late');
    assert.equal((await reply(conversation, { kind: 'dm', text: 'Within the window' })).statusCode, 201);
    await drain('facebook');
    assert.equal(callsWith('Within the window')[0]?.body.messaging_type, 'RESPONSE');

    clock.advance(30 * HOUR);
    const tagged = (await options(conversation)).options.find((o: { kind: string }) => o.kind === 'dm');
    assert.deepEqual([tagged.allowed, tagged.humanAgentTag], [true, true]);
    assert.equal((await reply(conversation, { kind: 'dm', text: 'With the human agent tag' })).statusCode, 201);
    await drain('facebook');
    const call = callsWith('With the human agent tag')[0]!;
    assert.deepEqual([call.body.messaging_type, call.body.tag], ['MESSAGE_TAG', 'HUMAN_AGENT']);

    clock.advance(7 * DAY);
    const late = await reply(conversation, { kind: 'dm', text: 'Far too late' });
    assert.equal(late.statusCode, 409);
    assert.match(late.json().error.message, /window closed/);
    assert.ok(late.json().error.details.suggestion);
    await drain('facebook');
    assert.equal(callsWith('Far too late').length, 0, 'nothing reached the platform');
  });

  it('allows only approved templates on WhatsApp outside the 24-hour window', async () => {
    const conversation = await customer('whatsapp', 'dm', 'Is my flight on time?');
    clock.advance(25 * HOUR);
    const dm = (await options(conversation)).options.find((o: { kind: string }) => o.kind === 'dm');
    assert.deepEqual([dm.allowed, dm.freeForm, dm.requiresTemplate], [true, false, true]);
    const freeForm = await reply(conversation, { kind: 'dm', text: 'Yes it is' });
    assert.equal(freeForm.statusCode, 409);
    const template = await (await admin()).request('POST', `/api/channels/${s.accounts.whatsapp.id}/templates`, { name: 'flight_update', language: 'en_US', body: 'Flight {{1}} is {{2}}.' });
    assert.equal(template.statusCode, 201, template.body);
    const sent = await reply(conversation, { kind: 'dm', template: { id: template.json().id, variables: ['AC123', 'on time'] } });
    assert.equal(sent.statusCode, 201, sent.body);
    await drain('whatsapp');
    const call = s.sim.calls.filter((c) => c.body.type === 'template').at(-1)!;
    assert.equal((call.body.template as { name: string }).name, 'flight_update');
    assert.equal((await findOutboxItemByMessage(s.app.earshot.storage.db, sent.json().id))?.status, 'sent');
  });

  it('sends one private reply to a Facebook comment and refuses a second', async () => {
    const conversation = await customer('facebook', 'comment', 'Your app charged me twice!');
    assert.equal((await reply(conversation, { kind: 'private_reply', text: 'Sending you the refund details privately' })).statusCode, 201);
    await drain('facebook');
    const call = callsWith('refund details privately')[0]!;
    assert.ok((call.body.recipient as { comment_id?: string }).comment_id, 'addressed to the comment');
    const second = await reply(conversation, { kind: 'private_reply', text: 'And a second one' });
    assert.equal(second.statusCode, 409);
    assert.match(second.json().error.message, /one private reply/);
  });

  const SIGNALS: Array<{ name: string; network: SimNetwork; platform: 'x' | 'meta'; answer: { status: number; headers?: Record<string, string>; body: unknown }; minWaitMs: number }> = [
    { name: 'X 429 with x-rate-limit-reset', network: 'x', platform: 'x', minWaitMs: 0,
      answer: { status: 429, headers: { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil((clock.now() + 10 * 24 * HOUR) / 1000)) }, body: { title: 'Too Many Requests', status: 429 } } },
    ...[4, 17, 32, 613].map((code) => ({ name: `Meta code ${code}`, network: 'facebook' as const, platform: 'meta' as const, minWaitMs: MINUTE, answer: { status: code === 4 ? 403 : 400, body: graphError(code, 'Calls to this api have exceeded the rate limit.') } })),
    { name: 'Meta code 80001 with the business-use-case header', network: 'facebook', platform: 'meta', minWaitMs: 5 * MINUTE,
      answer: { status: 400, headers: { 'x-business-use-case-usage': JSON.stringify({ page: [{ type: 'pages', call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 5 }] }) }, body: graphError(80001, 'There have been too many calls to this Page account.') } },
    { name: 'WhatsApp code 130429', network: 'whatsapp', platform: 'meta', minWaitMs: 1000, answer: { status: 400, body: graphError(130429, 'Rate limit hit') } },
  ];

  for (const signal of SIGNALS) {
    it(`waits out ${signal.name}, then sends once`, async () => {
      const conversation = await customer(signal.network, signal.network === 'x' ? 'mention' : 'dm', `throttle test ${signal.name}`);
      s.sim.scripted.add({ platform: signal.platform, method: 'POST', answer: signal.answer, times: 1 });
      const text = `Reply under ${signal.name}`;
      assert.equal((await reply(conversation, { kind: signal.network === 'x' ? 'public_reply' : 'dm', text })).statusCode, 201);
      await drain(signal.network);
      assert.equal(callsWith(text).length, 1, 'one call, answered with the limit');
      const state = await readSendState(s.app.earshot.storage.db, s.accounts[signal.network].id);
      const pausedUntil = Number(state?.paused_until ?? 0);
      assert.ok(pausedUntil >= clock.now() + signal.minWaitMs, `paused until ${new Date(pausedUntil).toISOString()}`);
      clock.set(pausedUntil - 1);
      await drain(signal.network);
      assert.equal(callsWith(text).length, 1, 'no call before the reset');
      clock.set(pausedUntil);
      await drain(signal.network);
      assert.equal(callsWith(text).length, 2, 'sent once the limit reset');
      assert.equal(callsWith(text).filter((c) => c.status === 200 || c.status === 201).length, 1);
      clock.advance(MINUTE);
    });
  }
});
