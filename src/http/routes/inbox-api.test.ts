// The inbox API as the agent app uses it: views with counts and pages, saved filters and who may
// share or delete them, search that accepts any text, and a contact's history, each through the
// caller's scope.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../core/ids.ts';
import { findOrCreateConversation, insertMessage, touchConversation, updateConversation } from '../../storage/repositories/conversations.repository.ts';
import { upsertIdentity } from '../../storage/repositories/contacts.repository.ts';
import { makeChannelAccount } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';

describe('inbox API', () => {
  let app: TestApp;
  let contactId: string;
  const ids: Record<string, string> = {};

  before(async () => {
    app = await startTestApp();
    const db = app.earshot.storage.db;
    const ws = app.seeded.workspace;
    const channel = await makeChannelAccount(db, ws, { network: 'x', name: 'Acme on X' });
    const identity = await upsertIdentity(db, ws.id, { network: 'x', externalId: `u-${newId()}`, handle: 'jane', displayName: 'Jane', followers: 150_000, verified: true }, Date.now());
    contactId = identity.contactId;
    const make = async (name: string, teamId: string, text: string, priority: number) => {
      const at = Date.now() - 60_000;
      const { conversation } = await findOrCreateConversation(db, { workspaceId: ws.id, channelAccountId: channel.id, threadKey: `t-${newId()}`, surface: 'public', contactId, at }, Date.now());
      await updateConversation(db, ws.id, conversation.id, { teamId, priority }, Date.now());
      await insertMessage(db, {
        id: newId(), workspaceId: ws.id, conversationId: conversation.id, channelAccountId: channel.id, direction: 'inbound', kind: 'comment', surface: 'public',
        platformMessageId: `m-${newId()}`, parentPlatformId: null, authorIdentityId: identity.id, authorUserId: null, body: text, meta: {}, status: null,
        platformCreatedAt: at, createdAt: Date.now(),
      });
      await touchConversation(db, conversation, { direction: 'inbound', platformCreatedAt: at }, Date.now());
      ids[name] = conversation.id;
    };
    await make('care1', app.seeded.teams.care.id, 'My <b>parcel</b> never arrived & I am angry', 4);
    await make('care2', app.seeded.teams.care.id, 'Refund please, order 1234', 2);
    await make('care3', app.seeded.teams.care.id, 'Is the shop open on Sunday?', 0);
    await make('vendor1', app.seeded.teams.vendor.id, 'vendor parcel question', 2);
  });
  after(async () => { await app?.close(); });

  it('lists a view in priority order with the row the app shows, counts and pages', async () => {
    const agent = await app.as('agent');
    const first = await agent.request('GET', '/api/inbox?view=all&limit=2');
    assert.equal(first.statusCode, 200);
    const body = first.json();
    assert.deepEqual(body.conversations.map((c: { id: string }) => c.id), [ids.care1, ids.care2]);
    const row = body.conversations[0];
    assert.equal(row.snippet, 'My <b>parcel</b> never arrived & I am angry', 'text as written; the client escapes it');
    assert.equal(row.channelName, 'Acme on X');
    assert.equal(row.isPublic, true);
    assert.deepEqual({ ...row.author, contactId: undefined }, { contactId: undefined, name: 'Jane', handle: 'jane', avatarUrl: null, followers: 150_000, verified: true, influence: { score: null, tier: 'macro' } });
    assert.deepEqual(row.sla, { dueAt: null, state: 'none' });
    assert.equal(typeof row.waitingSince, 'number');
    assert.deepEqual(body.counts, { mine: 0, unassigned: 3, my_teams: 3, at_risk: 0, breached: 0 });
    const second = (await agent.request('GET', `/api/inbox?view=all&limit=2&cursor=${body.nextCursor}`)).json();
    assert.deepEqual(second.conversations.map((c: { id: string }) => c.id), [ids.care3]);
    assert.equal(second.nextCursor, null);
  });

  it('keeps vendors to their queue and rejects a forged cursor or unknown view', async () => {
    const vendor = await app.as('vendor');
    const listed = (await vendor.request('GET', '/api/inbox')).json();
    assert.deepEqual(listed.conversations.map((c: { id: string }) => c.id), [ids.vendor1]);
    assert.equal((await vendor.request('GET', '/api/inbox?cursor=not-a-cursor')).statusCode, 400);
    assert.equal((await vendor.request('GET', `/api/inbox?cursor=${Buffer.from('[1,2,"x"]').toString('base64url')}`)).statusCode, 400);
    assert.equal((await vendor.request('GET', '/api/inbox?view=everything')).statusCode, 400);
  });

  it('saves filters: own for anyone, shared by leads, deleted by owner or lead', async () => {
    const agent = await app.as('agent');
    const lead = await app.as('supervisor');
    const own = await agent.request('POST', '/api/inbox/filters', { name: 'High', query: { priority: '3', channelId: '', limit: '100' } });
    assert.equal(own.statusCode, 201);
    assert.deepEqual(own.json().query, { priority: 3 }, 'as a form sends it: strings, empty fields, page parameters');
    assert.equal((await agent.request('POST', '/api/inbox/filters', { name: 'Shared', query: {}, shared: true })).statusCode, 403);
    assert.equal((await agent.request('POST', '/api/inbox/filters', { name: 'Bad', query: { sql: 'drop' } })).statusCode, 400);
    const shared = (await lead.request('POST', '/api/inbox/filters', { name: 'Low priority', query: { view: 'unassigned' }, shared: true })).json();
    const mine = (await agent.request('GET', '/api/inbox/filters')).json().filters;
    assert.deepEqual(mine.map((f: { name: string; canDelete: boolean }) => [f.name, f.canDelete]), [['High', true], ['Low priority', false]]);
    assert.deepEqual((await lead.request('GET', '/api/inbox/filters')).json().filters.map((f: { name: string }) => f.name), ['Low priority'], 'a private filter stays private');
    const filtered = (await agent.request('GET', `/api/inbox?filterId=${own.json().id}`)).json();
    assert.deepEqual(filtered.conversations.map((c: { id: string }) => c.id), [ids.care1]);
    const overridden = (await agent.request('GET', `/api/inbox?filterId=${own.json().id}&priority=2`)).json();
    assert.deepEqual(overridden.conversations.map((c: { id: string }) => c.id), [ids.care1, ids.care2], 'request parameters override the saved ones');
    assert.equal((await lead.request('GET', `/api/inbox?filterId=${own.json().id}`)).statusCode, 404);
    assert.equal((await agent.request('DELETE', `/api/inbox/filters/${shared.id}`)).statusCode, 403);
    assert.equal((await lead.request('DELETE', `/api/inbox/filters/${own.json().id}`)).statusCode, 404);
    assert.equal((await agent.request('DELETE', `/api/inbox/filters/${own.json().id}`)).statusCode, 204);
    assert.equal((await lead.request('DELETE', `/api/inbox/filters/${shared.id}`)).statusCode, 204);
  });

  it('searches with any text, within the scope, with plain-text excerpts', async () => {
    const agent = await app.as('agent');
    const found = (await agent.request('GET', '/api/search?q=parcel')).json();
    assert.deepEqual(found.results.map((r: { conversation: { id: string } }) => r.conversation.id), [ids.care1]);
    assert.equal(found.results[0].excerpt, 'My <b>parcel</b> never arrived & I am angry');
    assert.equal(found.results[0].conversation.snippet, 'My <b>parcel</b> never arrived & I am angry');
    for (const q of ['"', '*', 'NEAR(', "'; drop table messages; --", '日本', '(', '']) {
      const response = await agent.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
      assert.equal(response.statusCode, 200, `q=${q}`);
    }
    assert.equal((await agent.request('GET', '/api/search?q=parcel&cursor=%%%')).statusCode, 400);
    const vendor = await app.as('vendor');
    assert.deepEqual((await vendor.request('GET', '/api/search?q=parcel')).json().results.map((r: { conversation: { id: string } }) => r.conversation.id), [ids.vendor1]);
  });

  it('shows a contact\'s past conversations within the scope', async () => {
    const agent = await app.as('agent');
    const history = (await agent.request('GET', `/api/contacts/${contactId}/conversations`)).json();
    assert.deepEqual(new Set(history.conversations.map((c: { id: string }) => c.id)), new Set([ids.care1, ids.care2, ids.care3]));
    const vendor = await app.as('vendor');
    const theirs = await vendor.request('GET', `/api/contacts/${contactId}/conversations`);
    assert.deepEqual(theirs.json().conversations.map((c: { id: string }) => c.id), [ids.vendor1], 'the vendor serves this contact too, and sees only that conversation');
    const contact = (await vendor.request('GET', `/api/contacts/${contactId}`)).json();
    assert.equal(contact.privateFields, undefined);
    assert.equal(contact.identities[0].followers, 150_000);
    assert.equal((await (await app.as('marketing')).request('GET', `/api/contacts/${contactId}/conversations`)).statusCode, 404);
  });
});
