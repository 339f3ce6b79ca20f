// Every adapter against the contract and its recorded payloads.
import { fileURLToPath } from 'node:url';
import { runAdapterContract } from './adapter.contract.ts';
import { xAdapter } from './x/x-adapter.ts';
import { facebookAdapter } from './facebook/facebook-adapter.ts';
import { instagramAdapter } from './instagram/instagram-adapter.ts';
import { whatsappAdapter } from './whatsapp/whatsapp-adapter.ts';
import { xSignature } from './x/x-signature.ts';
import { metaSignature } from './meta/meta-signature.ts';

const dir = (network: string) => fileURLToPath(new URL(`./${network}/fixtures`, import.meta.url));
const metaSecrets = { appSecret: 'test-app-secret', verifyToken: 'vt', pageAccessToken: 'EAAtest', accessToken: 'EAAtest' };
const metaSign = (body: Buffer, secret: string) => ({ 'x-hub-signature-256': metaSignature(secret, body), 'content-type': 'application/json' });
const metaHandshake = {
  query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'vt', 'hub.challenge': '1158201444' },
  expectBody: '1158201444',
  wrongQuery: { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1158201444' },
};

runAdapterContract({
  adapter: xAdapter, fixturesDir: dir('x'), signingSecretField: 'consumerSecret',
  secrets: { consumerSecret: 'test-consumer-secret', accessToken: 'x-user-token' },
  sign: (body, secret) => ({ 'x-twitter-webhooks-signature': xSignature(secret, body), 'content-type': 'application/json' }),
  handshake: {
    query: { crc_token: 'abc123' },
    expectBody: '{"response_token":"sha256=qU/eCGihVsFTuKUtEiRGVEy6qaS2WMueqOYk7hYQ2kU="}',
    wrongQuery: { crc_token: 'abc123' },
  },
});
for (const [adapter, network] of [[facebookAdapter, 'facebook'], [instagramAdapter, 'instagram'], [whatsappAdapter, 'whatsapp']] as const) {
  runAdapterContract({ adapter, fixturesDir: dir(network), signingSecretField: 'appSecret', secrets: metaSecrets, sign: metaSign, handshake: metaHandshake });
}
