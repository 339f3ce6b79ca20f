// `earshot bench ingest`: the webhook path against PRODUCT.md's targets, on this machine, with
// its baseline measured in the same run. Three processes: the server (`earshot serve` on a
// temporary SQLite database), the load generator (hosting the network simulator, which builds
// and signs every delivery as the platforms do), and this one, which orchestrates and reads the
// results from the database. Phases:
//   baseline  a no-op Fastify POST handler (own process), closed loop: its request rate
//   warm-up   deliveries at the latency phase's rate for 2 s, not measured (a cold process)
//   latency   deliveries at a fixed rate (default 1,000/s): acknowledgement p50/p99, and the time
//             from sending to the conversation committed with its event (visible p95)
//   burst     deliveries as fast as acknowledged (closed loop, with platform-style duplicates):
//             acknowledged rate (vs the baseline) and the whole pipeline's sustained rate
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/config.ts';
import { systemClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { loadKeyRing } from '../security/key-file.ts';
import { Storage } from '../storage/storage.ts';
import { insertWorkspace } from '../storage/repositories/workspaces.repository.ts';
import { ensureSimulatedAccounts, type SimulatedAccounts } from '../demo/simulated-accounts.ts';
import type { LoadCommand } from './ingest-load.ts';
import type { ShotResult } from './load-driver.ts';
import { machineFacts, percentile, perSecond, round, type BenchReport } from './report.ts';
import { startBenchServer, type BenchServer } from './bench-server.ts';
import { readVisibility } from './ingest-results.ts';

export interface IngestBenchOptions {
  events: number;
  rate: number;
  seconds: number;
  concurrency: number;
  progress: (line: string) => void;
}

// Sources run as .ts, the built package as .js: the children are this module's siblings.
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const here = (name: string) => fileURLToPath(new URL(`./${name}${extension}`, import.meta.url));

class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly process: ChildProcess;
  readonly ready: Promise<Record<string, unknown>>;

  constructor(file: string) {
    this.process = fork(here(file), [], { execArgv: ['--disable-warning=ExperimentalWarning'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve, reject) => {
      this.process.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
      this.process.on('message', (message: { requestId?: number; result?: unknown; error?: string } & Record<string, unknown>) => {
        if (message.requestId === undefined) return resolve(message);
        const waiter = this.waiting.get(message.requestId);
        this.waiting.delete(message.requestId);
        if (message.error) waiter?.reject(new Error(message.error));
        else waiter?.resolve(message.result);
      });
    });
  }

  ask<T>(command: LoadCommand): Promise<T> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(requestId, { resolve: resolve as (v: unknown) => void, reject });
      this.process.send({ ...command, requestId });
    });
  }

  stop(): void {
    if (this.process.connected) this.process.disconnect();
  }
}

async function seed(dataDir: string): Promise<SimulatedAccounts> {
  const config = loadConfig({}, { EARSHOT_DATA_DIR: dataDir }, dataDir);
  const storage = await Storage.open(config.database);
  try {
    await storage.migrate();
    const now = Date.now();
    const workspace = { id: newId(now), name: 'Bench Air', slug: `bench-${newId(now).slice(-8)}`, settings: {}, createdAt: now };
    await insertWorkspace(storage.db, workspace);
    return await ensureSimulatedAccounts(storage.db, loadKeyRing(config), systemClock, workspace.id) as SimulatedAccounts;
  } finally {
    await storage.close();
  }
}

export async function benchIngest(options: IngestBenchOptions): Promise<BenchReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'earshot-bench-ingest-'));
  const load = new Child('ingest-load');
  const noop = new Child('noop-server');
  let server: BenchServer | undefined;
  try {
    const accounts = await seed(dataDir);
    const { apiUrls } = await load.ready as { apiUrls: { x: string; meta: string } };
    const { url: noopUrl } = await noop.ready as { url: string };
    server = await startBenchServer(dataDir, apiUrls);
    await load.ask({ type: 'connect', earshotUrl: server.url, accounts });

    options.progress(`baseline: no-op Fastify handler, ${options.events} requests, ${options.concurrency} in flight`);
    const baseline = await load.ask<{ acknowledged: number; elapsedMs: number }>({ type: 'baseline', url: noopUrl, count: options.events, concurrency: options.concurrency });
    noop.stop();

    // Warm-up at the same rate, not measured: a fresh process compiles its hot paths, opens its
    // connections and prepares its statements in the first second or so.
    options.progress(`warm-up: ${options.rate * 2} deliveries at ${options.rate}/s (not measured)`);
    const warmup = await load.ask<{ results: ShotResult[] }>({ type: 'latency', count: options.rate * 2, perSecond: options.rate });
    const warmupVisible = await readVisibility(server.storage, warmup.results, 60_000);

    const latencyCount = options.rate * options.seconds;
    options.progress(`latency: ${latencyCount} deliveries at ${options.rate}/s`);
    const latency = await load.ask<{ results: ShotResult[] }>({ type: 'latency', count: latencyCount, perSecond: options.rate });
    const latencyVisible = await readVisibility(server.storage, latency.results, 60_000);

    options.progress(`burst: ${options.events} deliveries, ${options.concurrency} in flight, 1% sent twice`);
    const burst = await load.ask<{ results: ShotResult[]; elapsedMs: number; duplicatesSent: number }>({ type: 'burst', count: options.events, concurrency: options.concurrency, duplicateRate: 0.01 });
    const burstVisible = await readVisibility(server.storage, burst.results, 300_000);

    const acks = latency.results.map((r) => r.latencyMs).sort((a, b) => a - b);
    const visible = latencyVisible.delays.sort((a, b) => a - b);
    const baselinePerS = perSecond(baseline.acknowledged, baseline.elapsedMs);
    const ackedPerS = perSecond(burst.results.filter((r) => r.acknowledged).length, burst.elapsedMs);
    const firstSent = Math.min(...burst.results.map((r) => r.sentAt));
    return {
      bench: 'ingest',
      events_per_s: burstVisible.lastVisibleAt === null ? 0 : perSecond(burstVisible.visible, burstVisible.lastVisibleAt - firstSent),
      ack_p50_ms: round(percentile(acks, 50), 2),
      ack_p99_ms: round(percentile(acks, 99), 2),
      visible_p95_ms: round(percentile(visible, 95), 1),
      baseline_noop_per_s: baselinePerS,
      acked_per_s: ackedPerS,
      ack_ratio: round(ackedPerS / baselinePerS, 3),
      lost: warmupVisible.lost + latencyVisible.lost + burstVisible.lost,
      duplicated: warmupVisible.duplicated + latencyVisible.duplicated + burstVisible.duplicated,
      duplicate_deliveries_sent: burst.duplicatesSent,
      latency_phase: { events: latencyCount, rate_per_s: options.rate },
      burst_phase: { events: options.events, concurrency: options.concurrency, ack_elapsed_ms: Math.round(burst.elapsedMs) },
      ...machineFacts(),
    };
  } finally {
    load.stop();
    noop.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
