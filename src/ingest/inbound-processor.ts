// The processing job: stored events → normalize → dedupe → thread → contact → triage → route →
// domain events, a batch per transaction. Runs at least once per event (job retries, the startup
// sweep, replays): every step is idempotent, so running a batch twice changes nothing.
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { DomainEventInput } from '../core/events.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import { emit } from '../events/emit.ts';
import type { Storage, Tx } from '../storage/storage.ts';
import type { InboundEventRow } from '../storage/repositories/inbound-events.repository.ts';
import { setInboundEventsStatus, teamsOfConversations } from '../storage/repositories/ingest.repository.ts';
import { addActivity, touchLastEvents } from '../storage/repositories/channel-health.repository.ts';
import type { ChannelDirectory } from './channel-directory.ts';
import type { InboundHooks, IngestedMessage } from './inbound-hooks.ts';
import { normalizeEvents, type Work } from './inbound-work.ts';
import { recordMessages } from './record-messages.ts';
import { applyUpdates } from './apply-updates.ts';
import { announce } from './announce.ts';
import { dialectFeatures } from '../storage/dialects/features.ts';
import { findChannelAccountById } from '../storage/repositories/channel-accounts.repository.ts';

/** Events per transaction for replays and explicit ids. */
const BATCH = 64;

export interface ProcessorDeps {
  storage: Storage;
  clock: Clock;
  registry: ChannelRegistry;
  directory: ChannelDirectory;
  hooks: InboundHooks;
  logger: Logger;
  /** Messages stored incomplete (meta.hydrate): their completion is scheduled in the same transaction. */
  scheduleHydration?: (tx: Tx, messageIds: readonly string[]) => Promise<void>;
}

export interface ProcessSummary {
  events: number;
  messages: number;
  quarantined: number;
}

/** A processed batch, with the events still to be marked when the inbound log is apart. */
interface Processed {
  summary: ProcessSummary;
  unmarked?: Work;
}

/** Each event's outcome: processed, ignored (nothing for us in it) or quarantined with its error. */
async function markOutcomes(tx: Tx, work: Work, now: number): Promise<void> {
  await setInboundEventsStatus(tx, work.understood.map((e) => e.id), 'processed', now);
  await setInboundEventsStatus(tx, work.ignored.map((e) => e.id), 'ignored', now);
  for (const q of work.quarantined) {
    await tx.updateTable('inbound_events').set((eb) => ({ status: 'quarantined', error: q.error.slice(0, 2000), processed_at: now, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', q.event.id).execute();
  }
}

export class InboundProcessor {
  private readonly deps: ProcessorDeps;
  private readonly skipLocked: boolean;
  private readonly inboundLogApart: boolean;

  constructor(deps: ProcessorDeps) {
    this.deps = deps;
    const features = dialectFeatures(deps.storage.dialect);
    this.skipLocked = features.skipLocked;
    this.inboundLogApart = features.inboundLogApart;
  }

  /**
   * Processes the events with these ids that are still waiting (status `received`). A replay is
   * not counted again in the channel's activity (it is not new traffic).
   */
  async processIds(ids: readonly string[], options: { replay?: boolean } = {}): Promise<ProcessSummary> {
    const total: ProcessSummary = { events: 0, messages: 0, quarantined: 0 };
    for (let i = 0; i < ids.length; i += BATCH) {
      const summary = await this.processBatch(ids.slice(i, i + BATCH), options.replay === true);
      total.events += summary.events;
      total.messages += summary.messages;
      total.quarantined += summary.quarantined;
    }
    return total;
  }

  /**
   * Processes up to `limit` of the oldest waiting events, in one transaction. On PostgreSQL the
   * rows are locked and skipped by other workers, so several workers share the backlog.
   */
  async processNext(limit: number): Promise<ProcessSummary> {
    // PostgreSQL may abort one of two workers' transactions (deadlock, serialization): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.processNextOnce(limit);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw error;
      }
    }
  }

  private async processNextOnce(limit: number): Promise<ProcessSummary> {
    const { storage, directory } = this.deps;
    return this.markedAfter(await storage.transaction(async (tx) => {
      const rows = await tx.selectFrom('inbound_events').selectAll().where('status', '=', 'received').orderBy('received_at').limit(limit)
        .$if(this.skipLocked, (q) => q.forUpdate().skipLocked()).execute();
      if (rows.length === 0) return { summary: { events: 0, messages: 0, quarantined: 0 } };
      const accounts = new Map<string, ChannelAccount>();
      for (const id of new Set(rows.map((row) => row.channel_account_id))) {
        // Inside the transaction only `tx` may touch the database (SQLite has one connection).
        const account = directory.cachedAccount(id) ?? await findChannelAccountById(tx, id);
        if (!account) continue;
        directory.remember(account);
        accounts.set(id, account);
      }
      return this.processRows(tx, rows, accounts, false);
    }));
  }

  private async accountsOf(rows: ReadonlyArray<Pick<InboundEventRow, 'channel_account_id'>>): Promise<Map<string, ChannelAccount>> {
    const accounts = new Map<string, ChannelAccount>();
    for (const id of new Set(rows.map((row) => row.channel_account_id))) {
      const account = await this.deps.directory.account(id);
      if (account) accounts.set(id, account);
    }
    return accounts;
  }

  private async processBatch(ids: readonly string[], replay: boolean): Promise<ProcessSummary> {
    const { storage } = this.deps;
    const peek = await storage.db.selectFrom('inbound_events').selectAll().where('id', 'in', ids).where('status', '=', 'received').execute();
    if (peek.length === 0) return { events: 0, messages: 0, quarantined: 0 };
    const accounts = await this.accountsOf(peek);
    return this.markedAfter(await storage.transaction(async (tx) => {
      // Read again inside the transaction: a concurrent run may have processed some already.
      const rows = await tx.selectFrom('inbound_events').selectAll().where('id', 'in', ids).where('status', '=', 'received').execute();
      return this.processRows(tx, rows, accounts, replay);
    }));
  }

  /**
   * Where the inbound log is a file of its own, the batch's events are marked after its commit,
   * in a short transaction on the log. A crash in between leaves them `received`: they are
   * processed again, which changes nothing (every step is idempotent).
   */
  private async markedAfter(result: Processed): Promise<ProcessSummary> {
    if (result.unmarked) await this.deps.storage.inboundTransaction((tx) => markOutcomes(tx, result.unmarked!, this.deps.clock.now()));
    return result.summary;
  }

  private async processRows(tx: Tx, rows: readonly InboundEventRow[], accounts: ReadonlyMap<string, ChannelAccount>, replay: boolean): Promise<Processed> {
    const { clock } = this.deps;
    const work = normalizeEvents(rows, accounts, this.deps.registry);
    const recorded = await recordMessages(tx, clock, work.messages, this.deps.hooks.settleEcho?.bind(this.deps.hooks));
    const incomplete = recorded.ingested.filter((m) => m.message.meta.hydrate === true).map((m) => m.message.id);
    if (incomplete.length > 0) await this.deps.scheduleHydration?.(tx, incomplete);
    const inbound = recorded.ingested.filter((m) => m.message.direction === 'inbound');
    if (inbound.length > 0) {
      await this.deps.hooks.triage(tx, inbound);
      await this.deps.hooks.route(tx, inbound);
    }
    const events = [
      ...(await this.messageEvents(tx, recorded.ingested, recorded.reopened)),
      ...(await applyUpdates(tx, [...work.edits, ...work.deletions, ...work.statuses], this.deps.hooks)),
      ...(await this.settle(tx, work, accounts, replay)),
    ];
    if (events.length > 0) await emit(tx, clock, ...events);
    const summary = { events: rows.length, messages: recorded.ingested.length, quarantined: work.quarantined.length };
    if (this.inboundLogApart) return { summary, unmarked: work };
    await markOutcomes(tx, work, clock.now());
    return { summary };
  }

  /**
   * When a batch fails for a reason other than a malformed event (a bug in a hook, a constraint
   * nobody expected), the batch's events are tried one at a time; one that still fails alone is
   * quarantined with the error, so it cannot hold up everything behind it. If every one fails,
   * the cause is not in the events (the database is gone): nothing is quarantined.
   */
  async isolate(limit: number, error: unknown): Promise<{ quarantined: number; systemic: boolean }> {
    const rows = await this.deps.storage.db.selectFrom('inbound_events').select(['id']).where('status', '=', 'received').orderBy('received_at').limit(limit).execute();
    const failed: Array<{ id: string; error: string }> = [];
    for (const row of rows) {
      try {
        await this.processIds([row.id]);
      } catch (each) {
        failed.push({ id: row.id, error: each instanceof Error ? each.message : String(each) });
      }
    }
    if (rows.length > 0 && failed.length === rows.length) return { quarantined: 0, systemic: true };
    const now = this.deps.clock.now();
    for (const f of failed) {
      await this.deps.storage.db.updateTable('inbound_events').set((eb) => ({ status: 'quarantined', error: `processing failed: ${f.error}`.slice(0, 2000), processed_at: now, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', f.id).where('status', '=', 'received').execute();
      this.deps.logger.error({ inboundEventId: f.id, err: error }, 'inbound event quarantined: processing failed');
    }
    return { quarantined: failed.length, systemic: false };
  }

  private async messageEvents(tx: Tx, ingested: readonly IngestedMessage[], reopened: ReadonlySet<string>): Promise<DomainEventInput[]> {
    const teams = await teamsOfConversations(tx, [...new Set(ingested.map((m) => m.conversation.id))]);
    return announce(ingested, reopened, teams);
  }

  /** Counts the hour's activity and announces what could not be read. */
  private async settle(tx: Tx, work: Work, accounts: ReadonlyMap<string, ChannelAccount>, replay: boolean): Promise<DomainEventInput[]> {
    const now = this.deps.clock.now();
    const events: DomainEventInput[] = [];
    for (const q of work.quarantined) {
      this.deps.logger.warn({ inboundEventId: q.event.id, channelAccountId: q.event.channel_account_id, network: q.event.network, error: q.error }, 'inbound event quarantined');
      if (q.account && !replay) events.push({ type: 'inbound.quarantined', workspaceId: q.account.workspaceId, subjectId: q.account.id, payload: { inboundEventId: q.event.id, channelAccountId: q.account.id, network: q.event.network, error: q.error } });
    }
    if (replay) return events;
    const counts = new Map<string, { events: number; errors: number; last: number }>();
    const count = (row: InboundEventRow, key: 'events' | 'errors') => {
      const c = counts.get(row.channel_account_id) ?? { events: 0, errors: 0, last: 0 };
      c[key] += 1;
      c.last = Math.max(c.last, Number(row.received_at));
      counts.set(row.channel_account_id, c);
    };
    for (const row of [...work.understood, ...work.ignored]) count(row, 'events');
    for (const q of work.quarantined) if (q.account) count(q.event, 'errors');
    await addActivity(tx, [...counts].map(([id, c]) => ({ channelAccountId: id, at: now, events: c.events, errors: c.errors })));
    const touched = [...counts].filter(([id, c]) => c.events > 0 && accounts.has(id));
    await touchLastEvents(tx, touched.map(([id, c]) => ({ id, workspaceId: accounts.get(id)!.workspaceId, at: c.last })), now);
    return events;
  }

}
