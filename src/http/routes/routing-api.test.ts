// The routing and SLA API as people use it: who may assign whom, status changes through the state
// machine, labels, rules saved as versions with optimistic concurrency, dry-runs that explain,
// policies and business hours validated, and one "not found" for what is outside one's scope.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../core/ids.ts';
import { findOrCreateConversation, updateConversation } from '../../storage/repositories/conversations.repository.ts';
import { makeChannelAccount } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';

describe('routing API', () => {
  let app: TestApp;
  let careId: string;
  let vendorId: string;
  before(async () => {
    app = await startTestApp();
    const db = app.earshot.storage.db;
    const channel = await makeChannelAccount(db, app.seeded.workspace);
    const make = async (teamId: string) => {
      const { conversation } = await findOrCreateConversation(db, { workspaceId: app.seeded.workspace.id, channelAccountId: channel.id, threadKey: `t-${newId()}`, surface: 'public', contactId: null, at: Date.now() }, Date.now());
      await updateConversation(db, app.seeded.workspace.id, conversation.id, { teamId }, Date.now());
      return conversation.id;
    };
    careId = await make(app.seeded.teams.care.id);
    vendorId = await make(app.seeded.teams.vendor.id);
  });
  after(async () => { await app?.close(); });

  it('lets agents take and release conversations, and only leads assign others', async () => {
    const agent = await app.as('agent');
    const take = await agent.request('POST', `/api/conversations/${careId}/assignment`, { assigneeId: app.seeded.people.agent.id });
    assert.equal(take.statusCode, 200);
    assert.equal(take.json().conversation.assigneeId, app.seeded.people.agent.id);
    const other = await agent.request('POST', `/api/conversations/${careId}/assignment`, { assigneeId: app.seeded.colleague.id });
    assert.equal(other.statusCode, 403);
    const lead = await app.as('supervisor');
    const assigned = await lead.request('POST', `/api/conversations/${careId}/assignment`, { assigneeId: app.seeded.colleague.id });
    assert.equal(assigned.json().conversation.assigneeId, app.seeded.colleague.id);
    const outsider = await lead.request('POST', `/api/conversations/${careId}/assignment`, { assigneeId: app.seeded.people.vendor.id });
    assert.equal(outsider.statusCode, 400, 'the vendor is not in the care team');
    const release = await (await app.as(app.seeded.colleague)).request('POST', `/api/conversations/${careId}/assignment`, { assigneeId: null });
    assert.equal(release.json().conversation.assigneeId, null);
    assert.notEqual(release.json().conversation.queuedAt, null, 'back in the team queue');
  });

  it('changes status through the state machine, snoozes into the future only, and keeps labels lower-cased', async () => {
    const agent = await app.as('agent');
    assert.equal((await agent.request('POST', `/api/conversations/${careId}/status`, { status: 'resolved' })).statusCode, 200);
    const bad = await agent.request('POST', `/api/conversations/${careId}/status`, { status: 'pending' });
    assert.equal(bad.statusCode, 409, 'a resolved conversation only reopens');
    assert.equal((await agent.request('POST', `/api/conversations/${careId}/status`, { status: 'open' })).statusCode, 200);
    assert.equal((await agent.request('POST', `/api/conversations/${careId}/status`, { status: 'snoozed', snoozedUntil: Date.now() - 1000 })).statusCode, 400);
    const snoozed = await agent.request('POST', `/api/conversations/${careId}/status`, { status: 'snoozed', snoozedUntil: Date.now() + 3_600_000 });
    assert.equal(snoozed.json().conversation.status, 'snoozed');
    const labels = await agent.request('POST', `/api/conversations/${careId}/labels`, { add: ['VIP', 'Refund'], remove: [] });
    assert.deepEqual(labels.json().conversation.labels, ['refund', 'vip']);
    const routing = await agent.request('GET', `/api/conversations/${careId}/routing`);
    assert.deepEqual(Object.keys(routing.json()).sort(), ['breaches', 'collision', 'conversation', 'sla']);
    assert.equal((await agent.request('POST', `/api/conversations/${vendorId}/priority`, { priority: 4 })).statusCode, 404, 'another team\'s conversation does not exist for them');
  });

  it('saves rules as versions, refuses a stale edit and unknown references, and dry-runs with explanations', async () => {
    const admin = await app.as('admin');
    const start = (await admin.request('GET', '/api/routing/rules')).json().version as number;
    const rules = [{ id: 'refunds', name: 'Refunds to care', when: { field: 'text', op: 'contains_any', value: ['refund'] }, then: [{ type: 'assign_team', teamId: app.seeded.teams.care.id }] }];
    const saved = await admin.request('PUT', '/api/routing/rules', { rules, expectedVersion: start, comment: 'first cut' });
    assert.equal(saved.statusCode, 200);
    assert.equal(saved.json().version, start + 1);
    assert.equal(saved.json().rules[0].enabled, true, 'defaults are filled in');
    const stale = await admin.request('PUT', '/api/routing/rules', { rules, expectedVersion: start });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.details.currentVersion, start + 1);
    const unknown = await admin.request('PUT', '/api/routing/rules', { rules: [{ ...rules[0], then: [{ type: 'assign_team', teamId: 'no-such-team' }] }], expectedVersion: start + 1 });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.message, /team no-such-team/);
    const invalid = await admin.request('PUT', '/api/routing/rules', { rules: [{ id: 'x', name: 'X', when: { field: 'urgency', op: 'gt', value: 'high' }, then: [{ type: 'mark_no_response' }] }], expectedVersion: start + 1 });
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(invalid.json().error.details.issues.map((i: { path: string }) => i.path), ['rules.0.when']);
    const dry = await admin.request('POST', '/api/routing/rules/dry-run', { sample: { text: 'I want a REFUND now' } });
    assert.equal(dry.statusCode, 200);
    assert.deepEqual(dry.json().matched.map((m: { id: string }) => m.id), ['refunds']);
    assert.deepEqual(dry.json().rules[0].trace, { condition: 'text contains_any ["refund"]', passed: true, actual: ['refund'] });
    const versions = await admin.request('GET', '/api/routing/rules/versions');
    assert.equal(versions.json().versions[0].comment, 'first cut');
  });

  it('validates SLA policies and business hours, and keeps the default policy', async () => {
    const admin = await app.as('admin');
    const bad = await admin.request('POST', '/api/sla/policies', { name: 'Nothing', definition: { targets: {} } });
    assert.equal(bad.statusCode, 400);
    const created = await admin.request('POST', '/api/sla/policies', { name: 'VIP', definition: { targets: { firstResponseMinutes: 15 }, businessHours: true }, isDefault: true });
    assert.equal(created.statusCode, 201);
    const list = (await admin.request('GET', '/api/sla/policies')).json().policies as Array<{ name: string; isDefault: boolean; id: string }>;
    assert.deepEqual(list.filter((p) => p.isDefault).map((p) => p.name), ['VIP'], 'one default at a time');
    assert.equal((await admin.request('DELETE', `/api/sla/policies/${created.json().id}`)).statusCode, 409, 'the default cannot be archived');
    const hours = await admin.request('PUT', '/api/business-hours', { definition: { timeZone: 'Mars/Olympus', weekly: { mon: [{ start: '09:00', end: '17:00' }] } } });
    assert.equal(hours.statusCode, 400);
    assert.match(hours.json().error.message, /time zone/);
  });
});
