// Every registered route, called as each kind of person, as someone from another workspace, and
// anonymously. A route without a row here fails the test: nothing is exposed by omission.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../src/core/ids.ts';
import { upsertIdentity } from '../../src/storage/repositories/contacts.repository.ts';
import { findOrCreateConversation, updateConversation } from '../../src/storage/repositories/conversations.repository.ts';
import type { Conversation } from '../../src/core/conversation/conversation.ts';
import { makeChannelAccount } from '../support/factories.ts';
import { insertInboundEvents } from '../../src/storage/repositories/inbound-events.repository.ts';
import { currentRuleVersionNumber, insertRuleVersion } from '../../src/storage/repositories/routing-config.repository.ts';
import { upsertBusinessHours } from '../../src/storage/repositories/sla.repository.ts';
import { createSlaPolicy } from '../../src/sla/sla-admin.service.ts';
import { ACTORS, PASSWORD, startTestApp, type Actor, type TestApp } from '../support/app.ts';
import { insertMessage } from '../../src/storage/repositories/conversations.repository.ts';
import { findOutboxItemByMessage, transitionOutboxItem } from '../../src/storage/repositories/outbox.repository.ts';
import { createCanned } from '../../src/replies/canned.service.ts';
import { createFilter } from '../../src/inbox/inbox-filters.service.ts';

type Caller = Actor | 'anonymous';
type Expectation = Record<Caller, number>;

interface Fixtures {
  channelId: string;
  inboundEventId: string;
  careConversation: Conversation;
  vendorConversation: Conversation;
  careContactId: string;
  slaPolicyId: string;
  /** A workspace-wide canned response; and a fresh one for calls that change or delete it. */
  cannedId: string;
  newCanned(): Promise<string>;
  /** A reply of the care conversation that failed, for the retry route. */
  failedReply(): Promise<string>;
  /** A fresh conversation in a team, for calls that move it away. */
  conversationIn(teamId: string): Promise<Conversation>;
  newSlaPolicy(): Promise<string>;
  /** A fresh saved inbox filter an admin shared with the workspace. */
  newSharedFilter(): Promise<string>;
}

interface Case {
  /** Built fresh for each caller, so destructive calls do not disturb the next one. */
  request(app: TestApp, f: Fixtures, caller: Caller): Promise<{ url: string; payload?: unknown }> | { url: string; payload?: unknown };
  expect: Expectation;
}

const all = (status: number): Expectation => ({ anonymous: 401, admin: status, supervisor: status, agent: status, marketing: status, vendor: status, other: status });
const only = (allowed: Partial<Record<Actor, number>>, otherwise: number): Expectation =>
  ({ anonymous: 401, ...Object.fromEntries(ACTORS.map((a) => [a, allowed[a] ?? otherwise])) }) as Expectation;
const publicRoute = (status: number): Expectation => ({ ...all(status), anonymous: status });

const TABLE: Record<string, Case> = {
  'GET /healthz': { request: () => ({ url: '/healthz' }), expect: publicRoute(200) },
  // The agent app's files and pages (index.html for any page path): public, like the sign-in page.
  'GET /*': { request: () => ({ url: '/inbox' }), expect: publicRoute(200) },
  'GET /readyz': { request: () => ({ url: '/readyz' }), expect: publicRoute(200) },
  'GET /api/openapi.json': { request: () => ({ url: '/api/openapi.json' }), expect: publicRoute(200) },
  'POST /api/auth/login': {
    request: (app, _f, caller) => ({ url: '/api/auth/login', payload: caller === 'anonymous'
      ? { email: 'nobody@test.example', password: 'wrong password' } : { email: app.seeded.people[caller].email, password: PASSWORD } }),
    expect: { ...all(200), anonymous: 401 },
  },
  'GET /api/session': { request: () => ({ url: '/api/session' }), expect: all(200) },
  'POST /api/auth/logout': { request: () => ({ url: '/api/auth/logout' }), expect: all(204) },
  'POST /api/auth/logout-everywhere': { request: () => ({ url: '/api/auth/logout-everywhere' }), expect: all(200) },
  'GET /api/users': { request: () => ({ url: '/api/users' }), expect: all(200) },
  'POST /api/users': {
    request: () => ({ url: '/api/users', payload: { email: `new-${newId().slice(-8)}@test.example`, name: 'New Person', role: 'agent', password: 'a long enough password' } }),
    expect: only({ admin: 201, other: 201 }, 403),
  },
  'PATCH /api/users/:id': {
    request: (app) => ({ url: `/api/users/${app.seeded.colleague.id}`, payload: { name: 'Colleague Renamed' } }),
    expect: only({ admin: 200, other: 404 }, 403),
  },
  'GET /api/teams': { request: () => ({ url: '/api/teams' }), expect: all(200) },
  'GET /api/teams/:id/members': {
    request: (app) => ({ url: `/api/teams/${app.seeded.teams.care.id}/members` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/teams': {
    request: () => ({ url: '/api/teams', payload: { name: `Team ${newId().slice(-8)}`, kind: 'vendor' } }),
    expect: only({ admin: 201, supervisor: 201, other: 201 }, 403),
  },
  'PUT /api/teams/:id/members/:userId': {
    request: (app) => ({ url: `/api/teams/${app.seeded.teams.marketing.id}/members/${app.seeded.colleague.id}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'DELETE /api/teams/:id/members/:userId': {
    request: (app) => ({ url: `/api/teams/${app.seeded.teams.marketing.id}/members/${app.seeded.colleague.id}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'PUT /api/teams/:id/channels/:channelAccountId': {
    request: (app, f) => ({ url: `/api/teams/${app.seeded.teams.vendor.id}/channels/${f.channelId}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'DELETE /api/teams/:id/channels/:channelAccountId': {
    request: (app, f) => ({ url: `/api/teams/${app.seeded.teams.marketing.id}/channels/${f.channelId}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'GET /api/tokens': { request: () => ({ url: '/api/tokens' }), expect: all(200) },
  'POST /api/tokens': { request: () => ({ url: '/api/tokens', payload: { name: 'ci', scope: 'read', expiresInDays: 30 } }), expect: all(201) },
  'DELETE /api/tokens/:id': {
    // The admin's own token: only the admin may revoke it; to everyone else it does not exist.
    request: async (app) => {
      const admin = await app.as('admin');
      const created = await admin.request('POST', '/api/tokens', { name: 'to revoke', scope: 'write', expiresInDays: 1 });
      return { url: `/api/tokens/${created.json().apiToken.id}` };
    },
    expect: only({ admin: 204 }, 404),
  },
  'GET /api/audit': { request: () => ({ url: '/api/audit' }), expect: only({ admin: 200, other: 200 }, 403) },
  'GET /api/channels': { request: () => ({ url: '/api/channels' }), expect: all(200) },
  'POST /api/channels': {
    request: () => ({ url: '/api/channels', payload: { network: 'facebook', name: 'Page', externalId: `page-${newId()}`, credentials: { appSecret: 's3cret', verifyToken: 's3cret-verify', pageAccessToken: 's3cret-token' } } }),
    expect: only({ admin: 201, other: 201 }, 403),
  },
  'PATCH /api/channels/:id': {
    request: (_app, f) => ({ url: `/api/channels/${f.channelId}`, payload: { name: 'Renamed page' } }),
    expect: only({ admin: 200, other: 404 }, 403),
  },
  'GET /api/conversations': { request: () => ({ url: '/api/conversations' }), expect: all(200) },
  'GET /api/conversations/:id': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/conversations/:id/reply-options': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/reply-options` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/conversations/:id/replies': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/replies`, payload: { kind: 'public_reply', text: `So sorry! ${newId().slice(-6)}` } }),
    expect: only({ admin: 201, supervisor: 201, agent: 201 }, 404),
  },
  'POST /api/conversations/:id/notes': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/notes`, payload: { text: 'Checked the booking: refund due' } }),
    expect: only({ admin: 201, supervisor: 201, agent: 201 }, 404),
  },
  'POST /api/messages/:id/retry': {
    request: async (_app, f) => ({ url: `/api/messages/${await f.failedReply()}/retry`, payload: {} }),
    expect: only({ admin: 204, supervisor: 204, agent: 204 }, 404),
  },
  'GET /api/canned-responses': { request: () => ({ url: '/api/canned-responses' }), expect: all(200) },
  'POST /api/canned-responses': {
    request: () => ({ url: '/api/canned-responses', payload: { name: 'Sorry', shortcut: `sorry${newId().slice(-4)}`, body: 'Hi {{contact.first_name}}, so sorry!', teamId: null } }),
    expect: only({ admin: 201, supervisor: 201, other: 201 }, 403),
  },
  'PATCH /api/canned-responses/:id': {
    request: (_app, f) => ({ url: `/api/canned-responses/${f.cannedId}`, payload: { name: 'Apology' } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'DELETE /api/canned-responses/:id': {
    request: async (_app, f) => ({ url: `/api/canned-responses/${await f.newCanned()}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'POST /api/canned-responses/:id/render': {
    request: (_app, f) => ({ url: `/api/canned-responses/${f.cannedId}/render`, payload: { conversationId: f.careConversation.id } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/channels/:id/templates': {
    request: (_app, f) => ({ url: `/api/channels/${f.channelId}/templates` }),
    expect: only({ admin: 200, other: 404 }, 403),
  },
  'POST /api/channels/:id/templates': {
    request: (_app, f) => ({ url: `/api/channels/${f.channelId}/templates`, payload: { name: `order_update_${newId().slice(-6).replace(/-/g, '')}`, language: 'en', body: 'Your order {{1}} ships {{2}}' } }),
    expect: only({ admin: 201, other: 404 }, 403),
  },
  'GET /api/contacts/:id': {
    request: (_app, f) => ({ url: `/api/contacts/${f.careContactId}` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/contacts/:id/conversations': {
    request: (_app, f) => ({ url: `/api/contacts/${f.careContactId}/conversations` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/inbox': { request: () => ({ url: '/api/inbox?view=all' }), expect: all(200) },
  'GET /api/search': { request: () => ({ url: '/api/search?q=refund' }), expect: all(200) },
  'GET /api/inbox/filters': { request: () => ({ url: '/api/inbox/filters' }), expect: all(200) },
  // Sharing with the workspace is for supervisors and admins (other is an admin elsewhere).
  'POST /api/inbox/filters': {
    request: () => ({ url: '/api/inbox/filters', payload: { name: 'Urgent on X', query: { network: 'x', priority: 3 }, shared: true } }),
    expect: only({ admin: 201, supervisor: 201, other: 201 }, 403),
  },
  // Everyone in the workspace sees the shared filter; only leads (and its owner) delete it.
  'DELETE /api/inbox/filters/:id': {
    request: async (_app, f) => ({ url: `/api/inbox/filters/${await f.newSharedFilter()}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  // The vendor team was given this channel by the PUT row above; other agents' teams were not.
  'GET /api/channels/:id/health': { request: (_app, f) => ({ url: `/api/channels/${f.channelId}/health` }), expect: only({ admin: 200, supervisor: 200, vendor: 200 }, 404) },
  'GET /api/inbound/quarantine': { request: () => ({ url: '/api/inbound/quarantine' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'GET /api/inbound/events/:id': { request: (_app, f) => ({ url: `/api/inbound/events/${f.inboundEventId}` }), expect: only({ admin: 200, supervisor: 200, other: 404 }, 403) },
  'POST /api/inbound/events/:id/replay': { request: (_app, f) => ({ url: `/api/inbound/events/${f.inboundEventId}/replay` }), expect: only({ admin: 200, other: 404 }, 403) },
  'POST /api/contacts/:id/merge': {
    request: async (app) => {
      const db = app.earshot.storage.db;
      const into = await upsertIdentity(db, app.seeded.workspace.id, { network: 'x', externalId: `x-${newId()}` }, Date.now());
      const from = await upsertIdentity(db, app.seeded.workspace.id, { network: 'whatsapp', externalId: `wa-${newId()}` }, Date.now());
      return { url: `/api/contacts/${into.contactId}/merge`, payload: { fromContactId: from.contactId } };
    },
    expect: only({ admin: 200, supervisor: 200, agent: 200, marketing: 200, other: 404 }, 403),
  },
  // Platforms call these; a signature, not a session, decides. Unknown accounts answer 404 to everyone.
  'GET /webhooks/:network/:channelAccountId': { request: () => ({ url: `/webhooks/facebook/${newId()}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1` }), expect: publicRoute(404) },
  'POST /webhooks/:network/:channelAccountId': { request: () => ({ url: `/webhooks/facebook/${newId()}`, payload: { object: 'page', entry: [] } }), expect: publicRoute(404) },
  // Routing and SLA (issue 6).
  'POST /api/conversations/:id/assignment': {
    // Taking it yourself: anyone in the conversation's team; others do not see it.
    request: (app, f, caller) => ({ url: `/api/conversations/${f.careConversation.id}/assignment`,
      payload: { assigneeId: caller === 'anonymous' ? null : app.seeded.people[caller].id } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/conversations/:id/handoff': {
    request: async (app, f) => ({ url: `/api/conversations/${(await f.conversationIn(app.seeded.teams.marketing.id)).id}/handoff`, payload: {} }),
    expect: only({ admin: 200, supervisor: 200, marketing: 200 }, 404),
  },
  'POST /api/conversations/:id/status': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/status`, payload: { status: 'pending' } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/conversations/:id/priority': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/priority`, payload: { priority: 3 } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/conversations/:id/labels': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/labels`, payload: { add: ['vip'] } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'PUT /api/conversations/:id/sla-policy': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/sla-policy`, payload: { policyId: f.slaPolicyId } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'GET /api/conversations/:id/routing': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/routing` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/triage/config': { request: () => ({ url: '/api/triage/config' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'PUT /api/triage/config': {
    request: () => ({ url: '/api/triage/config', payload: { topics: [{ id: 'baggage', keywords: ['bag*', 'luggage'] }, { id: 'billing' }] } }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'GET /api/conversations/:id/triage': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/triage` }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'POST /api/conversations/:id/triage': {
    request: (_app, f) => ({ url: `/api/conversations/${f.careConversation.id}/triage`, payload: { sentiment: 'negative' } }),
    expect: only({ admin: 200, supervisor: 200, agent: 200 }, 404),
  },
  'GET /api/routing/rules': { request: () => ({ url: '/api/routing/rules' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'PUT /api/routing/rules': {
    request: async (app, _f, caller) => {
      const workspace = caller === 'other' ? app.seeded.otherWorkspace : app.seeded.workspace;
      const expectedVersion = await currentRuleVersionNumber(app.earshot.storage.db, workspace.id);
      return { url: '/api/routing/rules', payload: { rules: [{ id: 'spam', name: 'Spam', when: { field: 'kind', op: 'eq', value: 'spam' }, then: [{ type: 'mark_no_response' }] }], expectedVersion } };
    },
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'GET /api/routing/rules/versions': { request: () => ({ url: '/api/routing/rules/versions' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'GET /api/routing/rules/versions/:version': {
    request: () => ({ url: '/api/routing/rules/versions/1' }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'POST /api/routing/rules/dry-run': {
    request: () => ({ url: '/api/routing/rules/dry-run', payload: { sample: { text: 'I want a refund', triage: { kind: 'complaint' } } } }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'GET /api/routing/teams/:id/settings': {
    request: (app) => ({ url: `/api/routing/teams/${app.seeded.teams.care.id}/settings` }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'PUT /api/routing/teams/:id/settings': {
    request: (app) => ({ url: `/api/routing/teams/${app.seeded.teams.care.id}/settings`, payload: { strategy: 'round_robin', capacity: { total: 5 } } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'GET /api/routing/agents': { request: () => ({ url: '/api/routing/agents' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'PUT /api/routing/agents/:userId': {
    request: (app) => ({ url: `/api/routing/agents/${app.seeded.colleague.id}`, payload: { skills: { languages: ['en', 'de'] }, capacity: { total: 4 } } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'GET /api/routing/queues': { request: () => ({ url: '/api/routing/queues' }), expect: only({ admin: 200, supervisor: 200, other: 200 }, 403) },
  'GET /api/routing/queues/:id': {
    request: (app) => ({ url: `/api/routing/queues/${app.seeded.teams.care.id}` }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'GET /api/presence': { request: () => ({ url: '/api/presence' }), expect: all(200) },
  'PUT /api/presence/me': { request: () => ({ url: '/api/presence/me', payload: { away: false } }), expect: all(200) },
  'GET /api/sla/policies': { request: () => ({ url: '/api/sla/policies' }), expect: all(200) },
  'POST /api/sla/policies': {
    request: () => ({ url: '/api/sla/policies', payload: { name: `Policy ${newId().slice(-8)}`, definition: { targets: { firstResponseMinutes: 30 } } } }),
    expect: only({ admin: 201, supervisor: 201, other: 201 }, 403),
  },
  'PATCH /api/sla/policies/:id': {
    request: (_app, f) => ({ url: `/api/sla/policies/${f.slaPolicyId}`, payload: { name: `Renamed ${newId().slice(-8)}` } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'DELETE /api/sla/policies/:id': {
    request: async (_app, f) => ({ url: `/api/sla/policies/${await f.newSlaPolicy()}` }),
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'GET /api/business-hours': { request: () => ({ url: '/api/business-hours' }), expect: all(200) },
  'PUT /api/business-hours': {
    request: () => ({ url: '/api/business-hours', payload: { definition: { timeZone: 'Europe/Amsterdam', weekly: { mon: [{ start: '09:00', end: '17:00' }] } } } }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'GET /api/teams/:id/business-hours': { request: (app) => ({ url: `/api/teams/${app.seeded.teams.care.id}/business-hours` }), expect: all(200) },
  'PUT /api/teams/:id/business-hours': {
    request: (app) => ({ url: `/api/teams/${app.seeded.teams.care.id}/business-hours`, payload: { definition: { timeZone: 'UTC', alwaysOpen: true } } }),
    expect: only({ admin: 200, supervisor: 200, other: 404 }, 403),
  },
  'DELETE /api/teams/:id/business-hours': {
    request: async (app) => {
      await upsertBusinessHours(app.earshot.storage.db, app.seeded.workspace.id, app.seeded.teams.vendor.id, { timeZone: 'UTC', alwaysOpen: true }, Date.now());
      return { url: `/api/teams/${app.seeded.teams.vendor.id}/business-hours` };
    },
    expect: only({ admin: 204, supervisor: 204, other: 404 }, 403),
  },
  'GET /api/sla/breaches': { request: () => ({ url: '/api/sla/breaches' }), expect: all(200) },
  // Everyone sees figures; vendor agents only their own teams' (src/analytics/analytics.service.ts).
  'GET /api/analytics/dashboard': { request: () => ({ url: '/api/analytics/dashboard' }), expect: all(200) },
  'GET /api/analytics/conversations': { request: () => ({ url: '/api/analytics/conversations?flag=unanswered' }), expect: all(200) },
  'GET /api/analytics/export.csv': {
    request: () => ({ url: '/api/analytics/export.csv?report=agents' }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
  'POST /api/analytics/staffing': {
    request: () => ({ url: '/api/analytics/staffing', payload: { days: 1, ahtSeconds: 300 } }),
    expect: only({ admin: 200, supervisor: 200, other: 200 }, 403),
  },
};

/** Routes tested elsewhere, and why. */
const TESTED_ELSEWHERE: Record<string, string> = {
  'GET /api/realtime': 'a WebSocket: test/access/realtime-access.test.ts connects as each kind of person',
};

const METHOD_OF = (key: string) => key.split(' ')[0]!;

describe('route access table', () => {
  let app: TestApp;
  let fixtures: Fixtures;

  before(async () => {
    app = await startTestApp();
    const db = app.earshot.storage.db;
    const { workspace, teams } = app.seeded;
    const channel = await makeChannelAccount(db, workspace);
    const identity = await upsertIdentity(db, workspace.id, { network: 'facebook', externalId: `psid-${newId()}`, displayName: 'Jane Customer' }, Date.now());
    const conversation = async (teamId: string, thread: string, contactId: string | null) => {
      const { conversation } = await findOrCreateConversation(db, { workspaceId: workspace.id, channelAccountId: channel.id, threadKey: thread, surface: 'public', contactId, at: Date.now() }, Date.now());
      await updateConversation(db, workspace.id, conversation.id, { teamId }, Date.now());
      return { ...conversation, teamId };
    };
    const inboundEventId = newId();
    await insertInboundEvents(db, [{ id: inboundEventId, channelAccountId: channel.id, network: 'facebook', platformEventId: `mid:${newId()}`, receivedAt: Date.now(), body: '{"object":"page","entry":[]}', status: 'quarantined', error: 'test' }]);
    for (const ws of [workspace, app.seeded.otherWorkspace]) {
      await insertRuleVersion(db, { workspaceId: ws.id, version: 1, rules: { rules: [] }, createdBy: null, comment: 'first', createdAt: Date.now() });
    }
    const adminPrincipal = { workspaceId: workspace.id, userId: app.seeded.people.admin.id, name: 'Admin', email: 'a@x', role: 'admin' as const, teamIds: [teams.care.id], vendorOnly: false, via: 'session' as const };
    const newSlaPolicy = async () => (await createSlaPolicy(app.earshot.routing.ctx, adminPrincipal, { name: `P ${newId()}`, definition: { targets: { resolutionMinutes: 600 } } }, null)).id;
    const careConversation = await conversation(teams.care.id, 'post-care', identity.contactId);
    // The customer's comment, so replies have something on the platform to answer.
    await insertMessage(db, { id: newId(), workspaceId: workspace.id, conversationId: careConversation.id, channelAccountId: channel.id, direction: 'inbound',
      kind: 'comment', surface: 'public', platformMessageId: `cmt-${newId()}`, parentPlatformId: null, authorIdentityId: identity.id, authorUserId: null,
      body: 'Where is my refund?', meta: {}, status: null, platformCreatedAt: Date.now() - 60_000, createdAt: Date.now() });
    const newCanned = async () => (await createCanned(app.earshot.routing.ctx, adminPrincipal, { name: 'Thanks', shortcut: `thanks${newId().slice(-4)}`, body: 'Thanks {{contact.first_name}}!', teamId: null })).id;
    const failedReply = async () => {
      const reply = await (await app.as('admin')).request('POST', `/api/conversations/${careConversation.id}/replies`, { kind: 'public_reply', text: `Retry me ${newId()}` });
      const item = (await findOutboxItemByMessage(db, reply.json().id))!;
      await transitionOutboxItem(db, item.id, 'queued', { status: 'failed', failure: JSON.stringify({ code: 'gave_up', reason: 'x', suggestion: 'y' }) }, Date.now());
      return reply.json().id as string;
    };
    fixtures = {
      cannedId: await newCanned(),
      newCanned,
      failedReply,
      channelId: channel.id,
      inboundEventId,
      careConversation,
      vendorConversation: await conversation(teams.vendor.id, 'post-vendor', null),
      careContactId: identity.contactId,
      slaPolicyId: await newSlaPolicy(),
      conversationIn: (teamId) => conversation(teamId, `post-${newId()}`, null),
      newSlaPolicy,
      newSharedFilter: async () => (await createFilter({ storage: app.earshot.storage, clock: app.earshot.clock }, adminPrincipal, { name: 'Shared', query: { view: 'unassigned' }, shared: true })).id,
    };
  });
  after(async () => { await app?.close(); });

  it('has a row for every registered route', () => {
    const registered = app.earshot.http.routeCatalog
      .filter((route) => !route.url.startsWith('/api/docs'))
      .map((route) => `${route.method} ${route.url}`);
    const missing = registered.filter((key) => !(key in TABLE) && !(key in TESTED_ELSEWHERE));
    assert.deepEqual(missing, [], 'add these routes to the access table');
    const stale = Object.keys(TABLE).filter((key) => !registered.includes(key));
    assert.deepEqual(stale, [], 'these rows name routes that no longer exist');
  });

  for (const [key, testCase] of Object.entries(TABLE)) {
    it(key, async () => {
      const outcomes: string[] = [];
      for (const caller of ['anonymous', ...ACTORS] as const) {
        const { url, payload } = await testCase.request(app, fixtures, caller);
        const response = caller === 'anonymous'
          ? await app.anonymous(METHOD_OF(key), url, payload)
          : await (await app.as(caller)).request(METHOD_OF(key), url, payload);
        if (response.statusCode !== testCase.expect[caller]) outcomes.push(`${caller}: expected ${testCase.expect[caller]}, got ${response.statusCode} ${response.body.slice(0, 200)}`);
        if (caller === 'other') {
          for (const secret of [app.seeded.people.admin.id, fixtures.careConversation.id, fixtures.channelId]) {
            if (response.body.includes(secret)) outcomes.push(`other workspace saw ${secret}`);
          }
        }
        // The OpenAPI document names fields; only data answers are checked for what they reveal.
        if (key === 'GET /api/openapi.json') continue;
        if (caller === 'vendor' && (response.body.includes(fixtures.careConversation.id) || response.body.includes('"privateFields"'))) {
          outcomes.push('a vendor saw another team\'s conversation or private contact fields');
        }
        if (response.body.includes('s3cret') || response.body.includes('sealed:')) outcomes.push(`${caller}: credentials leaked`);
      }
      assert.deepEqual(outcomes, []);
    });
  }
});
