// Durable jobs: the rows behind the embedded job engine.
import { sql } from 'kysely';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import type { DialectFeatures } from '../dialects/features.ts';

export type JobRow = Row<'jobs'>;

export interface NewJob {
  id: string;
  name: string;
  payload: string;
  runAt: number;
  maxAttempts: number;
  uniqueKey: string | null;
  createdAt: number;
}

/**
 * Inserts a job. With a unique key, an existing job with the same key is replaced (new payload and
 * time) and returned to pending, so rescheduling a timer is one statement.
 */
export async function insertJob(db: Executor, job: NewJob): Promise<void> {
  const row = {
    id: job.id, name: job.name, payload: job.payload, run_at: job.runAt, status: 'pending' as const,
    attempts: 0, max_attempts: job.maxAttempts, unique_key: job.uniqueKey, created_at: job.createdAt,
  };
  if (job.uniqueKey === null) {
    await db.insertInto('jobs').values(row).execute();
    return;
  }
  await db.insertInto('jobs').values(row)
    .onConflict((oc) => oc.column('unique_key').where('unique_key', 'is not', null).doUpdateSet({
      name: job.name, payload: job.payload, run_at: job.runAt, status: 'pending', attempts: 0,
      max_attempts: job.maxAttempts, lease_until: null, locked_by: null, last_error: null,
    }))
    .execute();
}

/**
 * Inserts many jobs in as few statements as possible, with insertJob's replace-by-key rule. The
 * caller passes at most one job per unique key (a statement may not update a row twice).
 */
export async function insertJobs(db: Executor, list: readonly NewJob[]): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < list.length; i += CHUNK) {
    const rows = list.slice(i, i + CHUNK).map((job) => ({
      id: job.id, name: job.name, payload: job.payload, run_at: job.runAt, status: 'pending' as const,
      attempts: 0, max_attempts: job.maxAttempts, unique_key: job.uniqueKey, created_at: job.createdAt,
    }));
    await db.insertInto('jobs').values(rows)
      .onConflict((oc) => oc.column('unique_key').where('unique_key', 'is not', null).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'), payload: eb.ref('excluded.payload'), run_at: eb.ref('excluded.run_at'), status: 'pending',
        attempts: 0, max_attempts: eb.ref('excluded.max_attempts'), lease_until: null, locked_by: null, last_error: null,
      })))
      .execute();
  }
}

export async function deleteJobByKey(db: Executor, uniqueKey: string): Promise<boolean> {
  const result = await db.deleteFrom('jobs').where('unique_key', '=', uniqueKey).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Marks up to `limit` due jobs as running under this worker's lease and returns them. */
export async function claimDueJobs(db: Executor, features: DialectFeatures, options: {
  now: number; limit: number; workerId: string; leaseMs: number; names: readonly string[];
}): Promise<JobRow[]> {
  if (options.limit <= 0 || options.names.length === 0) return [];
  const due = db.selectFrom('jobs').select('id')
    .where('status', '=', 'pending').where('run_at', '<=', options.now).where('name', 'in', options.names)
    .orderBy('run_at').limit(options.limit)
    .$if(features.skipLocked, (q) => q.forUpdate().skipLocked());
  return db.updateTable('jobs')
    .set({ status: 'running', lease_until: options.now + options.leaseMs, locked_by: options.workerId, attempts: sql`attempts + 1` })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Removes finished jobs, unless they were rescheduled (replaced) while they ran. */
export async function completeJobs(db: Executor, ids: readonly string[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('jobs')
    .where('id', 'in', ids).where('status', '=', 'running').where('locked_by', '=', workerId)
    .execute();
}

/** Returns claimed jobs that never started to the queue, as if never claimed. */
export async function releaseClaimedJobs(db: Executor, ids: readonly string[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('jobs').set({ status: 'pending', lease_until: null, locked_by: null, attempts: sql`attempts - 1` })
    .where('id', 'in', ids).where('status', '=', 'running').where('locked_by', '=', workerId)
    .execute();
}

export async function retryJob(db: Executor, id: string, workerId: string, runAt: number, error: string): Promise<void> {
  await db.updateTable('jobs')
    .set({ status: 'pending', run_at: runAt, lease_until: null, locked_by: null, last_error: error })
    .where('id', '=', id).where('status', '=', 'running').where('locked_by', '=', workerId)
    .execute();
}

/** Dead letter: kept with its last error, its unique key freed so the timer can be set again. */
export async function buryJob(db: Executor, id: string, workerId: string, error: string): Promise<void> {
  await db.updateTable('jobs')
    .set({ status: 'dead', lease_until: null, last_error: error, unique_key: null })
    .where('id', '=', id).where('status', '=', 'running').where('locked_by', '=', workerId)
    .execute();
}

/** Returns jobs whose worker vanished (lease expired) to the queue. */
export async function releaseExpiredLeases(db: Executor, now: number): Promise<number> {
  const result = await db.updateTable('jobs')
    .set({ status: 'pending', lease_until: null, locked_by: null })
    .where('status', '=', 'running').where('lease_until', '<', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Extends the lease of jobs still running, so long handlers are not taken over. */
export async function extendLeases(db: Executor, ids: readonly string[], workerId: string, leaseUntil: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('jobs').set({ lease_until: leaseUntil })
    .where('id', 'in', ids).where('locked_by', '=', workerId).where('status', '=', 'running')
    .execute();
}

export async function nextDueTime(db: Executor, names: readonly string[]): Promise<number | null> {
  if (names.length === 0) return null;
  const row = await db.selectFrom('jobs').select('run_at')
    .where('status', '=', 'pending').where('name', 'in', names)
    .orderBy('run_at').limit(1).executeTakeFirst();
  return row ? Number(row.run_at) : null;
}

export async function countJobsByStatus(db: Executor): Promise<Record<JobRow['status'], number>> {
  const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status').execute();
  const counts = { pending: 0, running: 0, dead: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

export async function listDeadJobs(db: Executor, limit: number): Promise<JobRow[]> {
  return db.selectFrom('jobs').selectAll().where('status', '=', 'dead').orderBy('created_at', 'desc').limit(limit).execute();
}

/** Whether a pending or running job holds this key. */
export async function jobExists(db: Executor, uniqueKey: string): Promise<boolean> {
  const row = await db.selectFrom('jobs').select('id').where('unique_key', '=', uniqueKey).executeTakeFirst();
  return row !== undefined;
}
