// The outbox sender. One drain job per channel account (a unique job key), and one sender at a
// time per account (a lease in the database, so several worker processes never race). Each call
// waits for the account's pace (the platform's window and any rate-limit pause), is recorded
// before it is made, and its answer is recorded after. A send whose answer was lost is never
// repeated blindly: it is reconciled first (see reconcile.ts).
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ChannelAdapter, OutboundRequest, SendContext } from '../channels/channel-adapter.ts';
import { readChannelSecrets } from '../channels/channel-accounts.service.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { KeyRing } from '../security/secrets.ts';
import type { Executor, Storage, Tx } from '../storage/storage.ts';
import { findChannelAccountById } from '../storage/repositories/channel-accounts.repository.ts';
import { accountsWithOutboxWork, nextQueuedOutboxItem, transitionOutboxItem } from '../storage/repositories/outbox.repository.ts';
import { acquireSenderLease, pruneCalls, recordCall, releaseAllSenderLeases, releaseSenderLease } from '../storage/repositories/send-state.repository.ts';
import { dialectFeatures } from '../storage/dialects/features.ts';
import { nextCallAllowedAt, pacingMargin, type RateLimit } from './pacing.ts';
import { recordSendResult } from './outbox-results.ts';
import { reconcileUncertain } from './reconcile.ts';

export const DRAIN_JOB = 'outbox.drain';
// Renewed at every send; a sender that dies is replaced within this time (PostgreSQL).
const LEASE_MS = 30_000;
/** A sender that finds the lease taken looks again this soon (the holder may be finishing). */
const LEASE_RETRY_MS = 500;

/** Finds a network's adapter and the API base URL it calls (the channel registry). */
export interface ChannelLookup {
  get(network: string): { adapter: ChannelAdapter; apiBaseUrl: string };
}

export interface OutboxSenderDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  keyRing: KeyRing;
  channels: ChannelLookup;
  fetch: typeof fetch;
  /** Deadline of one platform call; an interrupted send is looked up only once it has passed. */
  callTimeoutMs: number;
  onDelivered?: (tx: Tx, conversationId: string, at: number) => Promise<void>;
  onError?: (error: unknown, channelAccountId: string) => void;
}

export interface AccountContext {
  channelAccountId: string;
  adapter: ChannelAdapter;
  send: SendContext;
  limit: RateLimit;
}

export class OutboxSender {
  private readonly workerId = `outbox:${newId()}`;
  private readonly deps: OutboxSenderDeps;
  /**
   * Accounts being drained in this process. The database lease keeps other processes out, but it
   * is ours for every drain of this process alike; without this, a second drain (a rescheduled job,
   * a resume) would take an in-flight send for a crashed one and reconcile it.
   */
  private readonly draining = new Set<string>();

  constructor(deps: OutboxSenderDeps) {
    this.deps = deps;
  }

  register(): void {
    this.deps.jobs.register<{ channelAccountId: string }>(DRAIN_JOB, (payload) => this.drain(payload.channelAccountId));
  }

  /** Makes sure the account's outbox is worked on at `at` (default now), inside `executor`'s transaction if given. */
  async schedule(channelAccountId: string, at?: number, executor?: Executor): Promise<void> {
    await this.deps.jobs.enqueue(DRAIN_JOB, { channelAccountId }, {
      uniqueKey: `outbox:${channelAccountId}`, runAt: at ?? this.deps.clock.now(), ...(executor ? { executor } : {}),
    });
  }

  /**
   * At start: every account with queued or uncertain items gets a drain (crash recovery). With
   * SQLite this process is the only sender, so leases left by a dead one are released at once.
   */
  async resumeAll(): Promise<number> {
    if (!dialectFeatures(this.deps.storage.dialect).multiProcess) await releaseAllSenderLeases(this.deps.storage.db);
    const accounts = await accountsWithOutboxWork(this.deps.storage.db);
    for (const id of accounts) await this.schedule(id);
    return accounts.length;
  }

  async drain(channelAccountId: string): Promise<void> {
    const { storage, clock } = this.deps;
    if (this.draining.has(channelAccountId) || !(await acquireSenderLease(storage.db, channelAccountId, this.workerId, clock.now(), LEASE_MS))) {
      await this.schedule(channelAccountId, clock.now() + LEASE_RETRY_MS);
      return;
    }
    this.draining.add(channelAccountId);
    let wakeAt: number | null = null;
    try {
      const context = await this.accountContext(channelAccountId);
      if (!context) return;
      // The call log only needs the current window; without this it grows with every send.
      await pruneCalls(storage.db, channelAccountId, clock.now() - context.limit.windowMs - pacingMargin(context.limit.windowMs));
      // A send can end uncertain; reconcile it in the same drain rather than leave it waiting.
      for (let round = 0; round < 3; round++) {
        const revisit = await reconcileUncertain(this.deps, context, (at) => this.callNow(context, at));
        const sent = await this.sendDue(context);
        wakeAt = earliest(revisit, sent.wakeAt);
        if (!sent.uncertain) break;
      }
    } catch (error) {
      this.deps.onError?.(error, channelAccountId);
      wakeAt = clock.now() + 5000;
    } finally {
      this.draining.delete(channelAccountId);
      await releaseSenderLease(storage.db, channelAccountId, this.workerId);
    }
    if (wakeAt !== null) await this.schedule(channelAccountId, wakeAt);
  }

  private async accountContext(channelAccountId: string): Promise<AccountContext | null> {
    const account = await findChannelAccountById(this.deps.storage.db, channelAccountId);
    // A paused account keeps its replies queued; resuming it schedules a drain.
    if (!account || account.status !== 'active') return null;
    const { adapter, apiBaseUrl } = this.deps.channels.get(account.network);
    const secrets = await readChannelSecrets(this.deps.storage.db, this.deps.keyRing, channelAccountId);
    const configured = account.settings.rateLimit as RateLimit | undefined;
    return {
      channelAccountId, adapter,
      send: { secrets, accountExternalId: account.externalId, apiBaseUrl, fetch: this.deps.fetch, timeoutMs: this.deps.callTimeoutMs },
      limit: configured ?? adapter.capabilities.rateLimit,
    };
  }

  /**
   * Reserves a call on the account if its pace allows one now: the call is logged before it is
   * made, so a crash right after still counts it. Returns null when reserved, else when to retry.
   */
  private async callNow(context: AccountContext, now: number): Promise<number | null> {
    const allowedAt = await nextCallAllowedAt(this.deps.storage.db, context.channelAccountId, context.limit, now);
    if (allowedAt > now) return allowedAt;
    await recordCall(this.deps.storage.db, context.channelAccountId, now);
    return null;
  }

  /**
   * Sends due items until none is due or the pace says wait; returns when to come back, and
   * whether a send ended uncertain (to be reconciled).
   */
  private async sendDue(context: AccountContext): Promise<{ wakeAt: number | null; uncertain: boolean }> {
    const { storage, clock } = this.deps;
    let uncertain = false;
    for (;;) {
      const item = await nextQueuedOutboxItem(storage.db, context.channelAccountId);
      if (!item) return { wakeAt: null, uncertain };
      const now = clock.now();
      if (item.next_attempt_at > now) return { wakeAt: item.next_attempt_at, uncertain };
      const allowedAt = await nextCallAllowedAt(storage.db, context.channelAccountId, context.limit, now);
      if (allowedAt > now) return { wakeAt: allowedAt, uncertain };
      // The claim and the call's log entry commit together, before the call is made.
      const claimed = await storage.transaction(async (tx) => {
        const ok = await transitionOutboxItem(tx, item.id, 'queued', { status: 'sending', attempts: item.attempts + 1 }, now);
        if (ok) await recordCall(tx, context.channelAccountId, now);
        return ok;
      });
      if (!claimed) continue;
      await acquireSenderLease(storage.db, context.channelAccountId, this.workerId, now, LEASE_MS);
      const request = JSON.parse(item.payload) as OutboundRequest;
      const result = await context.adapter.send(request, { ...context.send, now });
      if (result.outcome === 'unknown') uncertain = true;
      const pausedUntil = await recordSendResult(this.deps, { ...item, attempts: item.attempts + 1 }, result);
      if (pausedUntil !== null) return { wakeAt: pausedUntil, uncertain };
    }
  }
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
