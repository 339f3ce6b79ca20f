// `earshot bench outbox`: replies through the network simulator with its rate limits enforced.
// Earshot runs in this process on a temporary SQLite database; the simulator counts every call
// over its limit (a violation) and every reply it accepted twice (a duplicate). Two phases:
// latency (replies offered at half the accounts' combined limit: queued -> accepted by the
// platform) and throughput (a backlog drained as fast as the limits allow; the limits are the
// same-run ceiling, so `limit_ratio` says how close the outbox runs to them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config.ts';
import { createEarshot, type Earshot } from '../app/earshot.ts';
import { createLogger } from '../app/logger.ts';
import { systemClock } from '../core/clock.ts';
import type { Principal } from '../core/access/principal.ts';
import { NetworkSimulator } from '../simulator/simulator.ts';
import { connectToSimulator, ensureSimulatedAccounts } from '../demo/simulated-accounts.ts';
import { createWorkspaceWithAdmin } from '../identity/people.ts';
import { loadPrincipal } from '../identity/principals.ts';
import { queueReply } from '../replies/reply.commands.ts';
import { machineFacts, percentile, perSecond, round, type BenchReport } from './report.ts';

export interface OutboxBenchOptions {
  /** Per account: at most `requests` calls in `windowMs` (the simulator enforces it). */
  requests: number;
  windowMs: number;
  /** Replies in the throughput backlog. */
  backlog: number;
  /** Length of the latency phase. */
  seconds: number;
  progress: (line: string) => void;
}

const NETWORKS = ['x', 'facebook', 'instagram', 'whatsapp'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  earshot: Earshot;
  sim: NetworkSimulator;
  principal: Principal;
  /** Per channel account, its conversations: replies go round the accounts so each carries the same load. */
  conversations: Array<Array<{ id: string; surface: 'public' | 'private' }>>;
  dispose(): Promise<void>;
}

async function setUp(options: OutboxBenchOptions): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-bench-outbox-'));
  const limit = { requests: options.requests, windowMs: options.windowMs };
  const sim = new NetworkSimulator({ seed: 17, delivery: { duplicateRate: 0 }, limits: { x: limit, meta: limit } });
  await sim.start();
  const config = loadConfig({}, { EARSHOT_DATA_DIR: dir, EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta }, dir);
  const earshot = await createEarshot(config, { logger: createLogger('error') });
  const url = (await earshot.listen()).replace('localhost', '127.0.0.1');
  const { workspace, admin } = await createWorkspaceWithAdmin({ storage: earshot.storage, clock: systemClock },
    { workspaceName: 'Bench', email: 'bench@earshot.invalid', name: 'Bench', password: 'bench password 123' });
  const accounts = await ensureSimulatedAccounts(earshot.storage.db, earshot.keyRing, systemClock, workspace.id, { networks: NETWORKS });
  // Earshot paces each account at exactly the limit the simulator enforces.
  for (const account of Object.values(accounts)) {
    await earshot.storage.db.updateTable('channel_accounts').set({ settings: JSON.stringify({ rateLimit: limit }) }).where('id', '=', account!.id).execute();
  }
  await connectToSimulator(sim, url, accounts);
  options.progress('customers are writing in...');
  await sim.playTraffic({ seed: 4, perSecond: 400, count: 240 }).done;
  await sim.deliverer.idle();
  await earshot.ingestion.settle();
  // Customers deleted some posts (as they do); a reply to those is refused, which measures nothing here.
  const rows = await earshot.storage.db.selectFrom('conversations').select(['id', 'surface', 'channel_account_id'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('messages').select('messages.id')
      .whereRef('messages.conversation_id', '=', 'conversations.id').where('messages.deleted_at', 'is not', null)))).orderBy('id').execute();
  const byAccount = new Map<string, Array<{ id: string; surface: 'public' | 'private' }>>();
  for (const row of rows) byAccount.set(row.channel_account_id, [...(byAccount.get(row.channel_account_id) ?? []), { id: row.id, surface: row.surface }]);
  const conversations = [...byAccount.values()];
  // Setting up made calls too (Instagram mentions are read back from the Graph API); the bench
  // counts only its own.
  sim.limits.reset();
  const principal = await loadPrincipal(earshot.storage.db, admin, { kind: 'session', sessionId: 'bench' });
  return {
    earshot, sim, principal, conversations,
    async dispose() {
      await earshot.close();
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Queues one reply; returns its text (unique), or null when the conversation takes none now. */
async function queue(h: Harness, index: number): Promise<{ text: string; at: number } | null> {
  const ofAccount = h.conversations[index % h.conversations.length]!;
  const conversation = ofAccount[Math.floor(index / h.conversations.length) % ofAccount.length]!;
  const text = `Bench reply ${index} - thanks for your patience`;
  try {
    await queueReply({ storage: h.earshot.storage, clock: systemClock, channels: h.earshot.channels, sender: h.earshot.outbox }, h.principal, conversation.id,
      { kind: conversation.surface === 'public' ? 'public_reply' : 'dm', text });
    return { text, at: Date.now() };
  } catch {
    return null;
  }
}

async function settled(h: Harness, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await h.earshot.storage.db.selectFrom('outbox').select('id').where('status', 'in', ['queued', 'sending', 'unknown']).limit(1).execute();
    if (open.length === 0) return;
    if (Date.now() > deadline) throw new Error('the outbox did not drain in time');
    await sleep(20);
  }
}

export async function benchOutbox(options: OutboxBenchOptions): Promise<BenchReport> {
  const h = await setUp(options);
  try {
    const perAccountPerS = (options.requests * 1000) / options.windowMs;
    const accountsUsed = h.conversations.length;
    const limitPerS = perAccountPerS * accountsUsed;

    options.progress(`latency: replies at half the limit (${round(limitPerS / 2, 1)}/s) for ${options.seconds} s`);
    const offered: Array<{ text: string; at: number }> = [];
    const interval = 1000 / (limitPerS / 2);
    const end = Date.now() + options.seconds * 1000;
    for (let i = 0; Date.now() < end; i++) {
      const queued = await queue(h, i);
      if (queued) offered.push(queued);
      await sleep(interval);
    }
    await settled(h, 60_000);
    const acceptedAt = (text: string) => h.sim.calls.find((c) => c.method === 'POST' && (c.status === 200 || c.status === 201) && JSON.stringify(c.body).includes(text))?.at;
    const latencies = offered.map((o) => (acceptedAt(o.text) ?? Number.NaN) - o.at).filter((ms) => Number.isFinite(ms)).sort((a, b) => a - b);

    options.progress(`throughput: a backlog of ${options.backlog} replies`);
    const backlog: string[] = [];
    const started = Date.now();
    for (let i = 0; i < options.backlog; i++) {
      const queued = await queue(h, 1_000_000 + i);
      if (queued) backlog.push(queued.text);
    }
    await settled(h, 10 * 60_000);
    const elapsed = Date.now() - started;

    const texts = [...offered.map((o) => o.text), ...backlog];
    const acceptedCount = new Map<string, number>();
    for (const call of h.sim.calls) {
      if (call.method !== 'POST' || (call.status !== 200 && call.status !== 201)) continue;
      const text = (JSON.stringify(call.body).match(/Bench reply \d+ - thanks for your patience/) ?? [])[0];
      if (text) acceptedCount.set(text, (acceptedCount.get(text) ?? 0) + 1);
    }
    const statuses = await h.earshot.storage.db.selectFrom('outbox').select(['status', 'last_error', 'failure']).execute();
    const sentPerS = perSecond(backlog.length, elapsed);
    return {
      bench: 'outbox',
      sent_per_s: sentPerS,
      limit_per_s: round(limitPerS, 1),
      limit_ratio: round(sentPerS / limitPerS, 3),
      limit_violations: h.sim.limits.stats().violations,
      duplicates: [...acceptedCount.values()].filter((n) => n > 1).length,
      missing: texts.filter((text) => !acceptedCount.has(text)).length,
      failed: statuses.filter((s) => s.status === 'failed').length,
      send_p50_ms: round(percentile(latencies, 50), 1),
      send_p99_ms: round(percentile(latencies, 99), 1),
      replies: texts.length,
      accounts: accountsUsed,
      limit: { requests: options.requests, window_ms: options.windowMs },
      ...machineFacts(),
    };
  } finally {
    await h.dispose();
  }
}
