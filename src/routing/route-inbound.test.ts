// The routing hook end to end on both dialects: rules, default team, queue and drain, reopening,
// the response clocks, and the events each step writes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MINUTE } from '../core/clock.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { routingHarness, type RoutingHarness } from '../../test/support/routing.ts';
import { makeTeam } from '../../test/support/factories.ts';
import { insertRuleVersion } from '../storage/repositories/routing-config.repository.ts';
import { findRoutingConversation, listLabels } from '../storage/repositories/routing.repository.ts';
import { listClocks } from '../storage/repositories/sla.repository.ts';
import type { RuleSetInput } from '../core/routing/rule-schema.ts';

async function eventsOf(t: TestDatabase, conversationId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  const rows = await t.storage.db.selectFrom('domain_events').select(['type', 'payload']).where('subject_id', '=', conversationId).orderBy('seq').execute();
  return rows.map((r) => ({ type: r.type, payload: JSON.parse(r.payload) }));
}

async function setRules(h: RoutingHarness, t: TestDatabase, version: number, set: RuleSetInput): Promise<void> {
  await insertRuleVersion(t.storage.db, { workspaceId: h.workspace.id, version, rules: set, createdBy: null, comment: null, createdAt: h.clock.now() });
  // Written past the rules service, so tell routing's settings cache as the service would.
  h.routing.ctx.settings.invalidate(h.workspace.id);
}

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`routing an inbound message on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let h: RoutingHarness;
    before(async () => {
      t = await openTestDatabase(dialect);
      h = await routingHarness(t);
    });
    after(async () => {
      await h?.close();
      await t?.dispose();
    });

    it('queues a new complaint in the channel\'s default team and assigns it to an online agent right after the commit', async () => {
      await h.setOnline([h.agents[0]!.id]);
      const outcome = await h.deliverInbound('thread-1', 'My bag never arrived', { triage: { needsResponse: true, kind: 'complaint', language: 'en' } });
      assert.equal(outcome.trigger, 'conversation_opened');
      assert.equal(outcome.conversation.teamId, h.care.id);
      assert.notEqual(outcome.conversation.queuedAt, null, 'waiting until the drain runs');
      await h.settle();
      const c = (await findRoutingConversation(t.storage.db, h.workspace.id, outcome.conversation.id))!;
      assert.equal(c.assigneeId, h.agents[0]!.id);
      assert.equal(c.queuedAt, null);
      const types = (await eventsOf(t, c.id)).map((e) => e.type);
      assert.deepEqual(types, ['conversation.assigned', 'conversation.queued', 'conversation.routed', 'conversation.assigned']);
      const clocks = await listClocks(t.storage.db, c.id);
      assert.deepEqual(clocks.map((k) => [k.target, k.status, k.targetMs]), [['first_response', 'running', 60 * MINUTE]], 'the social default: first response in 60 minutes');
    });

    it('applies the rules in force: labels, priority, an acknowledgement for the outbox, a note to the lead; spam needs no answer', async () => {
      await setRules(h, t, 1, { rules: [
        { id: 'spam', name: 'Spam', when: { field: 'kind', op: 'eq', value: 'spam' }, then: [{ type: 'mark_no_response' }], stop: true },
        { id: 'vip', name: 'Big accounts', when: { field: 'text', op: 'contains_any', value: ['lawyer', 'journalist'] },
          then: [{ type: 'set_priority', priority: 4 }, { type: 'add_labels', labels: ['press'] }, { type: 'notify', teamLeads: true, message: 'Press is asking' },
            { type: 'send_acknowledgement', text: 'Thanks, we are looking into it.' }] },
      ] });
      const press = await h.deliverInbound('thread-press', 'I am a journalist writing about your delays', { triage: { needsResponse: true, kind: 'question' } });
      assert.deepEqual(press.matchedRuleIds, ['vip']);
      assert.equal(press.conversation.priority, 4);
      assert.deepEqual(await listLabels(t.storage.db, press.conversation.id), ['press']);
      const events = await eventsOf(t, press.conversation.id);
      assert.deepEqual(events.find((e) => e.type === 'conversation.acknowledgement_requested')?.payload.text, 'Thanks, we are looking into it.');
      assert.deepEqual(events.find((e) => e.type === 'notification.created')?.payload.recipientUserIds, [h.lead.id]);
      assert.equal(events.find((e) => e.type === 'conversation.routed')?.payload.rulesVersion, 1);

      const spam = await h.deliverInbound('thread-spam', 'cheap followers here', { triage: { needsResponse: true, kind: 'spam' } });
      assert.equal(spam.conversation.needsResponse, false);
      assert.equal(spam.conversation.queuedAt, null, 'not waiting for anyone');
      assert.deepEqual(await listClocks(t.storage.db, spam.conversation.id), [], 'no SLA for what needs no answer');
    });

    it('hands a care question off from marketing to care', async () => {
      const marketing = await makeTeam(t.storage.db, h.workspace, 'marketing');
      await setRules(h, t, 2, { rules: [
        { id: 'to-marketing', name: 'Everything to social first', then: [{ type: 'assign_team', teamId: marketing.id }] },
        { id: 'care', name: 'Support requests to care', when: { field: 'needsResponse', op: 'eq', value: true }, then: [{ type: 'handoff_to_care' }] },
      ] });
      const praise = await h.deliverInbound('thread-praise', 'Love the new lounge!', { triage: { needsResponse: false, kind: 'feedback' } });
      assert.equal(praise.conversation.teamId, marketing.id);
      const question = await h.deliverInbound('thread-question', 'How do I change my seat?', { triage: { needsResponse: true, kind: 'question' } });
      assert.equal(question.conversation.teamId, h.care.id);
      const assigned = (await eventsOf(t, question.conversation.id)).filter((e) => e.type === 'conversation.assigned').map((e) => e.payload.reason);
      assert.deepEqual(assigned, ['handoff'], 'the later rule wins: one move, straight to care');
    });

    it('reopens a resolved conversation when the customer needs something, not for a thank-you', async () => {
      await setRules(h, t, 3, { rules: [] });
      const first = await h.deliverInbound('thread-reopen', 'Where is my refund?', { triage: { needsResponse: true } });
      await h.settle();
      await h.deliverReply(first.conversation.id, h.agents[0]!.id);
      await t.storage.transaction(async (tx) => {
        const { setStatus } = await import('./conversation-changes.ts');
        const c = (await findRoutingConversation(tx, h.workspace.id, first.conversation.id))!;
        await setStatus(h.routing.ctx, tx, c, 'resolved', { byUserId: h.agents[0]!.id });
      });
      const thanks = await h.deliverInbound('thread-reopen', 'thanks!', { triage: { needsResponse: false, kind: 'chatter' } });
      assert.equal(thanks.conversation.status, 'resolved');
      assert.equal(thanks.trigger, 'message_received');
      const again = await h.deliverInbound('thread-reopen', 'Actually it is still missing', { triage: { needsResponse: true } });
      assert.equal(again.conversation.status, 'open');
      assert.equal(again.trigger, 'conversation_opened');
      const clocks = await listClocks(t.storage.db, first.conversation.id);
      assert.deepEqual(clocks.map((k) => [k.target, k.cycle, k.status, k.outcome]), [['first_response', 1, 'stopped', 'met']],
        'the social default has a first-response target only: met, and nothing new starts');
    });

    it('counts the first agent reply as the first response and gives an unassigned conversation to the agent who answered', async () => {
      await h.setOnline(h.agents.map((a) => a.id), 'offline');
      const outcome = await h.deliverInbound('thread-reply', 'Hello?', { triage: { needsResponse: true } });
      h.clock.advance(5 * MINUTE);
      await h.deliverReply(outcome.conversation.id, h.agents[1]!.id);
      const c = (await findRoutingConversation(t.storage.db, h.workspace.id, outcome.conversation.id))!;
      assert.equal(c.firstResponseAt, h.clock.now());
      assert.equal(c.assigneeId, h.agents[1]!.id);
      const [clock] = await listClocks(t.storage.db, c.id);
      assert.deepEqual([clock?.outcome, clock?.runningWallMs], ['met', 5 * MINUTE]);
    });
  });
}
