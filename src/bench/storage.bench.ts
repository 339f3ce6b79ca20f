// `earshot bench storage`: the repository layer's write speed against the bare driver in the same
// run, for single autocommit inserts and for 100-row transactions, on SQLite (default) or on
// PostgreSQL (DATABASE_URL). The raw numbers are the ceiling; the ratios show what Kysely and
// the repositories cost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../core/ids.ts';
import type { Config } from '../config/config.ts';
import { Storage } from '../storage/storage.ts';
import { insertInboundEvents, type NewInboundEvent } from '../storage/repositories/inbound-events.repository.ts';
import { dropPostgresDatabase } from '../storage/dialects/postgres.ts';
import { machineFacts, perSecond, round, type BenchReport } from './report.ts';

const BATCH = 100;
const BODY = JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1, changes: [{ field: 'feed', value: { message: 'x'.repeat(200) } }] }] });
const COLUMNS = 'id, channel_account_id, network, platform_event_id, received_at, body, status, error, attempts, processed_at';

function event(i: number): NewInboundEvent {
  return { id: newId(), channelAccountId: 'bench-account', network: 'facebook', platformEventId: `evt-${i}-${newId()}`, receivedAt: Date.now(), body: BODY };
}

async function timed(work: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export interface StorageBenchOptions {
  rows: number;
  database: Config['database'];
}

export async function benchStorage(options: StorageBenchOptions): Promise<BenchReport> {
  return options.database.kind === 'postgres'
    ? benchPostgres(options.rows, options.database.url)
    : benchSqlite(options.rows);
}

async function benchSqlite(rows: number): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-bench-'));
  const storage = await Storage.open({ kind: 'sqlite', file: join(dir, 'bench.db'), synchronous: 'NORMAL' });
  try {
    await storage.migrate();
    const raw = storage.sqlite!;
    const insert = raw.prepare(`INSERT INTO inbound_events (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 'received', NULL, 0, NULL)`);
    const rawOne = (e: NewInboundEvent) => insert.run(e.id, e.channelAccountId, e.network, e.platformEventId, e.receivedAt, e.body);
    const batches = Math.max(1, Math.floor((rows * 5) / BATCH));

    const rawSingleMs = await timed(() => { for (let i = 0; i < rows; i++) rawOne(event(i)); });
    const repoSingleMs = await timed(async () => { for (let i = 0; i < rows; i++) await insertInboundEvents(storage.db, [event(i)]); });
    const rawBatchMs = await timed(() => {
      for (let b = 0; b < batches; b++) {
        raw.exec('BEGIN');
        for (let i = 0; i < BATCH; i++) rawOne(event(i));
        raw.exec('COMMIT');
      }
    });
    const repoBatchMs = await timed(async () => {
      for (let b = 0; b < batches; b++) {
        const events = Array.from({ length: BATCH }, (_, i) => event(i));
        await storage.transaction((tx) => insertInboundEvents(tx, events));
      }
    });
    return report('sqlite', rows, batches * BATCH, { rawSingleMs, repoSingleMs, rawBatchMs, repoBatchMs });
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(rows: number, url: string): Promise<BenchReport> {
  const target = new URL(url);
  target.pathname = `/earshot_bench_${process.pid}`;
  const storage = await Storage.open({ kind: 'postgres', url: target.toString(), poolSize: 4 });
  const client = new pg.Client({ connectionString: target.toString() });
  try {
    await storage.migrate();
    await client.connect();
    const text = `INSERT INTO inbound_events (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, 'received', NULL, 0, NULL)`;
    const rawOne = (e: NewInboundEvent) => client.query({ name: 'bench-insert', text, values: [e.id, e.channelAccountId, e.network, e.platformEventId, e.receivedAt, e.body] });
    const batches = Math.max(1, Math.floor(rows / BATCH));

    const rawSingleMs = await timed(async () => { for (let i = 0; i < rows; i++) await rawOne(event(i)); });
    const repoSingleMs = await timed(async () => { for (let i = 0; i < rows; i++) await insertInboundEvents(storage.db, [event(i)]); });
    const rawBatchMs = await timed(async () => {
      for (let b = 0; b < batches; b++) {
        await client.query('BEGIN');
        for (let i = 0; i < BATCH; i++) await rawOne(event(i));
        await client.query('COMMIT');
      }
    });
    const repoBatchMs = await timed(async () => {
      for (let b = 0; b < batches; b++) {
        const events = Array.from({ length: BATCH }, (_, i) => event(i));
        await storage.transaction((tx) => insertInboundEvents(tx, events));
      }
    });
    return report('postgres', rows, batches * BATCH, { rawSingleMs, repoSingleMs, rawBatchMs, repoBatchMs });
  } finally {
    await client.end().catch(() => {});
    await storage.close();
    await dropPostgresDatabase(target.toString());
  }
}

function report(dialect: string, rows: number, batchRows: number,
  t: { rawSingleMs: number; repoSingleMs: number; rawBatchMs: number; repoBatchMs: number }): BenchReport {
  const raw = perSecond(rows, t.rawSingleMs);
  const repo = perSecond(rows, t.repoSingleMs);
  const rawBatch = perSecond(batchRows, t.rawBatchMs);
  const repoBatch = perSecond(batchRows, t.repoBatchMs);
  return {
    bench: 'storage', dialect, rows, batch_size: BATCH, batch_rows: batchRows,
    repo_insert_per_s: repo, raw_insert_per_s: raw, ratio: round(repo / raw, 3),
    repo_batch_rows_per_s: repoBatch, raw_batch_rows_per_s: rawBatch, batch_ratio: round(repoBatch / rawBatch, 3),
    ...machineFacts(),
  };
}
