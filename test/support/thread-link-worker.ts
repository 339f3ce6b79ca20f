// A second thread for test/storage/thread-link.test.ts: takes the shared lock `rounds` times and,
// holding it, does a read-modify-write of a shared cell across awaits (a lost update would show
// if the other thread ever held the lock at the same time); or writes through linked Storage.
import { parentPort, workerData } from 'node:worker_threads';
import { SharedWriteLock, type ThreadLink } from '../../src/storage/thread-link.ts';
import { Storage } from '../../src/storage/storage.ts';

const data = workerData as { link: ThreadLink; counter: SharedArrayBuffer; rounds: number; file?: string };

if (data.file) {
  const storage = await Storage.open({ kind: 'sqlite', file: data.file, synchronous: 'NORMAL' }, { link: data.link, checkpoints: false });
  await storage.transaction(async (tx) => {
    await tx.insertInto('workspaces').values({ id: 'from-thread', name: 'Thread', slug: 'from-thread', settings: '{}', created_at: 1 }).execute();
  });
  await storage.close();
} else {
  const lock = new SharedWriteLock(data.link.buffer, 0);
  const counter = new Int32Array(data.counter);
  // Both threads start their rounds together: the test waits for this before starting its own.
  parentPort!.postMessage('ready');
  for (let i = 0; i < data.rounds; i++) {
    await lock.acquire();
    const seen = counter[0]!;
    await new Promise((resolve) => setTimeout(resolve, 0));
    counter[0] = seen + 1;
    lock.release();
  }
}
parentPort!.postMessage('done');
