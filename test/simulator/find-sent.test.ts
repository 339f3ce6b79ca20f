// A send whose answer was lost: the platform acted, the connection dropped. Before anything is
// sent again, the X adapter asks X whether the post or DM exists (the outbox's reconciliation).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { xAdapter } from '../../src/channels/x/x-adapter.ts';
import type { OutboundRequest } from '../../src/channels/channel-adapter.ts';
import { NetworkSimulator } from '../../src/simulator/simulator.ts';
import type { SimActivity } from '../../src/simulator/traffic/traffic-generator.ts';

describe('finding a send whose answer was lost (X)', () => {
  const sim = new NetworkSimulator({ seed: 8 });
  let mention: string;
  const context = () => ({ secrets: { accessToken: 'tok' }, accountExternalId: '2244994945', apiBaseUrl: sim.apiUrls.x, fetch, sentAfter: Date.now() - 60_000 });

  before(async () => {
    await sim.start();
    await sim.connect({ network: 'x', externalId: '2244994945', accessToken: 'tok' });
    const activity: SimActivity = {
      seq: 1, network: 'x', kind: 'mention', text: 'where is my bag?', at: Date.now(), category: 'complaint', language: 'en',
      author: { key: 'j', name: 'Jane', handle: 'jane', followers: 10, verified: false, language: 'en', ids: { x: '6253282', facebook: '1', instagram: '1', whatsapp: '1' } },
    };
    mention = sim.publish('x', activity)!;
  });
  after(async () => { await sim.stop(); });

  const reply = (text: string): OutboundRequest => ({ kind: 'public_reply', text, inReplyToPlatformId: mention, recipientExternalId: '6253282', threadKey: `tweet:${mention}`, idempotencyKey: text });

  it('finds the reply X posted although the answer never came back, and not one it never got', async () => {
    sim.scripted.add({ platform: 'x', path: '^/2/tweets$', drop: true });
    const lost = await xAdapter.send(reply('So sorry, Jane! DM us your reference.'), context());
    assert.equal(lost.outcome, 'unknown');
    const posted = [...sim.x.accounts.get('2244994945')!.mentions].length;
    assert.equal(posted, 1, 'the reply is not a mention of the account');
    const found = await xAdapter.findSent!(reply('So sorry, Jane! DM us your reference.'), context());
    assert.equal(found.outcome, 'found');
    assert.equal((await xAdapter.findSent!(reply('A reply that was never sent'), context())).outcome, 'not_found');
  });

  it('finds a DM the same way, and says "unavailable" when X cannot be asked', async () => {
    sim.scripted.add({ platform: 'x', path: 'dm_conversations/with/6253282/messages$', drop: true });
    const dm: OutboundRequest = { ...reply('Your bag arrives tomorrow.'), kind: 'dm', inReplyToPlatformId: null };
    assert.equal((await xAdapter.send(dm, context())).outcome, 'unknown');
    assert.equal((await xAdapter.findSent!(dm, context())).outcome, 'found');
    sim.scripted.add({ platform: 'x', answer: { status: 503, body: { title: 'Service Unavailable' } } });
    assert.equal((await xAdapter.findSent!(dm, context())).outcome, 'unavailable');
  });
});

describe('finding a public reply whose answer was lost (Facebook, Instagram)', () => {
  const sim = new NetworkSimulator({ seed: 9 });
  const comments: Record<string, string> = {};
  before(async () => {
    await sim.start();
    await sim.connect({ network: 'facebook', externalId: 'PAGE1', accessToken: 'page-token' });
    await sim.connect({ network: 'instagram', externalId: 'IG1', accessToken: 'ig-token' });
    for (const network of ['facebook', 'instagram'] as const) {
      comments[network] = sim.publish(network, {
        seq: 1, network, kind: 'comment', text: 'does it come in blue?', at: Date.now(), category: 'question', language: 'en',
        author: { key: 'j', name: 'Jane', handle: 'jane', followers: 10, verified: false, language: 'en', ids: { x: '1', facebook: 'PSID1', instagram: 'IGSID1', whatsapp: '1' } },
      })!;
    }
  });
  after(async () => { await sim.stop(); });

  for (const [network, adapterName, token] of [['facebook', 'facebookAdapter', 'pageAccessToken'], ['instagram', 'instagramAdapter', 'accessToken']] as const) {
    it(`${network}: found after a dropped answer, not found otherwise, unavailable for DMs`, async () => {
      const adapter = (await import(`../../src/channels/${network}/${network}-adapter.ts`))[adapterName] as typeof xAdapter;
      const context = { secrets: { [token]: network === 'facebook' ? 'page-token' : 'ig-token' }, accountExternalId: network === 'facebook' ? 'PAGE1' : 'IG1', apiBaseUrl: sim.apiUrls.meta, fetch, sentAfter: Date.now() - 60_000 };
      const request: OutboundRequest = { kind: 'public_reply', text: 'Yes, blue and red!', inReplyToPlatformId: comments[network]!, recipientExternalId: '', threadKey: '', idempotencyKey: network };
      sim.scripted.add({ platform: 'meta', method: 'POST', drop: true });
      assert.equal((await adapter.send(request, context)).outcome, 'unknown');
      const found = await adapter.findSent!(request, context);
      assert.equal(found.outcome, 'found');
      assert.equal((await adapter.findSent!({ ...request, text: 'never sent' }, context)).outcome, 'not_found');
      assert.equal((await adapter.findSent!({ ...request, kind: 'dm' }, context)).outcome, 'unavailable');
    });
  }
});


describe('answering an Instagram mention', () => {
  const sim = new NetworkSimulator({ seed: 11 });
  let mention = '';
  let mediaId = '';
  before(async () => {
    await sim.start();
    await sim.connect({ network: 'instagram', externalId: 'IG1', accessToken: 'ig-token' });
    mention = sim.publish('instagram', {
      seq: 1, network: 'instagram', kind: 'mention', text: 'my order never came', at: Date.now(), category: 'complaint', language: 'en',
      author: { key: 'j', name: 'Jane', handle: 'jane', followers: 10, verified: false, language: 'en', ids: { x: '1', facebook: '1', instagram: 'IGSID1', whatsapp: '1' } },
    })!;
    mediaId = sim.meta.accounts.get('IG1')!.mentions.get(mention.replace('mention:', ''))!.mediaId;
  });
  after(async () => { await sim.stop(); });

  it('replies through the account\'s mentions edge with the media and comment, and finds a reply whose answer was lost', async () => {
    const { instagramAdapter } = await import('../../src/channels/instagram/instagram-adapter.ts');
    const context = { secrets: { accessToken: 'ig-token' }, accountExternalId: 'IG1', apiBaseUrl: sim.apiUrls.meta, fetch, timeoutMs: 2000, sentAfter: Date.now() - 60_000 };
    const request: OutboundRequest = { kind: 'public_reply', text: 'So sorry Jane, DM us your order number', inReplyToPlatformId: mention, inReplyToParentPlatformId: mediaId, recipientExternalId: '', threadKey: mention, idempotencyKey: 'm1' };
    const sent = await instagramAdapter.send(request, context);
    assert.equal(sent.outcome, 'sent');
    const call = sim.calls.find((c) => c.method === 'POST' && c.path === '/IG1/mentions')!;
    assert.deepEqual(call.body, { media_id: mediaId, comment_id: mention.replace('mention:', ''), message: request.text });
    const lost = { ...request, text: 'Found it: arriving Friday' };
    sim.scripted.add({ platform: 'meta', method: 'POST', drop: true });
    assert.equal((await instagramAdapter.send(lost, context)).outcome, 'unknown');
    assert.equal((await instagramAdapter.findSent!(lost, context)).outcome, 'found');
    assert.equal((await instagramAdapter.findSent!({ ...request, text: 'never sent' }, context)).outcome, 'not_found');
    const wrongMedia = await instagramAdapter.send({ ...request, inReplyToParentPlatformId: '123' }, context);
    assert.equal(wrongMedia.outcome, 'permanent');
  });
});
