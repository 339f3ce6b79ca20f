// Analytics on fixed conversations, against figures computed by hand, on SQLite and PostgreSQL:
// the fold from conversations to facts and rollups, the dashboard read from the rollups, drill-down
// to the conversations behind a slice, and incremental, repeatable updates.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeTeam, makeUser, makeWorkspace } from '../../test/support/factories.ts';
import { HOUR, MINUTE, ManualClock } from '../core/clock.ts';
import type { Principal } from '../core/access/principal.ts';
import { upsertBusinessHours } from '../storage/repositories/sla.repository.ts';
import { emit } from '../events/emit.ts';
import { insertHistory, type HistoricalConversation } from './history/insert-history.ts';
import { refreshFacts } from './rollups/refresh-facts.ts';
import { RollupWorker } from './rollups/rollup-worker.ts';
import { rebuildAnalytics } from './rollups/rebuild.ts';
import { dashboard, drillDown } from './analytics.service.ts';
import { SKETCH_RELATIVE_ERROR } from './metrics/sketch.ts';

const MON = Date.UTC(2026, 10, 2); // Monday 2 November 2026, UTC
const TUE = MON + 24 * HOUR;
const at = (day: number, h: number, m = 0): number => day + h * HOUR + m * MINUTE;

const near = (actual: number | null, expected: number, what: string): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) <= expected * SKETCH_RELATIVE_ERROR + 1, `${what}: ${actual} is not within the sketch's bound of ${expected}`);
};

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`analytics on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    const clock = new ManualClock(at(TUE, 18));
    let ids: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', string>;
    let admin: Principal;
    let vendor: Principal;
    let team2: string;
    const query = { from: '2026-11-02', to: '2026-11-03' };

    before(async () => {
      t = await openTestDatabase(dialect);
      const db = t.storage.db;
      const ws = await makeWorkspace(db, { settings: { timeZone: 'UTC' } });
      await upsertBusinessHours(db, ws.id, '', { timeZone: 'UTC', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])) }, clock.now());
      const u1 = await makeUser(db, ws);
      const u2 = await makeUser(db, ws);
      const team = await makeTeam(db, ws, 'care', [u1, u2]);
      team2 = (await makeTeam(db, ws, 'vendor')).id;
      const page = await makeChannelAccount(db, ws);
      admin = { workspaceId: ws.id, userId: u1.id, name: 'A', email: 'a@x', role: 'admin', teamIds: [team.id], vendorOnly: false, via: 'session' };
      vendor = { ...admin, userId: u2.id, role: 'agent', teamIds: [team2], vendorOnly: true };
      const base = { workspaceId: ws.id, channelAccountId: page.id, network: 'facebook', teamId: team.id, subject: null } as const;
      const reply = (time: number, by: string = u1.id) => ({ direction: 'outbound' as const, at: time, body: 'On it', authorUserId: by });
      const ask = (time: number) => ({ direction: 'inbound' as const, at: time, body: 'Where is my refund?' });
      const conversations: HistoricalConversation[] = [
        { ...base, surface: 'public', assigneeId: u1.id, topic: 'refund', sentiment: 'negative', priority: 2, needsResponse: true, author: { externalId: 'a1', handle: 'ann', followers: 1000 },
          messages: [ask(at(MON, 10)), reply(at(MON, 10, 30)), ask(at(MON, 11)), reply(at(MON, 11, 20))], resolvedAt: at(MON, 12),
          clocks: [{ target: 'first_response', cycle: 1, targetMs: HOUR, startedAt: at(MON, 10), stoppedAt: at(MON, 10, 30), outcome: 'met' }] },
        { ...base, surface: 'private', assigneeId: u2.id, topic: 'delay', sentiment: 'neutral', priority: 1, needsResponse: true, author: { externalId: 'a2', handle: 'bob', followers: 10 },
          messages: [ask(at(MON, 16)), reply(at(TUE, 10), u2.id)],
          clocks: [{ target: 'first_response', cycle: 1, targetMs: HOUR, startedAt: at(MON, 16), stoppedAt: at(TUE, 10), outcome: 'missed' }] },
        { ...base, surface: 'public', assigneeId: null, topic: 'refund', sentiment: 'negative', priority: 2, needsResponse: true, author: { externalId: 'a3', handle: 'cat', followers: 5000 },
          messages: [ask(at(MON, 20))] },
        { ...base, surface: 'public', assigneeId: null, topic: 'praise', sentiment: 'positive', priority: 0, needsResponse: false, author: { externalId: 'a4', handle: 'dan', followers: 200 },
          messages: [{ direction: 'inbound', at: at(TUE, 9), body: 'Great crew today!' }], resolvedAt: at(TUE, 9, 5) },
        { ...base, surface: 'private', assigneeId: u1.id, topic: 'delay', sentiment: 'neutral', priority: 1, needsResponse: true, author: { externalId: 'a5', handle: 'eve', followers: 50 },
          messages: [ask(at(TUE, 12)), { direction: 'outbound', at: at(TUE, 12, 1), body: 'Thanks, we will reply soon', automatic: true }, reply(at(TUE, 12, 45))], resolvedAt: at(TUE, 13, 45) },
      ];
      const inserted = await insertHistory(db, conversations, clock.now());
      ids = { c1: inserted[0]!, c2: inserted[1]!, c3: inserted[2]!, c4: inserted[3]!, c5: inserted[4]! };
      await t.storage.transaction((tx) => refreshFacts(tx, inserted, { now: clock.now() }));
    });
    after(async () => { await t?.dispose(); });

    it('computes rates, shares and reach as counted by hand', async () => {
      const d = await dashboard({ storage: t.storage, clock }, admin, query);
      assert.equal(d.kpis.conversations, 5);
      assert.equal(d.kpis.needsResponse, 4);
      assert.equal(d.kpis.answered, 3);
      assert.equal(d.kpis.responseRate, 0.75);
      assert.equal(d.kpis.responseRateInSla, 0.5, 'c1 met its clock; c5 has none and answered in 45 min (< 60)');
      assert.equal(d.kpis.slaMetShare, 0.5);
      assert.equal(d.kpis.publicShare, 0.6);
      assert.equal(d.kpis.unansweredNegative, 1);
      assert.equal(d.kpis.unansweredNegativeReach, 5000);
      assert.equal(d.kpis.resolved, 3);
    });

    it('gives medians and 90th percentiles within the sketch\'s bound, on the wall clock and in business hours', async () => {
      const { times } = await dashboard({ storage: t.storage, clock }, admin, query);
      assert.equal(times.firstResponse.all.count, 3);
      near(times.firstResponse.all.medianMs, 45 * MINUTE, 'first response median');
      near(times.firstResponse.all.p90Ms, 18 * HOUR, 'first response p90 (c2: Monday 16:00 to Tuesday 10:00)');
      near(times.firstResponse.business.medianMs, 45 * MINUTE, 'business median');
      near(times.firstResponse.business.p90Ms, 2 * HOUR, 'business p90 (c2: 16:00–17:00 and 09:00–10:00)');
      assert.equal(times.nextResponse.all.count, 1);
      near(times.nextResponse.all.medianMs, 20 * MINUTE, 'next response');
      near(times.resolution.all.medianMs, 105 * MINUTE, 'resolution median');
      near(times.resolution.all.p90Ms, 2 * HOUR, 'resolution p90');
    });

    it('draws the backlog, the heatmap and agent performance', async () => {
      const d = await dashboard({ storage: t.storage, clock }, admin, query);
      assert.deepEqual(d.daily.map((p) => p.backlog), [2, 2]);
      assert.deepEqual(d.daily.map((p) => p.conversations), [3, 2]);
      assert.equal(d.heatmap[0]![10], 1);
      assert.equal(d.heatmap[0]![20], 1);
      assert.equal(d.heatmap[1]![12], 1);
      assert.equal(d.heatmap.flat().reduce((a, b) => a + b, 0), 5);
      const u1 = d.agents.find((a) => a.assigneeId === admin.userId)!;
      assert.equal(u1.conversations, 2);
      assert.equal(u1.responseRate, 1);
      near(u1.firstResponse.medianMs, 30 * MINUTE, 'agent median');
      assert.equal(d.agents.find((a) => a.assigneeId === '')?.conversations, 2);
      assert.deepEqual(Object.fromEntries(d.topics.map((x) => [x.topic, x.conversations])), { delay: 2, refund: 2, praise: 1 });
    });

    it('filters by topic and priority, and drills down to the conversations behind a slice', async () => {
      const refunds = await dashboard({ storage: t.storage, clock }, admin, { ...query, topics: ['refund'] });
      assert.equal(refunds.kpis.conversations, 2);
      const urgent = await dashboard({ storage: t.storage, clock }, admin, { ...query, priorities: [1] });
      assert.equal(urgent.kpis.conversations, 2);
      const negative = await drillDown({ storage: t.storage, clock }, admin, query, { flag: 'negative_unanswered' }, { limit: 50 });
      assert.deepEqual(negative.conversations.map((c) => c.conversationId), [ids.c3]);
      const cell = await drillDown({ storage: t.storage, clock }, admin, query, { weekday: 0, hour: 16 }, { limit: 50 });
      assert.deepEqual(cell.conversations.map((c) => c.conversationId), [ids.c2]);
      const all = await drillDown({ storage: t.storage, clock }, admin, query, {}, { limit: 2 });
      assert.equal(all.conversations.length, 2);
      const rest = await drillDown({ storage: t.storage, clock }, admin, query, {}, { limit: 10, cursor: all.nextCursor! });
      assert.deepEqual(new Set([...all.conversations, ...rest.conversations].map((c) => c.conversationId)), new Set(Object.values(ids)));
    });

    it('shows a vendor agent only their own teams', async () => {
      const d = await dashboard({ storage: t.storage, clock }, vendor, query);
      assert.equal(d.kpis.conversations, 0);
      const list = await drillDown({ storage: t.storage, clock }, vendor, query, {}, { limit: 50 });
      assert.equal(list.conversations.length, 0);
    });

    it('folds changes incrementally through the event log, and a repeat changes nothing', async () => {
      const db = t.storage.db;
      // c3 gets its answer on Tuesday at 14:00, and c2 moves to the other team.
      await t.storage.transaction(async (tx) => {
        await tx.insertInto('messages').values({
          id: `m-late-${ids.c3}`, workspace_id: admin.workspaceId, conversation_id: ids.c3, channel_account_id: (await tx.selectFrom('conversations').select('channel_account_id').where('id', '=', ids.c3).executeTakeFirstOrThrow()).channel_account_id,
          direction: 'outbound', kind: 'comment', surface: 'public', platform_message_id: `late-${ids.c3}`, parent_platform_id: null, author_identity_id: null,
          author_user_id: admin.userId, body: 'Sorry!', meta: '{}', status: 'delivered', platform_created_at: at(TUE, 14), created_at: at(TUE, 14), edited_at: null, deleted_at: null,
        }).execute();
        await tx.updateTable('conversations').set({ first_response_at: at(TUE, 14) }).where('id', '=', ids.c3).execute();
        await tx.updateTable('conversations').set({ team_id: team2 }).where('id', '=', ids.c2).execute();
        await emit(tx, clock, { type: 'message.created', workspaceId: admin.workspaceId, payload: { conversationId: ids.c3, messageId: `m-late-${ids.c3}`, direction: 'outbound' } },
          { type: 'conversation.updated', workspaceId: admin.workspaceId, payload: { conversationId: ids.c2, changed: ['team'] } });
      });
      const worker = new RollupWorker(t.storage, clock, { onError: (e) => { throw e; } });
      // PostgreSQL shows a commit to the log only once every older transaction in the cluster has
      // finished (events.repository.ts), so the worker may need a few rounds to see these two.
      let read = 0;
      for (let round = 0; read < 2 && round < 100; round++) {
        read += await worker.pump();
        if (read < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(read, 2);
      const d = await dashboard({ storage: t.storage, clock }, admin, query);
      assert.equal(d.kpis.answered, 4);
      assert.equal(d.kpis.unansweredNegative, 0);
      assert.equal(d.kpis.unansweredNegativeReach, 0);
      assert.equal(d.kpis.conversations, 5);
      assert.equal(d.teams.find((x) => x.teamId === team2)?.conversations, 1);
      const vendorView = await dashboard({ storage: t.storage, clock }, vendor, query);
      assert.equal(vendorView.kpis.conversations, 1);
      const before = await db.selectFrom('analytics_daily').selectAll().orderBy(['day', 'assignee_id', 'team_id', 'topic', 'priority']).execute();
      // At least once: the same conversations again, and the worker again, leave the rollups as they are.
      await t.storage.transaction((tx) => refreshFacts(tx, Object.values(ids), { now: clock.now() }));
      assert.equal(await worker.pump(), 0);
      assert.deepEqual(await db.selectFrom('analytics_daily').selectAll().orderBy(['day', 'assignee_id', 'team_id', 'topic', 'priority']).execute(), before);
    });

    it('rebuilds a workspace from its conversations to the same rollups the worker keeps', async () => {
      const db = t.storage.db;
      const order = ['cuboid', 'day', 'channel_account_id', 'assignee_id', 'team_id', 'topic', 'priority'] as const;
      const before = await db.selectFrom('analytics_daily').selectAll().orderBy([...order]).execute();
      const intervals = await db.selectFrom('analytics_intervals').selectAll().orderBy(['start', 'team_id']).execute();
      assert.equal(await rebuildAnalytics(t.storage, clock, admin.workspaceId), 5);
      assert.deepEqual(await db.selectFrom('analytics_daily').selectAll().orderBy([...order]).execute(), before);
      assert.deepEqual(await db.selectFrom('analytics_intervals').selectAll().orderBy(['start', 'team_id']).execute(), intervals);
    });
  });
}
