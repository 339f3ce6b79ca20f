// The embedded job engine: durable jobs in the database, claimed under a lease, retried with
// exponential backoff, buried with their last error after the last attempt. Timers are exact:
// the loop sleeps until the earliest due job (not a fixed sweep), and a local enqueue of an
// earlier job wakes it, so a job due at T runs within milliseconds of T (SLA deadlines rely on
// this). Other processes' jobs (PostgreSQL) are noticed by a short poll.
import { hostname } from 'node:os';
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { deferUntilCommit, type Executor, type Storage } from '../storage/storage.ts';
import { dialectFeatures } from '../storage/dialects/features.ts';
import * as jobs from '../storage/repositories/jobs.repository.ts';
import { backoffDelay, type EnqueueOptions, type JobHandler, type JobQueue, type QueueStats } from './job-queue.ts';
import type { JobRow } from '../storage/repositories/jobs.repository.ts';

export interface EmbeddedQueueOptions {
  concurrency: number;
  /** How long a claimed job is ours before another worker may take it over. */
  leaseMs?: number;
  /** Longest sleep between looks at the table (other processes may have added jobs). */
  pollMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  /**
   * Due jobs claimed per query. Claiming ahead of the free slots keeps a burst of timers (many
   * SLA deadlines in the same second) from costing one round trip per handful of jobs.
   */
  claimBatch?: number;
  onError?: (error: unknown, job: { name: string; id: string; attempt: number }) => void;
}

export class EmbeddedJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  /** Claimed and running, by run (a rescheduled job may be claimed again while an older copy runs). */
  private readonly running = new Map<number, { id: string; task: Promise<void> }>();
  /** Jobs enqueued in open transactions, written at their commit (see gathered). */
  private readonly pending = new WeakMap<Executor, Map<string, jobs.NewJob>>();
  /** Claimed, due, waiting for a free slot, in run_at order. */
  private ready: JobRow[] = [];
  private runs = 0;
  private readonly finished: string[] = [];
  private readonly workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  private readonly features;
  private readonly options: Required<Omit<EmbeddedQueueOptions, 'onError'>> & Pick<EmbeddedQueueOptions, 'onError'>;
  private timer: NodeJS.Timeout | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private started = false;
  private looping = false;
  private again = false;
  private leaseTimer: NodeJS.Timeout | undefined;
  private idleWaiters: Array<() => void> = [];
  private readonly storage: Storage;
  private readonly clock: Clock;

  constructor(storage: Storage, clock: Clock, options: EmbeddedQueueOptions) {
    this.storage = storage;
    this.clock = clock;
    this.features = dialectFeatures(storage.dialect);
    this.options = {
      leaseMs: 5 * 60 * 1000, pollMs: this.features.multiProcess ? 250 : 1000, maxAttempts: 8, backoffBaseMs: 1000, claimBatch: 256, ...options,
    };
  }

  register<P>(name: string, handler: JobHandler<P>): void {
    if (this.handlers.has(name)) throw new Error(`job handler "${name}" is already registered`);
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async enqueue<P>(name: string, payload: P, options: EnqueueOptions = {}): Promise<string> {
    const id = newId();
    const runAt = options.runAt ?? this.clock.now();
    const job = {
      id, name, payload: JSON.stringify(payload ?? null), runAt,
      maxAttempts: options.maxAttempts ?? this.options.maxAttempts, uniqueKey: options.uniqueKey ?? null,
      createdAt: this.clock.now(),
    };
    const gathered = options.executor ? this.gathered(options.executor) : null;
    if (gathered) {
      // The last enqueue of a key in the transaction wins, as it would row by row.
      gathered.set(job.uniqueKey ?? job.id, job);
      return id;
    }
    await jobs.insertJob(options.executor ?? this.storage.db, job);
    // Inside a transaction the row is not visible until commit; the commit listener wakes us then.
    if (!options.executor) this.wake(runAt);
    return id;
  }

  async cancel(uniqueKey: string, executor = this.storage.db): Promise<boolean> {
    const dropped = this.pending.get(executor)?.delete(uniqueKey) ?? false;
    return (await jobs.deleteJobByKey(executor, uniqueKey)) || dropped;
  }

  /**
   * Jobs enqueued in a Storage transaction are written together just before it commits (a routed
   * message sets several SLA timers; a batch of messages, hundreds): one statement instead of one
   * each. Null outside such a transaction (the caller writes at once).
   */
  private gathered(executor: Executor): Map<string, jobs.NewJob> | null {
    const existing = this.pending.get(executor);
    if (existing) return existing;
    const list = new Map<string, jobs.NewJob>();
    const deferred = deferUntilCommit(executor, async () => {
      this.pending.delete(executor);
      await jobs.insertJobs(executor, [...list.values()]);
    });
    if (!deferred) return null;
    this.pending.set(executor, list);
    return list;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // With SQLite this process is the only worker, so anything left running was ours and died.
    await jobs.releaseExpiredLeases(this.storage.db, this.features.multiProcess ? this.clock.now() : Number.MAX_SAFE_INTEGER);
    this.storage.onCommit(() => this.wake(this.clock.now()));
    this.leaseTimer = setInterval(() => void this.maintainLeases(), Math.max(1000, this.options.leaseMs / 3));
    this.leaseTimer.unref();
    this.wake(this.clock.now());
  }

  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    clearInterval(this.leaseTimer);
    // Claimed but not started: back to the queue at once, for this or another worker.
    const unstarted = this.ready.splice(0, this.ready.length);
    await Promise.allSettled([...this.running.values()].map((r) => r.task));
    await jobs.releaseClaimedJobs(this.storage.db, unstarted.map((job) => job.id), this.workerId);
    await this.flushFinished();
  }

  async stats(): Promise<QueueStats> {
    return jobs.countJobsByStatus(this.storage.db);
  }

  async drain(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => { this.idleWaiters.push(resolve); this.wake(this.clock.now()); });
      const next = await jobs.nextDueTime(this.storage.db, [...this.handlers.keys()]);
      if (this.running.size === 0 && this.ready.length === 0 && (next === null || next > this.clock.now())) return;
    }
  }

  /** Makes sure the loop runs no later than `at`. */
  private wake(at: number): void {
    if (!this.started) return;
    if (this.looping) {
      if (at <= this.clock.now()) this.again = true;
      else if (at < this.wakeAt) this.schedule(at);
      return;
    }
    // A wake-up already set for later covers this one, unless that time has passed (the clock
    // jumped, as a test's fake clock does, or the timer is late): then run now.
    if (at >= this.wakeAt && this.wakeAt > this.clock.now()) return;
    this.schedule(at);
  }

  private schedule(at: number): void {
    clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => void this.loop(), Math.max(0, at - this.clock.now()));
  }

  private async loop(): Promise<void> {
    if (!this.started || this.looping) return;
    this.looping = true;
    this.wakeAt = Number.POSITIVE_INFINITY;
    try {
      do {
        this.again = false;
        await this.flushFinished();
        if (this.ready.length < this.options.concurrency) {
          const claimed = await this.claim(this.options.claimBatch);
          this.ready.push(...claimed);
          if (claimed.length === this.options.claimBatch) this.again = true;
        }
        this.startReady();
      } while (this.again && this.started && this.ready.length < this.options.concurrency);
      await this.scheduleNext();
    } catch (error) {
      this.options.onError?.(error, { name: 'job-loop', id: '', attempt: 0 });
      if (this.started) this.schedule(this.clock.now() + this.options.pollMs);
    } finally {
      this.looping = false;
    }
    if (this.running.size === 0 && this.ready.length === 0) this.notifyIdle();
  }

  private startReady(): void {
    while (this.started && this.running.size < this.options.concurrency && this.ready.length > 0) this.run(this.ready.shift()!);
  }

  private async claim(limit: number): Promise<JobRow[]> {
    const rows = await jobs.claimDueJobs(this.storage.db, this.features, {
      now: this.clock.now(), limit, workerId: this.workerId, leaseMs: this.options.leaseMs, names: [...this.handlers.keys()],
    });
    return rows.sort((a, b) => Number(a.run_at) - Number(b.run_at));
  }

  private async scheduleNext(): Promise<void> {
    if (!this.started) return;
    const next = await jobs.nextDueTime(this.storage.db, [...this.handlers.keys()]);
    const poll = this.clock.now() + this.options.pollMs;
    // When all slots are busy, a finishing job wakes the loop; otherwise sleep until the next due job.
    this.schedule(next === null ? poll : Math.min(next, poll));
  }

  private run(job: JobRow): void {
    const handler = this.handlers.get(job.name);
    const key = ++this.runs;
    const task = (async () => {
      try {
        if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
        await handler(JSON.parse(job.payload), {
          jobId: job.id, name: job.name, attempt: job.attempts, maxAttempts: job.max_attempts, runAt: Number(job.run_at),
        });
        this.finished.push(job.id);
      } catch (error) {
        await this.fail(job, error);
      } finally {
        this.running.delete(key);
        this.startReady();
        // The next claim (and the completed jobs' deletion) when the claimed ones run low.
        if (this.ready.length < this.options.concurrency) this.wake(this.clock.now());
      }
    })();
    this.running.set(key, { id: job.id, task });
  }

  private async fail(job: JobRow, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.options.onError?.(error, { name: job.name, id: job.id, attempt: job.attempts });
    try {
      if (job.attempts >= job.max_attempts) {
        await jobs.buryJob(this.storage.db, job.id, this.workerId, message);
      } else {
        const runAt = this.clock.now() + backoffDelay(job.attempts, this.options.backoffBaseMs);
        await jobs.retryJob(this.storage.db, job.id, this.workerId, runAt, message);
      }
    } catch (storeError) {
      // The lease will expire and the job will run again; nothing is lost.
      this.options.onError?.(storeError, { name: job.name, id: job.id, attempt: job.attempts });
    }
  }

  /** Completed jobs are deleted in batches: one statement per loop turn, not one per job. */
  private async flushFinished(): Promise<void> {
    if (this.finished.length === 0) return;
    const ids = this.finished.splice(0, this.finished.length);
    await jobs.completeJobs(this.storage.db, ids, this.workerId);
  }

  private async maintainLeases(): Promise<void> {
    try {
      const now = this.clock.now();
      const held = [...[...this.running.values()].map((r) => r.id), ...this.ready.map((job) => job.id)];
      await jobs.extendLeases(this.storage.db, held, this.workerId, now + this.options.leaseMs);
      if (this.features.multiProcess) await jobs.releaseExpiredLeases(this.storage.db, now);
    } catch (error) {
      this.options.onError?.(error, { name: 'job-leases', id: '', attempt: 0 });
    }
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters.splice(0, this.idleWaiters.length);
    for (const resolve of waiters) resolve();
  }
}
