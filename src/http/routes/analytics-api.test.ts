// The analytics API end to end on a running app: the dashboard and drill-down as each kind of
// person sees them, the CSV export (RFC 4180, formula-safe, audited), and the staffing plan.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE, ManualClock } from '../../core/clock.ts';
import { makeChannelAccount } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { insertHistory } from '../../analytics/history/insert-history.ts';

const DAY0 = Date.UTC(2026, 10, 2);

describe('analytics API', () => {
  let app: TestApp;
  const clock = new ManualClock(DAY0 + 2 * 24 * HOUR);

  before(async () => {
    app = await startTestApp({ clock });
    const { workspace, teams, people } = app.seeded;
    const db = app.earshot.storage.db;
    const page = await makeChannelAccount(db, workspace);
    const one = (teamId: string, subject: string, at: number, answered: boolean) => ({
      workspaceId: workspace.id, channelAccountId: page.id, network: 'facebook', surface: 'public' as const, teamId, assigneeId: answered ? people.agent.id : null,
      topic: 'refund', sentiment: 'negative' as const, priority: 2, needsResponse: true, subject, author: { externalId: subject, handle: 'h', followers: 700 },
      messages: [{ direction: 'inbound' as const, at, body: subject }, ...(answered ? [{ direction: 'outbound' as const, at: at + 10 * MINUTE, body: 'ok', authorUserId: people.agent.id }] : [])],
    });
    const ids = await app.earshot.storage.transaction((tx) => insertHistory(tx, [
      one(teams.care.id, '=HYPERLINK("http://evil.example","refund")', DAY0 + 10 * HOUR, false),
      one(teams.care.id, 'Where is my bag', DAY0 + 11 * HOUR, true),
      one(teams.vendor.id, 'Vendor queue', DAY0 + 12 * HOUR, false),
    ], clock.now()));
    // The conversations arrive as the pipeline would announce them; the worker folds the events.
    const { emit } = await import('../../events/emit.ts');
    await app.earshot.storage.transaction((tx) => emit(tx, clock, ...ids.map((conversationId) => ({
      type: 'conversation.updated' as const, workspaceId: workspace.id, payload: { conversationId, changed: ['history'] },
    }))));
    await app.earshot.rollups.pump();
  });
  after(async () => { await app?.close(); });

  const query = 'from=2026-11-02&to=2026-11-03';

  it('gives the whole workspace to a supervisor and only their teams to a vendor agent', async () => {
    const supervisor = await (await app.as('supervisor')).request('GET', `/api/analytics/dashboard?${query}`);
    assert.equal(supervisor.statusCode, 200);
    assert.equal(supervisor.json().kpis.conversations, 3);
    assert.equal(supervisor.json().kpis.responseRate, 0.3333);
    assert.equal(supervisor.json().kpis.unansweredNegativeReach, 1400);
    const vendor = await (await app.as('vendor')).request('GET', `/api/analytics/dashboard?${query}`);
    assert.equal(vendor.json().kpis.conversations, 1);
    const list = await (await app.as('vendor')).request('GET', `/api/analytics/conversations?${query}&flag=unanswered`);
    assert.deepEqual(list.json().conversations.map((c: { subject: string }) => c.subject), ['Vendor queue']);
  });

  it('rejects bad filters with a clear 400', async () => {
    const admin = await app.as('admin');
    assert.equal((await admin.request('GET', '/api/analytics/dashboard?from=2026-13-40')).statusCode, 400);
    assert.equal((await admin.request('GET', '/api/analytics/dashboard?from=2026-11-05&to=2026-11-01')).statusCode, 400);
    assert.equal((await admin.request('GET', '/api/analytics/dashboard?priority=9')).statusCode, 400);
  });

  it('exports CSV that a spreadsheet cannot run, and audits the export', async () => {
    const admin = await app.as('admin');
    const response = await admin.request('GET', `/api/analytics/export.csv?${query}&report=conversations&flag=unanswered`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(String(response.headers['content-disposition']), /attachment; filename="earshot-conversations-/);
    const lines = response.body.split('\r\n');
    assert.match(lines[0]!, /^conversationId,subject,startedAt,/);
    assert.ok(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil.example"",""refund"")"`)), 'the formula is quoted and prefixed');
    const audit = await app.earshot.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute();
    assert.equal(audit.length, 1);
    assert.equal(JSON.parse(audit[0]!.meta).rows, 2);
    const agents = await admin.request('GET', `/api/analytics/export.csv?${query}&report=agents`);
    assert.match(agents.body.split('\r\n')[0]!, /^assigneeId,name,conversations,/);
  });

  it('plans staffing with a peak scenario', async () => {
    const admin = await app.as('admin');
    const response = await admin.request('POST', '/api/analytics/staffing', {
      days: 2, ahtSeconds: 240, roster: { mon: [{ start: '09:00', end: '17:00', agents: 1 }] },
      scenarios: [{ name: 'peak', peaks: [{ factor: 1.6, days: ['2026-11-05'] }] }],
    });
    assert.equal(response.statusCode, 200, response.body);
    const plan = response.json();
    assert.equal(plan.intervals.length, 96);
    assert.equal(plan.method, 'erlang_c');
    assert.equal(plan.scenarios[0].name, 'peak');
    assert.equal((await admin.request('POST', '/api/analytics/staffing', { days: 0 })).statusCode, 400);
  });
});
