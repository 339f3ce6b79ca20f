// The job engine's port. The embedded engine keeps jobs in the database (nothing else to run);
// a Redis-backed engine can implement the same interface for many worker processes.
import type { Executor } from '../storage/storage.ts';

export interface JobContext {
  readonly jobId: string;
  readonly name: string;
  /** 1 on the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** When the job was due: timers compare it with the clock to measure lateness. */
  readonly runAt: number;
}

/**
 * Handlers run at least once: after a crash a job may run again, so each handler makes its
 * effect idempotent (unique keys, state checks) rather than trusting it ran only once.
 */
export type JobHandler<P> = (payload: P, context: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** Exact time to run (epoch ms). Defaults to now. */
  runAt?: number;
  /** At most one pending job per key; enqueueing the same key again replaces it (reschedules). */
  uniqueKey?: string;
  maxAttempts?: number;
  /** Enqueue inside this transaction, so the job exists only if the change commits. */
  executor?: Executor;
}

export interface QueueStats {
  pending: number;
  running: number;
  dead: number;
}

export interface JobQueue {
  register<P>(name: string, handler: JobHandler<P>): void;
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<string>;
  /** Removes the pending job with this key; true when there was one. */
  cancel(uniqueKey: string, executor?: Executor): Promise<boolean>;
  start(): Promise<void>;
  /** Stops claiming, waits for running handlers to finish. */
  stop(): Promise<void>;
  stats(): Promise<QueueStats>;
  /** Resolves when nothing is due and nothing is running (tests and benchmarks). */
  drain(): Promise<void>;
}

/** Exponential backoff with full jitter between half and all of the step. */
export function backoffDelay(attempt: number, baseMs = 1000, maxMs = 60 * 60 * 1000, random = Math.random): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step * (0.5 + random() * 0.5));
}
