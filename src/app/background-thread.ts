// `earshot serve` with role `all` on one process and two cores: the main thread runs the HTTP
// edge (API, webhooks, the agent app, live updates) as role `web`; a worker thread runs the
// background work (inbound processing, jobs, timers, the outbox, analytics) as role `worker`.
// They share the database through a ThreadLink (a fair write lock for the embedded database, and
// news of each other's commits), exactly as separate web and worker processes share PostgreSQL.
// The worker thread is part of the process: if it fails, the process exits so that a supervisor
// restarts the whole; nothing acknowledged is lost (events are stored before the 2xx).
import { Worker } from 'node:worker_threads';
import type { ConfigOverrides } from '../config/config.ts';
import type { Logger } from './logger.ts';
import type { ThreadLink } from '../storage/thread-link.ts';

// Sources run as .ts, the built package as .js: the entry is this module's sibling.
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const ENTRY = new URL(`./background-thread.worker${extension}`, import.meta.url);

export interface BackgroundThreadData {
  link: ThreadLink;
  overrides: ConfigOverrides;
}

export interface BackgroundThread {
  stop(): Promise<void>;
}

export async function startBackgroundThread(data: BackgroundThreadData, logger: Logger): Promise<BackgroundThread> {
  const worker = new Worker(ENTRY, { workerData: data });
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (message: unknown) => (message === 'ready' ? resolve() : reject(new Error(`unexpected message from the background thread: ${String(message)}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the background thread exited while starting (code ${code})`)));
  });
  worker.on('error', (err) => logger.fatal({ err }, 'the background thread failed'));
  worker.on('exit', (code) => {
    if (stopping) return;
    logger.fatal({ code }, 'the background thread stopped; exiting');
    process.exit(1);
  });
  return {
    async stop() {
      stopping = true;
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
