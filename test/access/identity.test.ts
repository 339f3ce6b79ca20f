// Sessions, CSRF, API tokens, brute-force lockout, fixation, and what vendors may not see.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, MINUTE, DAY } from '../../src/core/clock.ts';
import { newId } from '../../src/core/ids.ts';
import { findOrCreateConversation, updateConversation } from '../../src/storage/repositories/conversations.repository.ts';
import { readSealedCredentials } from '../../src/storage/repositories/channel-accounts.repository.ts';
import { makeChannelAccount } from '../support/factories.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/app.ts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('identity and access', () => {
  let app: TestApp;
  const clock = new ManualClock(Date.now());

  before(async () => { app = await startTestApp({ clock }); });
  after(async () => { await app?.close(); });

  it('refuses a state change made with the session cookie but without the CSRF token', async () => {
    const admin = await app.as('admin');
    const payload = { name: `No CSRF ${newId().slice(-6)}`, kind: 'care' };
    const missing = await admin.request('POST', '/api/teams', payload, { csrf: false });
    assert.equal(missing.statusCode, 403);
    assert.equal(missing.json().error.code, 'csrf_failed');
    const wrong = await app.earshot.http.inject({ method: 'POST', url: '/api/teams', payload, headers: { cookie: admin.cookie, 'x-csrf-token': 'guess' } });
    assert.equal(wrong.statusCode, 403);
    assert.equal((await admin.request('POST', '/api/teams', payload)).statusCode, 201);
    assert.equal((await admin.request('GET', '/api/teams', undefined, { csrf: false })).statusCode, 200, 'reads need no token');
  });

  it('accepts an API token until it expires or is revoked, and a read token only reads', async () => {
    const agent = await app.as('agent');
    const created = await agent.request('POST', '/api/tokens', { name: 'reporting', scope: 'read', expiresInDays: 1 });
    assert.equal(created.statusCode, 201);
    const { token, apiToken } = created.json();
    assert.match(token, /^es_/);
    assert.equal((await agent.request('GET', '/api/tokens')).body.includes(token), false, 'the token is shown once');

    const read = await app.earshot.http.inject({ url: '/api/conversations', headers: bearer(token) });
    assert.equal(read.statusCode, 200);
    const write = await app.earshot.http.inject({ method: 'POST', url: '/api/tokens', headers: bearer(token), payload: { name: 'x', scope: 'write' } });
    assert.equal(write.statusCode, 403, 'a read token cannot change anything, not even mint tokens');

    clock.advance(DAY + MINUTE);
    assert.equal((await app.earshot.http.inject({ url: '/api/conversations', headers: bearer(token) })).statusCode, 401, 'expired');

    const fresh = (await (await app.as('agent')).request('POST', '/api/tokens', { name: 'ci', scope: 'write', expiresInDays: 30 })).json();
    assert.equal((await app.earshot.http.inject({ url: '/api/session', headers: bearer(fresh.token) })).statusCode, 200);
    assert.equal((await (await app.as('agent')).request('DELETE', `/api/tokens/${fresh.apiToken.id}`)).statusCode, 204);
    assert.equal((await app.earshot.http.inject({ url: '/api/session', headers: bearer(fresh.token) })).statusCode, 401, 'revoked');
    assert.equal((await app.earshot.http.inject({ url: '/api/session', headers: { ...bearer('es_forged'), cookie: agent.cookie } })).statusCode, 401,
      'a bad token is not rescued by a cookie beside it');
    assert.ok(apiToken.id);
  });

  it('locks an address after repeated failures, for a while, whatever the password', async () => {
    const email = app.seeded.colleague.email;
    const attempt = (password: string) => app.anonymous('POST', '/api/auth/login', { email, password });
    for (let i = 0; i < 5; i++) assert.equal((await attempt(`wrong ${i}`)).statusCode, 401);
    const locked = await attempt(PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    const unknown = app.anonymous('POST', '/api/auth/login', { email: 'nobody@test.example', password: 'x' });
    assert.equal((await unknown).statusCode, 401, 'unknown addresses answer like wrong passwords');
    clock.advance(16 * MINUTE);
    assert.equal((await attempt(PASSWORD)).statusCode, 200);
    const audit = (await (await app.as('admin')).request('GET', '/api/audit?limit=50')).json().entries as Array<{ action: string; actorUserId: string }>;
    assert.ok(audit.some((e) => e.action === 'login.locked' && e.actorUserId === app.seeded.colleague.id));
    assert.ok(audit.some((e) => e.action === 'login.failed'));
  });

  it('issues a new session at sign-in whatever cookie the browser brought (no fixation)', async () => {
    const planted = 'attacker-chosen-session-value';
    const response = await app.earshot.http.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: app.seeded.people.agent.email, password: PASSWORD },
      headers: { cookie: `earshot_session=${planted}` },
    });
    assert.equal(response.statusCode, 200);
    const issued = String(response.headers['set-cookie']);
    assert.match(issued, /HttpOnly/i);
    assert.match(issued, /SameSite=Lax/i);
    assert.doesNotMatch(issued, new RegExp(planted));
    assert.equal((await app.earshot.http.inject({ url: '/api/session', headers: { cookie: `earshot_session=${planted}` } })).statusCode, 401);

    const first = await app.as('agent');
    const again = await app.earshot.http.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: app.seeded.people.agent.email, password: PASSWORD }, headers: { cookie: first.cookie },
    });
    assert.equal(again.statusCode, 200);
    assert.equal((await first.request('GET', '/api/session')).statusCode, 401, 'signing in again ends the session the browser had');
  });

  it('ends every session on logout-everywhere, and on disabling the person', async () => {
    const laptop = await app.as('marketing');
    const phone = await app.as('marketing');
    assert.equal((await phone.request('POST', '/api/auth/logout-everywhere')).statusCode, 200);
    assert.equal((await laptop.request('GET', '/api/session')).statusCode, 401);

    const colleague = await app.as(app.seeded.colleague);
    const token = (await colleague.request('POST', '/api/tokens', { name: 'x', scope: 'write' })).json().token as string;
    const admin = await app.as('admin');
    assert.equal((await admin.request('PATCH', `/api/users/${app.seeded.colleague.id}`, { status: 'disabled' })).statusCode, 200);
    assert.equal((await colleague.request('GET', '/api/session')).statusCode, 401);
    assert.equal((await app.earshot.http.inject({ url: '/api/session', headers: bearer(token) })).statusCode, 401);
    assert.equal((await app.anonymous('POST', '/api/auth/login', { email: app.seeded.colleague.email, password: PASSWORD })).statusCode, 401);
    await admin.request('PATCH', `/api/users/${app.seeded.colleague.id}`, { status: 'active' });
  });

  it('answers a vendor agent asking for another team\'s conversation by id exactly like a missing one', async () => {
    const db = app.earshot.storage.db;
    const channel = await makeChannelAccount(db, app.seeded.workspace);
    const { conversation } = await findOrCreateConversation(db, { workspaceId: app.seeded.workspace.id, channelAccountId: channel.id, threadKey: 't', surface: 'private', contactId: null, at: 1 }, 1);
    await updateConversation(db, app.seeded.workspace.id, conversation.id, { teamId: app.seeded.teams.care.id }, 2);
    const vendor = await app.as('vendor');
    const hidden = await vendor.request('GET', `/api/conversations/${conversation.id}`);
    const missing = await vendor.request('GET', `/api/conversations/${newId()}`);
    assert.equal(hidden.statusCode, 404);
    assert.equal(missing.statusCode, 404);
    assert.equal(hidden.json().error.message, missing.json().error.message);
    await updateConversation(db, app.seeded.workspace.id, conversation.id, { teamId: app.seeded.teams.vendor.id }, 3);
    assert.equal((await vendor.request('GET', `/api/conversations/${conversation.id}`)).statusCode, 200, 'once routed to the vendor team, it is theirs');
  });

  it('keeps vendors away from workspace-wide abilities and private contact fields', async () => {
    const session = (await (await app.as('vendor')).request('GET', '/api/session')).json();
    assert.equal(session.vendorOnly, true);
    for (const ability of ['analytics.workspace', 'contact.read_private', 'channel.manage', 'audit.read']) {
      assert.equal(session.abilities.includes(ability), false, ability);
    }
    const agent = (await (await app.as('agent')).request('GET', '/api/session')).json();
    assert.equal(agent.abilities.includes('contact.read_private'), true);
  });

  it('stores channel credentials sealed and never returns them', async () => {
    const admin = await app.as('admin');
    const created = await admin.request('POST', '/api/channels', { network: 'x', name: 'Acme on X', externalId: `x-${newId()}`, credentials: { consumerSecret: 'top-secret-value', accessToken: 'user-token' } });
    assert.equal(created.statusCode, 201);
    const sealed = await readSealedCredentials(app.earshot.storage.db, created.json().id);
    assert.ok(sealed?.startsWith('v1:'));
    assert.equal(sealed?.includes('top-secret-value'), false);
    assert.equal(app.earshot.keyRing.open(sealed!, created.json().id), JSON.stringify({ consumerSecret: 'top-secret-value', accessToken: 'user-token' }));
    assert.equal((await admin.request('GET', '/api/channels')).body.includes('top-secret'), false);
  });
});
