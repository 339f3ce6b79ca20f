// The embedded job engine on both dialects: exact timers, retries, dead letters, rescheduling,
// and timers that survive a restart.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../core/clock.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { EmbeddedJobQueue } from './embedded-queue.ts';
import { backoffDelay } from './job-queue.ts';
import { listDeadJobs } from '../storage/repositories/jobs.repository.ts';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('backoffDelay', () => {
  it('doubles per attempt with jitter between half and all of the step, up to the cap', () => {
    assert.equal(backoffDelay(1, 1000, 60_000, () => 1), 1000);
    assert.equal(backoffDelay(3, 1000, 60_000, () => 1), 4000);
    assert.equal(backoffDelay(3, 1000, 60_000, () => 0), 2000);
    assert.equal(backoffDelay(20, 1000, 60_000, () => 1), 60_000);
  });
});

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`embedded job queue on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    it('runs a timer at its time, not at the next sweep', async () => {
      const queue = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 4, pollMs: 5000 });
      const fired: number[] = [];
      queue.register<{ due: number }>('timer.exact', async (payload) => { fired.push(Date.now() - payload.due); });
      await queue.start();
      const due = Date.now() + 300;
      await queue.enqueue('timer.exact', { due }, { runAt: due });
      await settle(700);
      await queue.stop();
      assert.equal(fired.length, 1);
      assert.ok(fired[0]! >= 0, 'never early');
      assert.ok(fired[0]! < 250, `fired ${fired[0]} ms late, with a 5 s poll: the loop slept until the timer`);
    });

    it('retries a failing job with backoff and buries it after the last attempt', async () => {
      const queue = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 2, backoffBaseMs: 20 });
      const attempts: number[] = [];
      queue.register('always.fails', async (_payload, context) => { attempts.push(context.attempt); throw new Error('platform down'); });
      await queue.start();
      const id = await queue.enqueue('always.fails', {}, { maxAttempts: 3 });
      for (let i = 0; i < 50 && attempts.length < 3; i++) await settle(20);
      await settle(50);
      await queue.stop();
      assert.deepEqual(attempts, [1, 2, 3]);
      const dead = await listDeadJobs(t.storage.db, 10);
      assert.equal(dead.find((job) => job.id === id)?.last_error, 'Error: platform down');
    });

    it('reschedules a timer by its unique key and cancels it', async () => {
      const queue = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 2 });
      const seen: string[] = [];
      queue.register<{ v: string }>('sla.deadline', async (payload) => { seen.push(payload.v); });
      await queue.start();
      await queue.enqueue('sla.deadline', { v: 'first' }, { runAt: Date.now() + 150, uniqueKey: 'sla:c1' });
      await queue.enqueue('sla.deadline', { v: 'second' }, { runAt: Date.now() + 100, uniqueKey: 'sla:c1' });
      await queue.enqueue('sla.deadline', { v: 'cancelled' }, { runAt: Date.now() + 100, uniqueKey: 'sla:c2' });
      assert.equal(await queue.cancel('sla:c2'), true);
      await settle(400);
      await queue.stop();
      assert.deepEqual(seen, ['second']);
    });

    it('enqueues inside a transaction only when it commits, and wakes on the commit', async () => {
      const queue = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 2, pollMs: 5000 });
      const seen: string[] = [];
      queue.register<{ v: string }>('tx.job', async (payload) => { seen.push(payload.v); });
      await queue.start();
      await assert.rejects(t.storage.transaction(async (tx) => {
        await queue.enqueue('tx.job', { v: 'rolled back' }, { executor: tx });
        throw new Error('abort');
      }));
      await t.storage.transaction((tx) => queue.enqueue('tx.job', { v: 'committed' }, { executor: tx }));
      await settle(200);
      await queue.stop();
      assert.deepEqual(seen, ['committed']);
    });

    it('fires timers that came due while the process was down, after a restart', async () => {
      const first = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 2 });
      first.register('restart.timer', async () => {});
      await first.start();
      await first.enqueue('restart.timer', {}, { runAt: Date.now() + 100 });
      await first.stop();
      await settle(200);
      const second = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 2 });
      const lateness: number[] = [];
      second.register('restart.timer', async (_p, context) => { lateness.push(Date.now() - context.runAt); });
      await second.start();
      await second.drain();
      await second.stop();
      assert.equal(lateness.length, 1);
    });

    it('drains a burst with bounded concurrency', async () => {
      const queue = new EmbeddedJobQueue(t.storage, systemClock, { concurrency: 3 });
      let active = 0;
      let peak = 0;
      let done = 0;
      queue.register('burst', async () => {
        active++;
        peak = Math.max(peak, active);
        await settle(2);
        active--;
        done++;
      });
      await queue.start();
      for (let i = 0; i < 60; i++) await queue.enqueue('burst', { i });
      await queue.drain();
      await queue.stop();
      assert.equal(done, 60);
      assert.ok(peak <= 3, `peak concurrency ${peak}`);
      const stats = await queue.stats();
      assert.deepEqual([stats.pending, stats.running], [0, 0]);
    });
  });
}
