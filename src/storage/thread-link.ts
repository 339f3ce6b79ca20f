// What two threads of one Earshot process share about their database: `earshot serve` runs the
// HTTP edge on the main thread and the background work (inbound processing, jobs, rollups) on a
// worker thread, each with its own connection, so both cores work.
//
// - Fair write locks (ticket locks on shared memory), one per database file: the database and
//   the inbound log beside it (see dialects/sqlite.ts). SQLite has one writer per file; its own
//   busy handler sleeps inside the driver and so blocks a thread's event loop (webhook answers
//   would wait behind it). Here a thread waits with Atomics.waitAsync instead, without blocking,
//   and the two threads take turns in the order they asked.
// - Commit news: after a commit in one thread, the other hears of it (its event dispatcher, job
//   loop and inbound drainer wake as they do for their own commits).
import { randomUUID } from 'node:crypto';
import { BroadcastChannel } from 'node:worker_threads';

/** What a worker thread is given (shared memory and a channel name travel in workerData). */
export interface ThreadLink {
  readonly buffer: SharedArrayBuffer;
  readonly channel: string;
}

// Cells: each lock has two (next ticket, ticket being served).
const DATABASE_LOCK = 0;
const INBOUND_LOG_LOCK = 2;
const CELLS = 4;
const NEXT_TICKET = 0;
const SERVING = 1;

export function createThreadLink(): ThreadLink {
  return { buffer: new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT), channel: `earshot-commits-${randomUUID()}` };
}

/** Serializes writers across threads. Only used by holders of the same ThreadLink. */
export class SharedWriteLock {
  private readonly cells: Int32Array;

  constructor(buffer: SharedArrayBuffer, firstCell: number) {
    this.cells = new Int32Array(buffer, firstCell * Int32Array.BYTES_PER_ELEMENT, 2);
  }

  async acquire(): Promise<void> {
    const ticket = Atomics.add(this.cells, NEXT_TICKET, 1);
    if (Atomics.load(this.cells, SERVING) === ticket) return;
    // A pending waitAsync does not keep a thread's event loop alive: a timer does, meanwhile.
    const alive = setInterval(() => {}, 60_000);
    try {
      for (;;) {
        const serving = Atomics.load(this.cells, SERVING);
        if (serving === ticket) return;
        const wait = Atomics.waitAsync(this.cells, SERVING, serving);
        if (wait.async) await wait.value;
      }
    } finally {
      clearInterval(alive);
    }
  }

  release(): void {
    Atomics.add(this.cells, SERVING, 1);
    Atomics.notify(this.cells, SERVING);
  }

  /** Writers waiting for their turn (not counting the holder). */
  get waiting(): number {
    return Math.max(0, Atomics.load(this.cells, NEXT_TICKET) - Atomics.load(this.cells, SERVING) - 1);
  }
}

/** This thread's end of the link. */
export class ThreadPeer {
  /** Writers of the database. */
  readonly lock: SharedWriteLock;
  /** Writers of the inbound log (the webhook edge, and processing marking what it did). */
  readonly inboundLock: SharedWriteLock;
  private readonly channel: BroadcastChannel;

  constructor(link: ThreadLink, onRemoteCommit: () => void) {
    this.lock = new SharedWriteLock(link.buffer, DATABASE_LOCK);
    this.inboundLock = new SharedWriteLock(link.buffer, INBOUND_LOG_LOCK);
    this.channel = new BroadcastChannel(link.channel);
    this.channel.onmessage = () => onRemoteCommit();
    // The link never keeps a thread alive by itself.
    this.channel.unref();
  }

  /** Tells the other thread that this one committed. */
  announceCommit(): void {
    this.channel.postMessage(0);
  }

  close(): void {
    this.channel.close();
  }
}
