// The rollup worker: tails the domain event log from its own cursor (kept in analytics_state, so
// nothing is missed across restarts), and for each batch of events refreshes the facts of the
// conversations they touch and moves the rollups, in one transaction with the cursor. The cursor
// row is also the lock: one worker at a time folds a batch, in any number of processes.
import type { Clock } from '../../core/clock.ts';
import type { AnyDomainEvent } from '../../core/events.ts';
import { dialectFeatures } from '../../storage/dialects/features.ts';
import { readEventsAfter } from '../../storage/repositories/events.repository.ts';
import { insertSpike, lockCursor, saveCursor } from '../../storage/repositories/analytics-rollups.repository.ts';
import type { Storage } from '../../storage/storage.ts';
import { CalendarCache, refreshFacts } from './refresh-facts.ts';

const CURSOR = 'rollups';
const BATCH = 500;
/**
 * While the inbound pipeline is busy: small batches (a batch holds the database's one writer
 * while it folds) with pauses between them. Customers' messages come first; dashboards catch up.
 */
const BUSY_BATCH = 100;
const YIELD_MS = 250;

export class RollupWorker {
  private readonly storage: Storage;
  private readonly clock: Clock;
  private readonly pollMs: number;
  private readonly onError: (error: unknown) => void;
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Timeout | undefined;
  private stopCommits: (() => void) | undefined;
  private readonly busy: () => boolean;

  constructor(storage: Storage, clock: Clock, options: { pollMs?: number; onError?: (error: unknown) => void; busy?: () => boolean } = {}) {
    this.storage = storage;
    this.clock = clock;
    this.pollMs = options.pollMs ?? 2000;
    this.onError = options.onError ?? (() => {});
    this.busy = options.busy ?? (() => false);
  }

  start(): void {
    // Rollups lag commits by a moment on purpose: a burst of commits is folded in a few batches
    // (one pending wake-up, however many commits).
    this.stopCommits = this.storage.onCommit(() => {
      if (!this.timer || this.soon) return;
      this.soon = setTimeout(() => { this.soon = undefined; void this.pump(); }, 200);
      this.soon.unref();
    });
    this.timer = setInterval(() => void this.pump(), this.pollMs);
    this.timer.unref();
    void this.pump();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.soon);
    this.timer = undefined;
    this.stopCommits?.();
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Folds everything committed so far; returns the number of events read. */
  async pump(): Promise<number> {
    if (this.running) {
      this.again = true;
      return 0;
    }
    this.running = true;
    let total = 0;
    try {
      do {
        this.again = false;
        const limit = this.busy() ? BUSY_BATCH : BATCH;
        const read = await this.foldBatch(limit);
        total += read;
        if (read === limit) this.again = true;
        // Dashboards can be a few seconds behind; an agent's inbox cannot. The database has one
        // writer (SQLite), so while messages are being processed the rollups take turns.
        if (this.again && this.timer && this.busy()) await new Promise((resolve) => setTimeout(resolve, YIELD_MS));
      } while (this.again);
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
    }
    return total;
  }

  private foldBatch(limit: number): Promise<number> {
    const features = dialectFeatures(this.storage.dialect);
    return this.storage.transaction(async (tx) => {
      const now = this.clock.now();
      const cursor = await lockCursor(tx, CURSOR, now);
      const { events, cursor: next } = await readEventsAfter(tx, features, cursor, limit);
      if (events.length === 0) return 0;
      const { conversationIds, resolvedAt } = await foldEvents(tx, events);
      await refreshFacts(tx, conversationIds, { now, resolvedAt, calendars: new CalendarCache() });
      await saveCursor(tx, CURSOR, next, now);
      return events.length;
    });
  }
}

/** The conversations a batch touches, when each was resolved (from status changes), and spikes. */
async function foldEvents(tx: Parameters<typeof insertSpike>[0], events: readonly AnyDomainEvent[]): Promise<{ conversationIds: string[]; resolvedAt: Map<string, number | null> }> {
  const ids = new Set<string>();
  const resolvedAt = new Map<string, number | null>();
  for (const event of events) {
    if (event.type === 'alert.spike_detected') {
      const p = event.payload;
      await insertSpike(tx, { id: event.id, workspaceId: event.workspaceId, at: event.occurredAt, kind: p.kind, channelAccountId: p.channelAccountId, topic: p.topic, evidence: p.evidence });
      continue;
    }
    const payload = event.payload as { conversationId?: unknown };
    if (typeof payload.conversationId !== 'string') continue;
    ids.add(payload.conversationId);
    if (event.type === 'conversation.status_changed') {
      resolvedAt.set(event.payload.conversationId, event.payload.to === 'resolved' ? event.occurredAt : null);
    }
  }
  return { conversationIds: [...ids], resolvedAt };
}
