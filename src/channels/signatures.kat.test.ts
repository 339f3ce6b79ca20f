// Known-answer vectors from the wire-format reference (§14), computed independently with
// node:crypto and, for Meta, cross-checked against whatsapp-api-js.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { xSignature, xHandshake, verifyXSignature } from './x/x-signature.ts';
import { appSecretProof, metaHandshake, metaSignature, verifyMetaSignature } from './meta/meta-signature.ts';
import { signaturesMatch } from './shared/hmac.ts';

const post = (body: string, headers: Record<string, string>) => ({ method: 'POST', url: '/', query: {}, headers, rawBody: Buffer.from(body) });

describe('signature known-answer vectors', () => {
  it('X CRC response token', () => {
    assert.equal(xSignature('test-consumer-secret', 'abc123'), 'sha256=qU/eCGihVsFTuKUtEiRGVEy6qaS2WMueqOYk7hYQ2kU=');
    const answer = xHandshake({ method: 'GET', url: '/', query: { crc_token: 'abc123' }, headers: {}, rawBody: Buffer.alloc(0) }, { consumerSecret: 'test-consumer-secret' });
    assert.deepEqual(JSON.parse(answer!.body), { response_token: 'sha256=qU/eCGihVsFTuKUtEiRGVEy6qaS2WMueqOYk7hYQ2kU=' });
    assert.equal(answer!.contentType, 'application/json');
  });

  it('X request body signature', () => {
    const body = '{"for_user_id":"2244994945","direct_message_events":[]}';
    assert.equal(xSignature('test-consumer-secret', body), 'sha256=nvsW+WIqGLRKT8riJkcRHWxzNHfZ28d12s2haYRlR9Y=');
    assert.equal(verifyXSignature(post(body, { 'x-twitter-webhooks-signature': 'sha256=nvsW+WIqGLRKT8riJkcRHWxzNHfZ28d12s2haYRlR9Y=' }), { consumerSecret: 'test-consumer-secret' }), true);
  });

  it('Meta X-Hub-Signature-256', () => {
    const body = '{"object":"page","entry":[]}';
    const expected = 'sha256=1a82db3abc2fa71a3fffecfedef579a8468a44850cd8a83a0c56974faff81689';
    assert.equal(metaSignature('test-app-secret', body), expected);
    assert.equal(verifyMetaSignature(post(body, { 'x-hub-signature-256': expected }), { appSecret: 'test-app-secret' }), true);
    assert.equal(verifyMetaSignature(post(body, { 'x-hub-signature-256': expected.toUpperCase().replace('SHA256', 'sha256') }), { appSecret: 'test-app-secret' }), true, 'hex case does not matter');
  });

  it('Meta appsecret_proof', () => {
    assert.equal(appSecretProof('test-app-secret', 'EAAtest'), '545c00459922319a6658d712eb8b84a1afb328fa4d94f9f8c70dca9a8b3566e2');
  });

  it('Meta verification handshake echoes the challenge only for the right token', () => {
    const get = (query: Record<string, string>) => metaHandshake({ method: 'GET', url: '/', query, headers: {}, rawBody: Buffer.alloc(0) }, { verifyToken: 'vt' });
    assert.deepEqual(get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'vt', 'hub.challenge': '1158201444' }), { status: 200, contentType: 'text/plain', body: '1158201444' });
    assert.equal(get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'vT', 'hub.challenge': '1158201444' })?.status, 403);
    assert.equal(get({ 'hub.mode': 'unsubscribe', 'hub.verify_token': 'vt', 'hub.challenge': '1' })?.status, 403);
  });

  it('compares signatures of any length without throwing', () => {
    assert.equal(signaturesMatch('sha256=abc', 'sha256=abcd'), false);
    assert.equal(signaturesMatch('sha256=abc', undefined), false);
    assert.equal(signaturesMatch('sha256=abc', 'sha256=abc'), true);
  });
});
