// Webhook deliveries and signature failures per account, counted in memory and written once
// every few seconds (one upsert per account and hour), so counting costs the hot path nothing.
import type { Clock } from '../core/clock.ts';
import type { Storage } from '../storage/storage.ts';
import { addActivity } from '../storage/repositories/channel-health.repository.ts';

const FLUSH_MS = 5_000;

export class ActivityRecorder {
  private counts = new Map<string, { deliveries: number; authFailures: number; errors: number }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly storage: Storage;
  private readonly clock: Clock;
  private readonly onError: (error: unknown) => void;

  constructor(deps: { storage: Storage; clock: Clock; onError?: (error: unknown) => void }) {
    this.storage = deps.storage;
    this.clock = deps.clock;
    this.onError = deps.onError ?? (() => {});
  }

  delivery(channelAccountId: string): void {
    this.bump(channelAccountId).deliveries += 1;
  }

  authFailure(channelAccountId: string): void {
    this.bump(channelAccountId).authFailures += 1;
  }

  error(channelAccountId: string): void {
    this.bump(channelAccountId).errors += 1;
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  async flush(): Promise<void> {
    if (this.counts.size === 0) return;
    const counts = this.counts;
    this.counts = new Map();
    const now = this.clock.now();
    try {
      await addActivity(this.storage.db, [...counts].map(([channelAccountId, c]) => ({ channelAccountId, at: now, ...c })));
    } catch (error) {
      // Counters are advisory (health); a failed write loses a few seconds of them, nothing else.
      this.onError(error);
    }
  }

  private bump(id: string) {
    let c = this.counts.get(id);
    if (!c) this.counts.set(id, c = { deliveries: 0, authFailures: 0, errors: 0 });
    return c;
  }
}
