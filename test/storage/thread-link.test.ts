// The link between the two threads of `earshot serve` (src/storage/thread-link.ts), with real
// worker threads: the shared write lock excludes the other thread across awaits, in the order
// asked, and a commit in one thread wakes the other's listeners with the row already visible.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SharedWriteLock, createThreadLink, type ThreadLink } from '../../src/storage/thread-link.ts';
import { Storage } from '../../src/storage/storage.ts';

const WORKER = new URL('../support/thread-link-worker.ts', import.meta.url);

/** Starts the other thread; `ready` resolves when it begins its rounds, `done` when it finished. */
function runWorker(data: { link: ThreadLink; counter: SharedArrayBuffer; rounds: number; file?: string }): { ready: Promise<void>; done: Promise<void> } {
  const worker = new Worker(WORKER, { workerData: data });
  let ready: () => void = () => {};
  const started = new Promise<void>((resolve) => { ready = resolve; });
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: string) => (message === 'ready' ? ready() : resolve()));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
  return { ready: started, done };
}

describe('thread link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-thread-link-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one thread at a time hold the write lock, across awaits', async () => {
    const link = createThreadLink();
    const counter = new SharedArrayBuffer(4);
    const cells = new Int32Array(counter);
    const lock = new SharedWriteLock(link.buffer, 0);
    const rounds = 100;
    const other = runWorker({ link, counter, rounds });
    await other.ready;
    for (let i = 0; i < rounds; i++) {
      await lock.acquire();
      const seen = cells[0]!;
      await new Promise((resolve) => setTimeout(resolve, 0));
      cells[0] = seen + 1;
      lock.release();
    }
    await other.done;
    assert.equal(cells[0], 2 * rounds, 'no increment was lost: the two threads never held the lock together');
    assert.equal(lock.waiting, 0);
  });

  it('serves waiters in the order they asked', async () => {
    const lock = new SharedWriteLock(createThreadLink().buffer, 0);
    await lock.acquire();
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) => lock.acquire().then(() => { order.push(n); lock.release(); }));
    assert.equal(lock.waiting, 3);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(order, [], 'nobody gets the lock while it is held');
    lock.release();
    await Promise.all(waiters);
    assert.deepEqual(order, [1, 2, 3]);
  });

  it('takes the database lock for work a commit of the inbound log sets off', async () => {
    const storage = await Storage.open({ kind: 'sqlite', file: join(dir, 'scopes.db'), synchronous: 'NORMAL' }, { link: createThreadLink() });
    try {
      await storage.migrate();
      // The other thread holds the database; the inbound log is free.
      await storage.writeLock!.acquire();
      let listened = false;
      let wrote = false;
      storage.onCommit(() => {
        if (listened) return;
        listened = true;
        void storage.transaction((tx) => tx.insertInto('workspaces').values({ id: 'w', name: 'W', slug: 'w', settings: '{}', created_at: 1 }).execute())
          .then(() => { wrote = true; });
      });
      await storage.inboundTransaction((tx) => tx.insertInto('inbound_events').values({
        id: 'e1', channel_account_id: 'a', network: 'x', platform_event_id: 'p1', received_at: 1, body: '{}', status: 'received', attempts: 0,
      }).execute());
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(listened, true);
      assert.equal(wrote, false, 'the listener\'s transaction waits for the database lock');
      storage.writeLock!.release();
      for (let i = 0; i < 100 && !wrote; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(wrote, true);
    } finally {
      await storage.close();
    }
  });

  it('wakes the other thread after a commit, with the row visible to it', async () => {
    const link = createThreadLink();
    const file = join(dir, 'linked.db');
    const storage = await Storage.open({ kind: 'sqlite', file, synchronous: 'NORMAL' }, { link });
    try {
      await storage.migrate();
      const heard = new Promise<void>((resolve) => storage.onRemoteCommit(() => resolve()));
      await runWorker({ link, counter: new SharedArrayBuffer(4), rounds: 0, file }).done;
      await heard;
      const row = await storage.db.selectFrom('workspaces').select('name').where('id', '=', 'from-thread').executeTakeFirst();
      assert.equal(row?.name, 'Thread');
    } finally {
      await storage.close();
    }
  });
});
