// The processing loop of a worker process: takes waiting events oldest first, a batch per
// transaction, until none are left; one loop at a time per process. Woken at once by the
// webhook writer and the poller of this process after their commits, and every second by a
// sweep (events written by other processes, or left by a crash). No job row per event: the
// stored event itself is the work item (status `received`), so nothing acknowledged can be
// forgotten.
import type { Logger } from 'pino';
import type { InboundProcessor } from './inbound-processor.ts';

export interface DrainerOptions {
  /** Events per transaction when nothing else waits for the database. */
  batch?: number;
  /**
   * Events per transaction while webhook acknowledgements are waiting: they wait at most for one
   * such transaction, so platforms get their 2xx fast and the backlog is worked off in between.
   */
  smallBatch?: number;
  /** Whether acknowledgements are waiting. */
  contended?: () => boolean;
  /**
   * After a pass that emptied the backlog, new events wait this long to gather into one
   * transaction (each transaction has a fixed cost: commit, wake-ups of the job and event loops).
   * The first event after a quiet spell goes at once.
   */
  lingerMs?: number;
  /** Deliveries in flight: at or above `burstAt`, processing yields most of the time to them. */
  pressure?: () => number;
  burstAt?: number;
  sweepMs?: number;
}

export class InboundDrainer {
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private backoffUntil = 0;
  private failures = 0;
  private readonly batch: number;
  private readonly smallBatch: number;
  private readonly contended: () => boolean;
  private readonly lingerMs: number;
  private readonly pressure: () => number;
  private readonly burstAt: number;
  private readonly sweepMs: number;
  private readonly processor: InboundProcessor;
  private readonly logger: Logger;

  constructor(processor: InboundProcessor, logger: Logger, options: DrainerOptions = {}) {
    this.processor = processor;
    this.logger = logger;
    this.batch = options.batch ?? 128;
    this.smallBatch = options.smallBatch ?? 16;
    this.contended = options.contended ?? (() => false);
    this.lingerMs = options.lingerMs ?? 10;
    this.pressure = options.pressure ?? (() => 0);
    this.burstAt = options.burstAt ?? 8;
    this.sweepMs = options.sweepMs ?? 1000;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.timer = setInterval(() => this.kick(), this.sweepMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.running;
  }

  /** Makes sure the loop runs (again) soon. */
  kick(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (Date.now() < this.backoffUntil) return;
    this.running = this.loop().finally(() => { this.running = null; });
  }

  /** Whether the processing loop is working through a backlog right now. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves when the loop is not running (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    for (;;) {
      this.again = false;
      for (;;) {
        if (!this.started) return;
        const size = this.contended() ? this.smallBatch : this.batch;
        let done: number;
        const started = performance.now();
        try {
          done = (await this.processor.processNext(size)).events;
          this.failures = 0;
        } catch (error) {
          if (!(await this.recover(error))) return;
          continue;
        }
        if (done < size) break;
        // Acknowledgements first. In a burst (many deliveries in flight) step aside for three
        // times as long as the batch took: the platforms are waiting on the answers, the backlog
        // is ours to work off. Otherwise just let waiting I/O in between batches.
        if (this.pressure() >= this.burstAt) await new Promise((resolve) => setTimeout(resolve, Math.max(1, 3 * (performance.now() - started))));
        else await new Promise((resolve) => setImmediate(resolve));
      }
      if (!this.again) return;
      await new Promise((resolve) => setTimeout(resolve, this.lingerMs));
    }
  }

  /** After a failed batch: isolate the event at fault, or back off when the fault is elsewhere. */
  private async recover(error: unknown): Promise<boolean> {
    try {
      const { quarantined, systemic } = await this.processor.isolate(this.batch, error);
      if (!systemic) {
        if (quarantined > 0) this.logger.warn({ quarantined }, 'inbound events isolated after a failed batch');
        return true;
      }
    } catch {
      // The database itself is failing: back off below.
    }
    this.failures += 1;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(this.failures, 6));
    this.backoffUntil = Date.now() + delay;
    this.logger.error({ err: error, retryInMs: delay }, 'inbound processing failing; backing off');
    return false;
  }
}
