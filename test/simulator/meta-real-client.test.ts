// The simulator's Meta side checked by an independent client: whatsapp-api-js verifies the
// X-Hub-Signature-256 of what the simulator delivers (bodies with non-ASCII text, escaped the way
// Meta escapes them), parses the payload, and sends a message through the simulated Graph API.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WhatsAppAPI } from 'whatsapp-api-js';
import { Text } from 'whatsapp-api-js/messages';
import { NetworkSimulator } from '../../src/simulator/simulator.ts';
import type { SimActivity } from '../../src/simulator/traffic/traffic-generator.ts';

interface Captured { body: string; signature: string }

describe('simulator signatures, checked by whatsapp-api-js', () => {
  const sim = new NetworkSimulator({ seed: 3, delivery: { duplicateRate: 0 } });
  const captured: Captured[] = [];
  let server: Server;

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://capture');
      if (req.method === 'GET') return void res.end(url.searchParams.get('hub.challenge') ?? '');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        captured.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['x-hub-signature-256']) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await sim.start();
    const hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    await sim.connect({ network: 'whatsapp', externalId: '106540352242922', accessToken: 'EAAwa', webhook: { url: hook, secret: 'wa-app-secret', verifyToken: 'wa-verify' } });
    await sim.connect({ network: 'facebook', externalId: '448242228374517', accessToken: 'EAApage', webhook: { url: hook, secret: 'wa-app-secret', verifyToken: 'wa-verify' } });
  });
  after(async () => { await sim.stop(); server.close(); });

  const customer = (text: string, network: 'whatsapp' | 'facebook', kind: 'dm' | 'comment'): SimActivity => ({
    seq: 1, network, kind, text, at: Date.now(), category: 'complaint', language: 'fr',
    author: { key: 'r', name: 'Renée Dupré', handle: 'renee', followers: 10, verified: false, language: 'fr', ids: { x: '1', facebook: '6253282', instagram: '1', whatsapp: '33612345678' } },
  });

  it('accepts the signature of every delivery, and rejects a tampered one', async () => {
    sim.publish('whatsapp', customer('Ma valise est cassée 😢 — vol AC1234', 'whatsapp', 'dm'));
    sim.publish('facebook', customer('Très déçue du service à Zürich', 'facebook', 'comment'));
    await sim.deliverer.idle();
    assert.equal(captured.length, 2);
    const whatsapp = new WhatsAppAPI({ token: 'EAAwa', appSecret: 'wa-app-secret', webhookVerifyToken: 'wa-verify' });
    for (const { body, signature } of captured) {
      assert.match(body, /\\u00e9/, 'non-ASCII escaped as Meta does');
      assert.ok([...body].every((ch) => ch.charCodeAt(0) < 0x7f), 'nothing but ASCII on the wire');
      assert.equal(await whatsapp.verifyRequestSignature(body, signature), true);
      assert.equal(await whatsapp.verifyRequestSignature(`${body.slice(0, -1)} }`, signature), false);
      assert.notEqual(JSON.stringify(JSON.parse(body)), body, 'a receiver that re-serialised would hash other bytes');
    }
  });

  it('delivers WhatsApp payloads whatsapp-api-js can read', async () => {
    const whatsapp = new WhatsAppAPI<number>({ token: 'EAAwa', appSecret: 'wa-app-secret', webhookVerifyToken: 'wa-verify' });
    const messages: Array<{ from: string; text: string | undefined; name: string | undefined }> = [];
    whatsapp.on.message = ({ message, name }) => { messages.push({ from: message.from ?? '', text: message.type === 'text' ? message.text.body : undefined, name }); return 200; };
    const { body, signature } = captured[0]!;
    assert.equal(await whatsapp.post(JSON.parse(body), body, signature), 200);
    assert.deepEqual(messages, [{ from: '33612345678', text: 'Ma valise est cassée 😢 — vol AC1234', name: 'Renée Dupré' }]);
    assert.equal(whatsapp.get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'wa-verify', 'hub.challenge': '1158201444' }), '1158201444');
  });

  it('takes a message sent by whatsapp-api-js through the simulated Graph API', async () => {
    const graph = new URL(sim.apiUrls.meta);
    const whatsapp = new WhatsAppAPI({
      token: 'EAAwa', appSecret: 'wa-app-secret', v: 'v21.0',
      ponyfill: { fetch: (url: string | URL | Request, init?: RequestInit) => fetch(String(url).replace('https://graph.facebook.com', graph.origin + '/meta'), init) },
    });
    const answer = await whatsapp.sendMessage('106540352242922', '33612345678', new Text('Nous sommes désolés, votre valise arrive demain.'));
    assert.ok('messages' in answer && answer.messages[0]!.id.startsWith('wamid.'));
    const call = sim.calls.at(-1)!;
    assert.equal(call.path, '/106540352242922/messages');
    assert.equal((call.body as { text: { body: string } }).text.body, 'Nous sommes désolés, votre valise arrive demain.');
  });
});
