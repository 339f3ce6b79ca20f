// Triage through the API: people's actions become labels (a reply, resolving without one, a
// changed priority, a corrected topic), corrections show on the conversation, and the workspace's
// triage config is validated with a clear answer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../src/core/ids.ts';
import type { Conversation } from '../../src/core/conversation/conversation.ts';
import { findOrCreateConversation, insertMessage, touchConversation, updateConversation } from '../../src/storage/repositories/conversations.repository.ts';
import { makeChannelAccount } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

describe('triage through the API', () => {
  let app: TestApp;
  let channelId: string;

  before(async () => {
    app = await startTestApp();
    const channel = await makeChannelAccount(app.earshot.storage.db, app.seeded.workspace, { network: 'facebook' });
    channelId = channel.id;
  });
  after(async () => { await app?.close(); });

  /** A care-team conversation whose customer wrote `text` a minute ago. */
  async function conversationSaying(text: string): Promise<Conversation> {
    const db = app.earshot.storage.db;
    const { workspace, teams } = app.seeded;
    const now = Date.now();
    const { conversation } = await findOrCreateConversation(db, { workspaceId: workspace.id, channelAccountId: channelId, threadKey: `post-${newId()}`, surface: 'public', contactId: null, at: now }, now);
    await updateConversation(db, workspace.id, conversation.id, { teamId: teams.care.id }, now);
    const message = { id: newId(), workspaceId: workspace.id, conversationId: conversation.id, channelAccountId: channelId, direction: 'inbound' as const,
      kind: 'comment', surface: 'public' as const, platformMessageId: `cmt-${newId()}`, parentPlatformId: null, authorIdentityId: null, authorUserId: null,
      body: text, meta: {}, status: null, platformCreatedAt: now - 60_000, createdAt: now };
    await insertMessage(db, message);
    await touchConversation(db, { ...conversation, teamId: teams.care.id }, message, now);
    return conversation;
  }

  const labelsOf = (conversationId: string) => app.earshot.storage.db.selectFrom('triage_labels').select(['action', 'value', 'actor_id'])
    .where('conversation_id', '=', conversationId).orderBy('created_at').orderBy('id').execute();

  it('turns a correction into a label and shows it on the conversation', async () => {
    const c = await conversationSaying('I was charged twice for one ticket');
    const agent = await app.as('agent');
    const response = await agent.request('POST', `/api/conversations/${c.id}/triage`, { topic: 'billing', kind: 'complaint', sentiment: 'negative' });
    assert.equal(response.statusCode, 200, response.body);
    const conversation = response.json().conversation;
    assert.equal(conversation.topic, 'billing');
    assert.equal(conversation.kind, 'complaint');
    assert.equal(conversation.needsResponse, true);
    const labels = await labelsOf(c.id);
    assert.deepEqual(labels.map((l) => [l.action, l.value]), [['kind', 'complaint'], ['topic', 'billing'], ['sentiment', 'negative']]);
    assert.ok(labels.every((l) => l.actor_id === app.seeded.people.agent.id));
    const unknown = await agent.request('POST', `/api/conversations/${c.id}/triage`, { topic: 'astrology' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.message, /topics are .*billing/);
  });

  it('learns "needed a response" from a reply and "did not" from resolving unanswered', async () => {
    const answered = await conversationSaying('Is the lounge open at gate 12?');
    const agent = await app.as('agent');
    assert.equal((await agent.request('POST', `/api/conversations/${answered.id}/replies`, { kind: 'public_reply', text: 'Yes, until 22:00!' })).statusCode, 201);
    assert.deepEqual((await labelsOf(answered.id)).map((l) => l.action), ['replied']);

    const chatter = await conversationSaying('lol nice plane');
    assert.equal((await agent.request('POST', `/api/conversations/${chatter.id}/status`, { status: 'resolved' })).statusCode, 200);
    assert.deepEqual((await labelsOf(chatter.id)).map((l) => l.action), ['dismissed']);
  });

  it('learns a person\'s priority as the middle of its band', async () => {
    const c = await conversationSaying('My flight leaves in two hours and the app will not let me check in');
    const agent = await app.as('agent');
    assert.equal((await agent.request('POST', `/api/conversations/${c.id}/priority`, { priority: 4 })).statusCode, 200);
    assert.deepEqual((await labelsOf(c.id)).map((l) => [l.action, l.value]), [['priority', '90']]);
  });

  it('validates the triage config, applies it and reports what was learned', async () => {
    const admin = await app.as('admin');
    const bad = await admin.request('PUT', '/api/triage/config', { topics: [{ id: 'Bad Topic!' }] });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /topics/);
    const good = await admin.request('PUT', '/api/triage/config', { topics: [{ id: 'baggage', keywords: ['suitcase*'] }, { id: 'billing' }], priorityWeights: { influence: 0.3 } });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json().topics.slice(0, 2), ['baggage', 'billing']);
    assert.ok(good.json().learned.labels >= 5);
    const read = await admin.request('GET', '/api/triage/config');
    assert.equal(read.json().version, good.json().version);
    assert.deepEqual(read.json().config.priorityWeights, { influence: 0.3 });
  });
});
