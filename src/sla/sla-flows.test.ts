// SLA clocks with storage and the job engine on a fake clock: deadlines fire at their instant,
// breaches are recorded once and escalate, warnings come at the lead time, waiting on the customer
// pauses, business hours and their changes move deadlines, snoozes wake.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, MINUTE } from '../core/clock.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { routingHarness, type RoutingHarness } from '../../test/support/routing.ts';
import { findRoutingConversation } from '../storage/repositories/routing.repository.ts';
import { listBreaches, listClocks, upsertBusinessHours } from '../storage/repositories/sla.repository.ts';
import { setStatus } from '../routing/conversation-changes.ts';
import { createSlaPolicy, setBusinessHours } from './sla-admin.service.ts';
import { handleSlaBreach } from './sla-timers.ts';
import { recomputeWorkspace } from './recompute.ts';
import type { Principal } from '../core/access/principal.ts';
import type { SlaPolicyDefinitionInput } from '../core/sla/sla-policy.ts';

const principalOf = (h: RoutingHarness): Principal => ({
  workspaceId: h.workspace.id, userId: h.lead.id, name: h.lead.name, email: h.lead.email, role: 'supervisor', teamIds: [h.care.id], vendorOnly: false, via: 'session',
});

async function makeDefault(h: RoutingHarness, definition: SlaPolicyDefinitionInput): Promise<string> {
  return (await createSlaPolicy(h.routing.ctx, principalOf(h), { name: `Policy ${h.clock.now()}`, definition, isDefault: true }, null)).id;
}

async function events(t: TestDatabase, conversationId: string, type: string) {
  const rows = await t.storage.db.selectFrom('domain_events').select(['payload', 'created_at']).where('subject_id', '=', conversationId).where('type', '=', type).orderBy('seq').execute();
  return rows.map((r) => ({ ...JSON.parse(r.payload), at: Number(r.created_at) }));
}

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`SLA timers and escalation on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let h: RoutingHarness;
    before(async () => { t = await openTestDatabase(dialect); });
    afterEach(async () => { await h?.close(); });
    after(async () => { await t?.dispose(); });

    it('warns at the lead time, breaches just after the deadline, records it once, and escalates', async () => {
      h = await routingHarness(t, { agents: 2 });
      await makeDefault(h, { targets: { firstResponseMinutes: 30 }, warningLeadMinutes: 5, onWarning: [{ type: 'notify_lead' }],
        onBreach: [{ type: 'notify_lead' }, { type: 'raise_priority', by: 2 }, { type: 'reassign' }] });
      await h.setOnline([h.agents[0]!.id]);
      const start = h.clock.now();
      const { conversation } = await h.deliverInbound('t-breach', 'Help!', { triage: { needsResponse: true } });
      await h.settle();
      assert.equal((await findRoutingConversation(t.storage.db, h.workspace.id, conversation.id))!.assigneeId, h.agents[0]!.id);
      await h.setOnline([h.agents[1]!.id]);
      const fired: number[] = [];
      await h.advanceTo(start + HOUR, (at) => fired.push(at - start));
      assert.deepEqual(fired, [25 * MINUTE, 30 * MINUTE + 1], 'the warning at 25 minutes, the breach 1 ms after the 30-minute deadline');
      const warning = await events(t, conversation.id, 'sla.warning');
      assert.equal(warning.length, 1);
      assert.equal(warning[0].at, start + 25 * MINUTE);
      const [breach] = await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 });
      assert.deepEqual([breach?.target, breach?.dueAt, breach?.detectedAt, breach?.targetMs], ['first_response', start + 30 * MINUTE, start + 30 * MINUTE + 1, 30 * MINUTE]);
      const after = (await findRoutingConversation(t.storage.db, h.workspace.id, conversation.id))!;
      assert.equal(after.priority, 2, 'priority raised by two');
      assert.equal(after.assigneeId, h.agents[1]!.id, 'taken from the first agent and given to the other online one');
      const notes = await events(t, conversation.id, 'notification.created');
      assert.deepEqual(notes.map((n) => [n.reason, n.recipientUserIds]), [['sla.warning', [h.lead.id]], ['sla.breached', [h.lead.id]]]);

      // The engine runs jobs at least once: a repeat of the breach timer changes nothing.
      const [clock] = await listClocks(t.storage.db, conversation.id);
      await handleSlaBreach(h.routing.ctx, { workspaceId: h.workspace.id, conversationId: conversation.id, target: 'first_response', cycle: clock!.cycle });
      assert.equal((await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 })).length, 1);
      assert.equal((await events(t, conversation.id, 'sla.breached')).length, 1);

      // Answered late: the clock stops as missed and the breach gets its actual time.
      h.clock.set(start + 45 * MINUTE + HOUR);
      await h.deliverReply(conversation.id, h.agents[1]!.id);
      const [met] = await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 });
      assert.deepEqual([met?.metAt, met?.actualMs, met?.actualWallMs], [h.clock.now(), 105 * MINUTE, 105 * MINUTE]);
      assert.deepEqual((await listClocks(t.storage.db, conversation.id)).map((c) => c.outcome), ['missed']);
    });

    it('records a breach found late when the reply comes after the deadline but before the timer ran', async () => {
      h = await routingHarness(t);
      await makeDefault(h, { targets: { firstResponseMinutes: 10 }, warningLeadMinutes: null, onBreach: [] });
      const { conversation } = await h.deliverInbound('t-late', 'anyone?', { triage: { needsResponse: true } });
      h.clock.advance(12 * MINUTE);
      await h.deliverReply(conversation.id, h.agents[0]!.id);
      const breaches = await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 });
      assert.deepEqual(breaches.map((b) => [b.dueAt - conversation.createdAt, b.actualMs]), [[10 * MINUTE, 12 * MINUTE]]);
      await h.settle();
      assert.equal((await events(t, conversation.id, 'sla.breached')).length, 1, 'the timer, when it runs, finds the clock stopped');
    });

    it('pauses while waiting on the customer and resumes when they write', async () => {
      h = await routingHarness(t);
      await makeDefault(h, { targets: { firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 4 * 60 }, pauseWhen: ['pending'], warningLeadMinutes: null, onBreach: [] });
      const start = h.clock.now();
      const { conversation } = await h.deliverInbound('t-pause', 'My order?', { triage: { needsResponse: true } });
      h.clock.advance(20 * MINUTE);
      await h.deliverReply(conversation.id, h.agents[0]!.id);
      await t.storage.transaction(async (tx) => {
        const c = (await findRoutingConversation(tx, h.workspace.id, conversation.id))!;
        await setStatus(h.routing.ctx, tx, c, 'pending', { byUserId: h.agents[0]!.id });
      });
      const paused = (await listClocks(t.storage.db, conversation.id)).find((c) => c.target === 'resolution')!;
      assert.deepEqual([paused.status, paused.runningWallMs, paused.dueAt], ['paused', 20 * MINUTE, null]);
      // The customer answers five hours later: without the pause the 4-hour resolution target would be long gone.
      await h.advanceTo(start + 5 * HOUR + 20 * MINUTE);
      assert.deepEqual(await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 }), []);
      await h.deliverInbound('t-pause', 'Here is the number', { triage: { needsResponse: true } });
      const clocks = await listClocks(t.storage.db, conversation.id);
      const resolution = clocks.find((c) => c.target === 'resolution')!;
      assert.deepEqual([resolution.status, resolution.dueAt], ['running', h.clock.now() + 3 * HOUR + 40 * MINUTE]);
      const next = clocks.find((c) => c.target === 'next_response')!;
      assert.deepEqual([next.status, next.cycle, next.dueAt], ['running', 1, h.clock.now() + HOUR]);
    });

    it('counts business hours of the team, and moves running deadlines when the hours change', async () => {
      h = await routingHarness(t, { start: '2026-03-06T16:30:00Z' }); // a Friday, 17:30 in Amsterdam
      await makeDefault(h, { targets: { firstResponseMinutes: 60 }, businessHours: true, warningLeadMinutes: null, onBreach: [] });
      await upsertBusinessHours(t.storage.db, h.workspace.id, h.care.id, {
        timeZone: 'Europe/Amsterdam', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '18:00' }]])), holidays: [],
      }, h.clock.now());
      const { conversation } = await h.deliverInbound('t-hours', 'Weekend question', { triage: { needsResponse: true } });
      const [clock] = await listClocks(t.storage.db, conversation.id);
      assert.equal(clock!.dueAt, Date.parse('2026-03-09T08:30:00Z'), '30 minutes on Friday, 30 on Monday from 09:00');
      // The team starts answering on Saturdays: the deadline moves to Saturday 09:30.
      await setBusinessHours(h.routing.ctx, principalOf(h), h.care.id, {
        timeZone: 'Europe/Amsterdam', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [{ start: '09:00', end: '18:00' }]])),
      }, null);
      await recomputeWorkspace(h.routing.ctx, h.workspace.id);
      const [moved] = await listClocks(t.storage.db, conversation.id);
      assert.equal(moved!.dueAt, Date.parse('2026-03-07T08:30:00Z'));
      const fired: number[] = [];
      await h.advanceTo(Date.parse('2026-03-09T12:00:00Z'), (at) => fired.push(at));
      assert.ok(fired.includes(Date.parse('2026-03-07T08:30:00Z') + 1), 'the breach timer was moved with the deadline');
      assert.equal((await listBreaches(t.storage.db, h.workspace.id, { conversationId: conversation.id, limit: 10 }))[0]?.dueAt, Date.parse('2026-03-07T08:30:00Z'));
    });

    it('wakes a snoozed conversation at its time', async () => {
      h = await routingHarness(t);
      const { conversation } = await h.deliverInbound('t-snooze', 'Call me tomorrow', { triage: { needsResponse: true } });
      const until = h.clock.now() + 3 * HOUR;
      await t.storage.transaction(async (tx) => {
        const c = (await findRoutingConversation(tx, h.workspace.id, conversation.id))!;
        await setStatus(h.routing.ctx, tx, c, 'snoozed', { snoozedUntil: until, byUserId: h.agents[0]!.id });
      });
      await h.advanceTo(until - 1);
      assert.equal((await findRoutingConversation(t.storage.db, h.workspace.id, conversation.id))!.status, 'snoozed');
      await h.advanceTo(until);
      const woken = (await findRoutingConversation(t.storage.db, h.workspace.id, conversation.id))!;
      assert.deepEqual([woken.status, woken.snoozedUntil], ['open', null]);
      const changes = await events(t, conversation.id, 'conversation.status_changed');
      assert.deepEqual(changes.map((c) => [c.from, c.to, c.byUserId]), [['open', 'snoozed', h.agents[0]!.id], ['snoozed', 'open', null]]);
    });
  });
}
