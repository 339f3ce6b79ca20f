// Sending webhook deliveries for the ingest benchmark: a closed loop (a fixed number in flight,
// as fast as the server acknowledges: throughput) and an open loop (a fixed rate whatever the
// server does: latency at that rate). A delivery that does not get a 2xx is retried, as the
// platforms do; only a 2xx counts as acknowledged. The client is undici's Pool: Node's own
// http.request costs the sender about three times the CPU per request, and on a 2-core machine
// the sender must not be what is measured.
import { Pool } from 'undici';
import type { Delivery } from '../simulator/webhook-deliverer.ts';

export interface Shot {
  delivery: Delivery;
  /** The platform id the message will carry in Earshot. */
  messageId: string;
}

export interface ShotResult {
  messageId: string;
  /** Wall-clock time of the acknowledged attempt's start (ms). */
  sentAt: number;
  latencyMs: number;
  attempts: number;
  acknowledged: boolean;
}

const MAX_ATTEMPTS = 20;

async function post(pool: Pool, delivery: Delivery): Promise<number> {
  try {
    const url = new URL(delivery.url);
    const response = await pool.request({ path: url.pathname + url.search, method: 'POST', headers: delivery.headers, body: delivery.body, headersTimeout: 10_000, bodyTimeout: 10_000 });
    await response.body.dump();
    return response.statusCode;
  } catch {
    return 0;
  }
}

// One pool per server and size for the whole run: the latency phase uses the connections the
// warm-up opened, as a platform's webhook sender keeps its connections alive.
const pools = new Map<string, Pool>();
function poolFor(shots: readonly Shot[], connections: number): Pool {
  const origin = new URL(shots[0]?.delivery.url ?? 'http://127.0.0.1').origin;
  const key = `${origin} ${connections}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, pool = new Pool(origin, { connections, pipelining: 1 }));
  return pool;
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

async function fire(pool: Pool, shot: Shot): Promise<ShotResult> {
  for (let attempt = 1; ; attempt++) {
    const sentAt = Date.now();
    const start = performance.now();
    const status = await post(pool, shot.delivery);
    const latencyMs = performance.now() - start;
    if (status >= 200 && status < 300) return { messageId: shot.messageId, sentAt, latencyMs, attempts: attempt, acknowledged: true };
    if (attempt >= MAX_ATTEMPTS) return { messageId: shot.messageId, sentAt, latencyMs, attempts: attempt, acknowledged: false };
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

/** Sends every shot with `concurrency` in flight; `duplicates` of them are sent a second time after their 2xx. */
export async function closedLoop(shots: readonly Shot[], concurrency: number, duplicates: ReadonlySet<number> = new Set()): Promise<{ results: ShotResult[]; elapsedMs: number; duplicatesSent: number }> {
  const pool = poolFor(shots, concurrency);
  const results: ShotResult[] = new Array(shots.length);
  let next = 0;
  let duplicatesSent = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < shots.length) {
      const index = next++;
      results[index] = await fire(pool, shots[index]!);
      if (duplicates.has(index)) {
        duplicatesSent += 1;
        await fire(pool, shots[index]!);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - start;
  return { results, elapsedMs, duplicatesSent };
}

/** Sends shot i at start + i / perSecond, without waiting for earlier answers. */
export async function openLoop(shots: readonly Shot[], perSecond: number): Promise<{ results: ShotResult[]; elapsedMs: number }> {
  const pool = poolFor(shots, 64);
  const pending: Array<Promise<ShotResult>> = [];
  const start = performance.now();
  for (let i = 0; i < shots.length; i++) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(fire(pool, shots[i]!));
  }
  const results = await Promise.all(pending);
  const elapsedMs = performance.now() - start;
  return { results, elapsedMs };
}
