// A simulated day of traffic on a fake clock: social and e-mail conversations arrive, agents answer
// early or late, customers come back, e-mails wait on the customer and get resolved. Half-way the
// process is down for 25 minutes and restarts with a new job engine on the same database. At the
// end, every clock's state and every breach and warning is checked against an oracle that knows
// only the calendar; breaches due while the process was down are found at the restart, with the
// deadline they missed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BusinessCalendar } from '../core/calendar/index.ts';
import { MINUTE } from '../core/clock.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { routingHarness, type RoutingHarness } from '../../test/support/routing.ts';
import { makeChannelAccount } from '../../test/support/factories.ts';
import { dayScripts, expect as expectFor, type Expectation, type Script, type Target } from '../../test/support/sla-day.ts';
import { findRoutingConversation } from '../storage/repositories/routing.repository.ts';
import { insertRuleVersion } from '../storage/repositories/routing-config.repository.ts';
import { listBreaches, listClocks, upsertBusinessHours } from '../storage/repositories/sla.repository.ts';
import { setStatus } from '../routing/conversation-changes.ts';
import { createSlaPolicy } from './sla-admin.service.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';

const HOURS = {
  timeZone: 'Europe/Amsterdam',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]])),
};
const TARGETS: Record<'social' | 'email', Partial<Record<Expectation['target'], Target>>> = {
  social: { first_response: { minutes: 60, business: false, warnLeadMinutes: 10 }, next_response: { minutes: 30, business: false, warnLeadMinutes: 10 } },
  email: { first_response: { minutes: 120, business: true, warnLeadMinutes: 15 }, resolution: { minutes: 360, business: true, warnLeadMinutes: 15 } },
};
const DAY_START = Date.parse('2026-03-02T06:00:00Z'); // Monday 07:00 in Amsterdam
const DAY_END = Date.parse('2026-03-02T22:00:00Z');
const DOWN: [number, number] = [Date.parse('2026-03-02T12:40:00Z'), Date.parse('2026-03-02T13:05:00Z')];

type Action = { at: number; script: Script; kind: 'inbound' | 'reply' | 'pending' | 'again' | 'second' | 'resolve' };

function actionsOf(scripts: Script[]): Action[] {
  const list: Action[] = [];
  for (const script of scripts) {
    list.push({ at: script.start, script, kind: 'inbound' });
    if (script.reply !== null) list.push({ at: script.reply, script, kind: 'reply' });
    if (script.pendingAfterReply) list.push({ at: script.reply!, script, kind: 'pending' });
    if (script.customerAgain !== null) list.push({ at: script.customerAgain, script, kind: 'again' });
    if (script.secondReply !== null) list.push({ at: script.secondReply, script, kind: 'second' });
    if (script.resolve !== null) list.push({ at: script.resolve, script, kind: 'resolve' });
  }
  const order = ['inbound', 'reply', 'pending', 'again', 'second', 'resolve'];
  return list.filter((a) => a.at <= DAY_END).sort((a, b) => a.at - b.at || order.indexOf(a.kind) - order.indexOf(b.kind));
}

const inDown = (t: number) => t > DOWN[0] && t <= DOWN[1];

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`a simulated day of SLA traffic on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let h: RoutingHarness;
    let email: ChannelAccount;
    before(async () => {
      t = await openTestDatabase(dialect);
      h = await routingHarness(t, { start: new Date(DAY_START).toISOString() });
      email = await makeChannelAccount(t.storage.db, h.workspace, { network: 'email', defaultTeamId: h.care.id });
      await upsertBusinessHours(t.storage.db, h.workspace.id, '', HOURS, DAY_START);
      const lead = { workspaceId: h.workspace.id, userId: h.lead.id, name: 'Lead', email: 'l@x', role: 'supervisor' as const, teamIds: [h.care.id], vendorOnly: false, via: 'session' as const };
      const social = TARGETS.social;
      await createSlaPolicy(h.routing.ctx, lead, { name: 'Social', isDefault: true, definition: {
        targets: { firstResponseMinutes: social.first_response!.minutes, nextResponseMinutes: social.next_response!.minutes }, warningLeadMinutes: 10, onBreach: [{ type: 'notify_lead' }],
      } }, null);
      const mail = await createSlaPolicy(h.routing.ctx, lead, { name: 'E-mail', definition: {
        targets: { firstResponseMinutes: 120, resolutionMinutes: 360 }, businessHours: true, pauseWhen: ['pending'], warningLeadMinutes: 15, onBreach: [],
      } }, null);
      await insertRuleVersion(t.storage.db, { workspaceId: h.workspace.id, version: 1, createdBy: null, comment: null, createdAt: DAY_START, rules: { rules: [
        { id: 'email-sla', name: 'E-mail SLA', when: { field: 'channel', op: 'eq', value: 'email' }, then: [{ type: 'apply_sla', policyId: mail.id }] },
      ] } });
    });
    after(async () => {
      await h?.close();
      await t?.dispose();
    });

    it('ends with every clock, breach and warning where the calendar says, including those due while the process was down', async () => {
      const scripts = [...dayScripts(DAY_START, Date.parse('2026-03-02T18:00:00Z'), DOWN, 2026, 40),
        // Two that certainly fall due while the process is down: a warning and a breach, and a breach alone.
        { thread: 'down-1', channel: 'social' as const, start: DOWN[0] - 45 * MINUTE, reply: DOWN[1] + 20 * MINUTE, pendingAfterReply: false, customerAgain: null, secondReply: null, resolve: null },
        { thread: 'down-2', channel: 'social' as const, start: DOWN[0] - 55 * MINUTE, reply: null, pendingAfterReply: false, customerAgain: null, secondReply: null, resolve: null }];
      const ids = new Map<string, string>();
      let restarted = false;
      const changeStatus = async (script: Script, to: 'pending' | 'resolved') => t.storage.transaction(async (tx) => {
        const c = (await findRoutingConversation(tx, h.workspace.id, ids.get(script.thread)!))!;
        await setStatus(h.routing.ctx, tx, c, to, { byUserId: h.agents[0]!.id });
      });
      for (const action of actionsOf(scripts)) {
        if (!restarted && action.at > DOWN[0]) {
          await h.advanceTo(DOWN[0]);
          await h.restart(DOWN[1]);
          await h.settle();
          restarted = true;
        }
        await h.advanceTo(action.at);
        const channel = action.script.channel === 'email' ? email : h.channel;
        switch (action.kind) {
          case 'inbound':
          case 'again': {
            const outcome = await h.deliverInbound(action.script.thread, 'hello', { triage: { needsResponse: true }, channel });
            ids.set(action.script.thread, outcome.conversation.id);
            break;
          }
          case 'reply':
          case 'second':
            await h.deliverReply(ids.get(action.script.thread)!, h.agents[0]!.id);
            break;
          case 'pending':
          case 'resolve':
            await changeStatus(action.script, action.kind === 'pending' ? 'pending' : 'resolved');
            break;
        }
      }
      await h.advanceTo(DAY_END);

      const calendar = BusinessCalendar.from(HOURS);
      const problems: string[] = [];
      let breachCount = 0;
      let downBreaches = 0;
      for (const script of scripts) {
        const id = ids.get(script.thread)!;
        const clocks = await listClocks(t.storage.db, id);
        const breaches = await listBreaches(t.storage.db, h.workspace.id, { conversationId: id, limit: 10 });
        const warnings = (await t.storage.db.selectFrom('domain_events').select(['payload', 'created_at']).where('subject_id', '=', id).where('type', '=', 'sla.warning').execute())
          .map((r) => ({ target: JSON.parse(r.payload).target as string, at: Number(r.created_at) }));
        const expected = expectFor(script, DAY_END, TARGETS, calendar);
        const name = `${script.thread} (${script.channel})`;
        if (clocks.length !== expected.length) problems.push(`${name}: clocks ${clocks.map((c) => c.target)} vs expected ${expected.map((e) => e.target)}`);
        for (const e of expected) {
          const clock = clocks.filter((c) => c.target === e.target).at(-1);
          if (!clock) continue;
          if (clock.status !== e.status || clock.outcome !== e.outcome) problems.push(`${name} ${e.target}: ${clock.status}/${clock.outcome}, expected ${e.status}/${e.outcome}`);
          const breach = breaches.find((b) => b.target === e.target);
          if ((breach?.dueAt ?? null) !== e.breachAt) problems.push(`${name} ${e.target}: breach at ${breach?.dueAt}, expected ${e.breachAt}`);
          if (breach) {
            breachCount++;
            const detected = inDown(breach.dueAt + 1) ? DOWN[1] : breach.dueAt + 1;
            if (inDown(breach.dueAt + 1)) downBreaches++;
            if (breach.detectedAt !== detected) problems.push(`${name} ${e.target}: breach detected at ${breach.detectedAt}, expected ${detected}`);
          }
          const warned = warnings.filter((w) => w.target === e.target);
          const bothDown = e.warnAt !== null && e.breachAt !== null && inDown(e.warnAt) && inDown(e.breachAt + 1);
          const expectedWarnings = e.warnAt === null ? [] : [inDown(e.warnAt) ? DOWN[1] : e.warnAt];
          // Both due while down: the breach may be handled first, and a warning after it is pointless.
          if (!(bothDown && warned.length === 0) && warned.map((w) => w.at).join() !== expectedWarnings.join()) {
            problems.push(`${name} ${e.target}: warnings at ${warned.map((w) => w.at)}, expected ${expectedWarnings}`);
          }
          if (clock.status === 'stopped' && clock.stoppedAt !== null) {
            const ran = script.pendingAfterReply && e.target === 'resolution' ? [[script.start, script.reply!], [script.customerAgain!, clock.stoppedAt]] : [[clock.startedAt, clock.stoppedAt]];
            const wall = ran.reduce((s, [a, b]) => s + b! - a!, 0);
            const business = ran.reduce((s, [a, b]) => s + calendar.businessTimeBetween(a!, b!), 0);
            if (clock.runningWallMs !== wall || clock.runningBusinessMs !== business) problems.push(`${name} ${e.target}: ran ${clock.runningWallMs}/${clock.runningBusinessMs}, expected ${wall}/${business}`);
          }
        }
      }
      console.log(`simulated day: ${scripts.length} conversations, ${breachCount} breaches (${downBreaches} found at the restart)`);
      assert.deepEqual(problems, []);
      assert.ok(breachCount > 5 && downBreaches >= 2, 'the day exercises breaches, and some fall due while the process is down');
    });
  });
}
