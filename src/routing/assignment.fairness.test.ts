// Fairness and drain order with storage: equally skilled agents end up with loads no more than
// one apart (balanced) or with equal shares (round robin), and a full team's queue drains in
// priority-then-age order with ageing as capacity frees.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MINUTE } from '../core/clock.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { routingHarness, type RoutingHarness } from '../../test/support/routing.ts';
import { upsertTeamSettings } from '../storage/repositories/routing-config.repository.ts';
import { findRoutingConversation, loadsOf } from '../storage/repositories/routing.repository.ts';
import { setStatus } from './conversation-changes.ts';
import type { TeamRoutingSettingsInput } from '../core/routing/routing-settings.ts';

async function resolve(h: RoutingHarness, t: TestDatabase, conversationId: string): Promise<void> {
  await t.storage.transaction(async (tx) => {
    const c = (await findRoutingConversation(tx, h.workspace.id, conversationId))!;
    await setStatus(h.routing.ctx, tx, c, 'resolved', { byUserId: c.assigneeId });
  });
  await h.settle();
}

async function assigneeOf(h: RoutingHarness, t: TestDatabase, id: string): Promise<string | null> {
  return (await findRoutingConversation(t.storage.db, h.workspace.id, id))!.assigneeId;
}

async function configure(h: RoutingHarness, t: TestDatabase, settings: TeamRoutingSettingsInput): Promise<void> {
  await upsertTeamSettings(t.storage.db, h.workspace.id, h.care.id, settings, h.clock.now());
}

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`assignment fairness and drain order on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    // One harness at a time: a second job engine on the same database would take the first's jobs.
    let current: RoutingHarness | undefined;
    const track = (h: RoutingHarness) => { current = h; return h; };
    before(async () => { t = await openTestDatabase(dialect); });
    afterEach(async () => { await current?.close(); current = undefined; });
    after(async () => { await t?.dispose(); });

    it('balanced: a burst spreads evenly, and every later assignment goes to a least-loaded agent', async () => {
      const h = track(await routingHarness(t, { agents: 8 }));
      await configure(h, t, { strategy: 'balanced', capacity: { total: 6 } });
      await h.setOnline(h.agents.map((a) => a.id));
      const ids = h.agents.map((a) => a.id);
      const loadsNow = async () => new Map([...(await loadsOf(t.storage.db, h.workspace.id, ids))].map(([id, l]) => [id, l.total]));
      const open: string[] = [];
      for (let i = 0; i < 36; i++) open.push((await h.deliverInbound(`burst-${i}`, 'help', { triage: { needsResponse: true } })).conversation.id);
      await h.settle();
      const burst = [...(await loadsNow()).values()];
      console.log(`balanced burst: 36 conversations over 8 agents, loads ${burst.join(',')}, max/min ${(Math.max(...burst) / Math.min(...burst)).toFixed(2)}`);
      assert.ok(Math.max(...burst) - Math.min(...burst) <= 1, `loads ${burst.join(',')}`);
      // Then a seeded stretch of the day: resolutions at random, arrivals in between.
      for (const [i, arrive] of fc.sample(fc.boolean(), { seed: 42, numRuns: 80 }).entries()) {
        if (!arrive && open.length > 0) {
          await resolve(h, t, open.splice((i * 7) % open.length, 1)[0]!);
          continue;
        }
        const before = await loadsNow();
        const id = (await h.deliverInbound(`day-${i}`, 'help', { triage: { needsResponse: true } })).conversation.id;
        await h.settle();
        open.push(id);
        const assignee = await assigneeOf(h, t, id);
        if (assignee === null) continue;
        const least = Math.min(...[...before.values()].filter((n) => n < 6));
        assert.equal(before.get(assignee), least, `step ${i}: ${assignee} had ${before.get(assignee)}, the least was ${least}`);
      }
    });

    it('round robin: equal shares of a stream of conversations', async () => {
      const h = track(await routingHarness(t, { agents: 5 }));
      await configure(h, t, { strategy: 'round_robin', capacity: { total: 20 } });
      await h.setOnline(h.agents.map((a) => a.id));
      const counts = new Map(h.agents.map((a) => [a.id, 0]));
      for (let i = 0; i < 50; i++) {
        const id = (await h.deliverInbound(`rr-${i}`, 'help', { triage: { needsResponse: true } })).conversation.id;
        await h.settle();
        const assignee = (await assigneeOf(h, t, id))!;
        counts.set(assignee, counts.get(assignee)! + 1);
        // Some conversations stay open (loads differ); round robin still takes turns.
        if (i % 4 !== 0) await resolve(h, t, id);
      }
      const shares = [...counts.values()];
      console.log(`round robin: shares ${shares.join(',')}, max/min ${(Math.max(...shares) / Math.min(...shares)).toFixed(2)}`);
      assert.deepEqual(shares, [10, 10, 10, 10, 10]);
    });

    it('drains a full team\'s queue in priority-then-age order, with ageing lifting long waits', async () => {
      const h = track(await routingHarness(t, { agents: 1 }));
      await configure(h, t, { strategy: 'balanced', capacity: { total: 1 }, agingMinutesPerPriority: 15 });
      await h.setOnline([h.agents[0]!.id]);
      const busy = (await h.deliverInbound('busy', 'first', { triage: { needsResponse: true } })).conversation.id;
      await h.settle();
      assert.equal(await assigneeOf(h, t, busy), h.agents[0]!.id);
      // Arrivals while the only agent is full: [name, priority, minutes after the start].
      const arrivals: Array<[string, number, number]> = [
        ['low-very-old', 0, 0], ['medium', 2, 50], ['urgent', 4, 60], ['high', 3, 61], ['low', 0, 62], ['medium-later', 2, 63], ['urgent-later', 4, 64],
      ];
      const start = h.clock.now();
      const names = new Map<string, string>();
      for (const [name, priority, minutes] of arrivals) {
        h.clock.set(start + minutes * MINUTE);
        const c = await h.deliverInbound(`q-${name}`, name, { triage: { needsResponse: true, priority } });
        names.set(c.conversation.id, name);
      }
      await h.settle();
      const order: string[] = [];
      let holding = busy;
      for (let i = 0; i < arrivals.length; i++) {
        await resolve(h, t, holding);
        const next = [...names.keys()].find((id) => !order.includes(names.get(id)!) && id !== holding);
        const assigned = await Promise.all([...names.keys()].map(async (id) => [id, await assigneeOf(h, t, id)] as const));
        holding = assigned.find(([id, a]) => a !== null && !order.includes(names.get(id)!))?.[0] ?? next!;
        order.push(names.get(holding)!);
      }
      // Rank = arrival − priority × 15 min: urgent@60 → 0, low-very-old@0 → 0 (older wins the tie),
      // urgent-later@64 → 4, high@61 → 16, medium@50 → 20, medium-later@63 → 33, low@62 → 62.
      assert.deepEqual(order, ['low-very-old', 'urgent', 'urgent-later', 'high', 'medium', 'medium-later', 'low']);
    });
  });
}
