// Delivering signed webhooks the way the platforms do: POST with the signature headers, a
// deadline, retries with exponential backoff after a non-2xx answer or a failed connection, and
// now and then the same delivery twice (platforms say: expect duplicates, dedupe on the id).
// Every attempt is recorded, so a test can tell which events were acknowledged.
import { Agent, request } from 'node:http';
import type { Random } from './traffic/random.ts';

export interface Delivery {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  /** The platform ids of the events inside (for the record). */
  eventIds: readonly string[];
}

export interface DeliveryRecord {
  id: number;
  eventIds: readonly string[];
  attempts: number;
  statuses: Array<number | string>;
  firstSentAt: number;
  acknowledgedAt: number | null;
  /** Milliseconds from sending the acknowledged attempt to its answer. */
  ackLatencyMs: number | null;
  gaveUp: boolean;
  duplicated: boolean;
}

export interface DelivererOptions {
  random: Random;
  retryBaseMs?: number;
  retryMaxMs?: number;
  maxAttempts?: number;
  duplicateRate?: number;
  timeoutMs?: number;
  maxSockets?: number;
}

export class WebhookDeliverer {
  readonly records: DeliveryRecord[] = [];
  private readonly agent: Agent;
  private readonly options: Required<DelivererOptions>;
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];
  private timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(options: DelivererOptions) {
    this.options = { retryBaseMs: 1000, retryMaxMs: 60_000, maxAttempts: 8, duplicateRate: 0.01, timeoutMs: 10_000, maxSockets: 64, ...options };
    this.agent = new Agent({ keepAlive: true, maxSockets: this.options.maxSockets });
  }

  /** Sends a delivery; resolves with its record once it is acknowledged or given up. */
  deliver(delivery: Delivery): Promise<DeliveryRecord> {
    const record: DeliveryRecord = { id: this.records.length + 1, eventIds: delivery.eventIds, attempts: 0, statuses: [], firstSentAt: Date.now(), acknowledgedAt: null, ackLatencyMs: null, gaveUp: false, duplicated: false };
    this.records.push(record);
    this.inFlight += 1;
    return new Promise((resolve) => this.attempt(delivery, record, () => { this.settle(); resolve(record); }));
  }

  /** Resolves when nothing is waiting to be delivered or retried. */
  idle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.agent.destroy();
  }

  private attempt(delivery: Delivery, record: DeliveryRecord, done: () => void): void {
    if (this.stopped) return done();
    record.attempts += 1;
    const started = performance.now();
    post(this.agent, delivery, this.options.timeoutMs).then((status) => {
      record.statuses.push(status);
      if (typeof status === 'number' && status >= 200 && status < 300) {
        record.acknowledgedAt = Date.now();
        record.ackLatencyMs = performance.now() - started;
        if (!record.duplicated && this.options.random.chance(this.options.duplicateRate)) {
          record.duplicated = true;
          void post(this.agent, delivery, this.options.timeoutMs);
        }
        return done();
      }
      if (record.attempts >= this.options.maxAttempts) {
        record.gaveUp = true;
        return done();
      }
      const delay = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (record.attempts - 1));
      const timer = setTimeout(() => { this.timers.delete(timer); this.attempt(delivery, record, done); }, delay);
      this.timers.add(timer);
    }, () => done());
  }

  private settle(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** One POST; the status code, or the name of the network failure. */
export function post(agent: Agent, delivery: Delivery, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(delivery.url, { method: 'POST', agent, headers: { ...delivery.headers, 'content-length': String(delivery.body.length) }, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve('response_error'));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(delivery.body);
  });
}
