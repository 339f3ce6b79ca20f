// Delivers committed domain events to in-process subscribers (the realtime hub, caches) in log
// order. It tails the event log: a commit in this process wakes it at once, a short poll catches
// other processes' commits. The repository decides the order so that no event committed later
// can land behind the cursor (see readEventsAfter).
import type { AnyDomainEvent } from '../core/events.ts';
import type { Storage } from '../storage/storage.ts';
import { latestEventCursor, readEventsAfter, type EventCursor } from '../storage/repositories/events.repository.ts';
import { dialectFeatures, type DialectFeatures } from '../storage/dialects/features.ts';

export type EventSubscriber = (events: readonly AnyDomainEvent[]) => void | Promise<void>;

const BATCH = 200;

export class EventDispatcher {
  private readonly subscribers = new Set<EventSubscriber>();
  private cursor: EventCursor = { tx: 0, seq: 0 };
  private readonly features: DialectFeatures;
  private running = false;
  private again = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private stopCommits: (() => void) | undefined;
  private readonly storage: Storage;
  private readonly pollMs: number;
  private readonly onError: (error: unknown) => void;

  constructor(storage: Storage, options: { pollMs?: number; onError?: (error: unknown) => void } = {}) {
    this.storage = storage;
    this.features = dialectFeatures(storage.dialect);
    this.pollMs = options.pollMs ?? (this.features.multiProcess ? 100 : 1000);
    this.onError = options.onError ?? (() => {});
  }

  subscribe(subscriber: EventSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Starts after the newest event: subscribers hear what happens from now on. */
  async start(): Promise<void> {
    this.cursor = await latestEventCursor(this.storage.db, this.features);
    this.stopCommits = this.storage.onCommit(() => void this.pump());
    this.pollTimer = setInterval(() => void this.pump(), this.pollMs);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    if (!this.stopCommits) return;
    clearInterval(this.pollTimer);
    this.stopCommits();
    this.stopCommits = undefined;
    await this.pump();
  }

  /** Reads and delivers everything committed since the cursor. */
  async pump(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const { events, cursor } = await readEventsAfter(this.storage.db, this.features, this.cursor, BATCH);
        this.cursor = cursor;
        if (events.length > 0) await this.deliver(events);
        if (events.length === BATCH) {
          this.again = true;
          // A long tail is read in slices with I/O let in between: in the web thread, webhook
          // answers wait on this loop (a batch of the background thread announces hundreds).
          await new Promise((resolve) => setImmediate(resolve));
        }
      } while (this.again);
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
    }
  }

  private async deliver(events: AnyDomainEvent[]): Promise<void> {
    for (const subscriber of this.subscribers) {
      try {
        await subscriber(events);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
