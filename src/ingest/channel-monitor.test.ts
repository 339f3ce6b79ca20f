// The channel monitor on SQLite and PostgreSQL: a busy channel that goes quiet raises
// `channel.unhealthy` once, and `channel.recovered` when events flow again; a polled account
// gets its poll job armed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../app/logger.ts';
import { ManualClock } from '../core/clock.ts';
import { createChannelRegistry } from '../channels/registry.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import { addActivity, hourStart, touchLastEvents } from '../storage/repositories/channel-health.repository.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeWorkspace } from '../../test/support/factories.ts';
import { monitorChannels } from './channel-monitor.ts';

const HOUR = 3_600_000;

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`channel monitor on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    const clock = new ManualClock('2026-01-20T12:40:00Z');
    const registry = createChannelRegistry({ x: 'http://x.invalid', meta: 'http://meta.invalid' });
    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    const run = (jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 1 })) =>
      monitorChannels({ storage: t.storage, clock, jobs, registry, logger: createLogger('silent') });
    const notices = async () => (await t.storage.db.selectFrom('domain_events').select(['type', 'payload']).where('type', 'like', 'channel.%').orderBy('seq').execute())
      .map((e) => `${e.type}:${(JSON.parse(e.payload) as { reason?: string }).reason ?? ''}`);

    it('flags a busy channel gone quiet once, and announces its recovery', async () => {
      const workspace = await makeWorkspace(t.storage.db);
      const account = await makeChannelAccount(t.storage.db, workspace, { createdAt: clock.now() - 30 * 24 * HOUR });
      const noon = hourStart(clock.now());
      // Two weeks of about 40 events at this hour.
      await addActivity(t.storage.db, Array.from({ length: 14 }, (_, d) => ({ channelAccountId: account.id, at: noon - (d + 1) * 24 * HOUR, events: 40, deliveries: 40 })));
      await touchLastEvents(t.storage.db, [{ id: account.id, workspaceId: workspace.id, at: clock.now() - 2 * HOUR }], clock.now());
      await run();
      await run();
      assert.deepEqual(await notices(), ['channel.unhealthy:quiet'], 'raised once, not every minute');
      const health = await t.storage.db.selectFrom('channel_health').selectAll().where('channel_account_id', '=', account.id).executeTakeFirstOrThrow();
      assert.equal(health.status, 'unhealthy');
      await touchLastEvents(t.storage.db, [{ id: account.id, workspaceId: workspace.id, at: clock.now() }], clock.now());
      clock.advance(60_000);
      await run();
      assert.deepEqual(await notices(), ['channel.unhealthy:quiet', 'channel.recovered:']);
    });

    it('arms the poll job of a polled account', async () => {
      const workspace = await makeWorkspace(t.storage.db);
      const account = await makeChannelAccount(t.storage.db, workspace, { network: 'x', externalId: '99', settings: { inbound: 'poll' } });
      await run();
      const job = await t.storage.db.selectFrom('jobs').select(['name', 'unique_key']).where('unique_key', '=', `poll:${account.id}`).executeTakeFirst();
      assert.equal(job?.name, 'channels.poll');
    });
  });
}
