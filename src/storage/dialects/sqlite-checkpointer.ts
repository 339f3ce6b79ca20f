// WAL checkpoints off the main thread. SQLite's automatic checkpoint runs inside whichever
// commit crosses the threshold, copying pages and syncing files on the event loop's thread:
// measured here, it made the average commit of the ingest pipeline about four times slower.
// A worker thread with its own connection runs passive checkpoints (they never block writers)
// every few hundred milliseconds instead; the main connection keeps a high automatic threshold
// as a safety net should the worker ever stop.
import { Worker } from 'node:worker_threads';

// Plain JavaScript, run as an eval worker (works the same from sources and from the built package).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const dbs = workerData.files.map((file) => new DatabaseSync(file, { timeout: 200 }));
const checkpoint = () => { for (const db of dbs) { try { db.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {} } };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); checkpoint(); for (const db of dbs) { try { db.close(); } catch {} } parentPort.close(); });
`;

/** Pages the main connection may let the WAL grow to before it checkpoints by itself. */
export const SAFETY_AUTOCHECKPOINT_PAGES = 50_000;

export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(files: readonly string[], intervalMs = 250) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { files, intervalMs } });
    this.worker.unref();
    // A checkpoint worker that cannot start costs only speed: the safety threshold still applies.
    this.worker.on('error', () => {});
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    const timeout = setTimeout(() => void this.worker.terminate(), 2000);
    await exited;
    clearTimeout(timeout);
  }
}
