// `earshot bench sla`: 100,000 SLA deadlines through the real path. Conversations and a policy are
// created, each conversation's first-response clock is started and its breach timer scheduled
// (sla-clocks' scheduling: one job per deadline, keyed by conversation and target), the deadlines
// spread evenly over a short window. Then the job engine and the real breach handler run (lock the
// conversation, record the breach once, emit sla.breached, notify the lead). Fire error is how
// late each handler started after its deadline. Every breach must be recorded exactly once.
import { systemClock, MINUTE } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { startClock } from '../core/sla/sla-clock.ts';
import type { Config } from '../config/config.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import type { Storage } from '../storage/storage.ts';
import { saveClock } from '../storage/repositories/sla.repository.ts';
import { writeJson } from '../storage/repositories/json.ts';
import { parseSlaPolicyDefinition } from '../core/sla/sla-policy.ts';
import { ALWAYS_OPEN, ParsedCache, type RoutingContext } from '../routing/routing-context.ts';
import { SettingsCache } from '../routing/settings-cache.ts';
import { DEFAULT_PRESENCE_TIMING } from '../core/routing/presence.ts';
import { handleSlaBreach } from '../sla/sla-timers.ts';
import { scheduleSlaTimers, SLA_BREACH_JOB, type SlaTimerPayload } from '../sla/sla-timers.schedule.ts';
import { benchWorkspace, type BenchWorkspace } from './bench-workspace.ts';
import { withBenchDatabase } from './bench-database.ts';
import { machineFacts, percentile, perSecond, type BenchReport } from './report.ts';

export interface SlaBenchOptions {
  deadlines: number;
  windowMs: number;
  concurrency: number;
  /** breach: the real breach handler; timer: only record the firing (the engine alone). */
  handler: 'breach' | 'timer';
  database: Config['database'];
  log?: (line: string) => void;
}

const BATCH = 500;

async function insertConversations(storage: Storage, ws: BenchWorkspace, count: number, now: number): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - from) }, (_, i) => {
      const id = newId(now);
      ids.push(id);
      return {
        id, workspace_id: ws.workspace.id, channel_account_id: ws.channel.id, contact_id: null, thread_key: `bench-${from + i}-${id}`, surface: 'public' as const,
        status: 'open' as const, priority: 0, team_id: ws.team.id, assignee_id: null, subject: null, snoozed_until: null, last_message_at: now,
        last_inbound_at: now, last_outbound_at: null, first_response_at: null, created_at: now, updated_at: now,
      };
    });
    await storage.transaction((tx) => tx.insertInto('conversations').values(rows).execute());
  }
  return ids;
}

async function benchPolicy(storage: Storage, workspaceId: string, now: number): Promise<string> {
  const id = newId(now);
  await storage.db.insertInto('sla_policies').values({
    id, workspace_id: workspaceId, name: 'Bench', is_default: 1, archived_at: null, created_at: now, updated_at: now,
    definition: writeJson(parseSlaPolicyDefinition({ targets: { firstResponseMinutes: 60 }, warningLeadMinutes: null, onBreach: [{ type: 'notify_lead' }] })),
  }).execute();
  return id;
}

/** Starts each conversation's first-response clock with its deadline, and schedules its breach timer. */
async function schedule(ctx: RoutingContext, ws: BenchWorkspace, policyId: string, conversationIds: readonly string[], dueAt: (i: number) => number): Promise<void> {
  for (let from = 0; from < conversationIds.length; from += BATCH) {
    await ctx.storage.transaction(async (tx) => {
      for (let i = from; i < Math.min(conversationIds.length, from + BATCH); i++) {
        const now = ctx.clock.now();
        const clock = startClock({ conversationId: conversationIds[i]!, target: 'first_response', cycle: 1, policyId, targetMs: dueAt(i) - now, businessHours: false }, now, ALWAYS_OPEN, null);
        await saveClock(tx, ws.workspace.id, clock, now);
        await scheduleSlaTimers(ctx, tx, ws.workspace.id, clock);
      }
    });
  }
}

export async function benchSla(options: SlaBenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  return withBenchDatabase(options.database, 'sla', async (storage) => {
    const now = systemClock.now();
    const ws = await benchWorkspace(storage, 5, now);
    const policyId = await benchPolicy(storage, ws.workspace.id, now);
    const jobs = new EmbeddedJobQueue(storage, systemClock, { concurrency: options.concurrency });
    const ctx: RoutingContext = { storage, clock: systemClock, jobs, presenceTiming: DEFAULT_PRESENCE_TIMING, calendars: new ParsedCache(), parsedRuleSets: new ParsedCache(), settings: new SettingsCache() };
    const ids = await insertConversations(storage, ws, options.deadlines + 1000, now);

    // A pilot measures how fast deadlines are scheduled, so the window starts after the last is in.
    const pilotStart = performance.now();
    await schedule(ctx, ws, policyId, ids.slice(options.deadlines), () => systemClock.now() + 24 * 60 * MINUTE);
    const schedulePerMs = 1000 / (performance.now() - pilotStart);
    await storage.db.deleteFrom('jobs').execute();
    const windowStart = systemClock.now() + Math.round((options.deadlines / schedulePerMs) * 1.5) + 3000;
    const dueAt = (i: number) => windowStart + Math.floor((i * options.windowMs) / options.deadlines);
    log(`scheduling ${options.deadlines} deadlines; the window opens in ${Math.round((windowStart - systemClock.now()) / 1000)} s`);
    const scheduleStart = performance.now();
    await schedule(ctx, ws, policyId, ids.slice(0, options.deadlines), dueAt);
    const scheduleMs = performance.now() - scheduleStart;
    const lateScheduled = systemClock.now() > windowStart;

    const errors: number[] = [];
    let firstFire = 0;
    let lastFire = 0;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => { done = resolve; });
    jobs.register<SlaTimerPayload>(SLA_BREACH_JOB, async (payload, context) => {
      const firedAt = systemClock.now();
      // The timer is set for 1 ms after the deadline (a reply at the deadline is in time).
      errors.push(Math.max(0, firedAt - context.runAt));
      firstFire ||= firedAt;
      lastFire = firedAt;
      if (options.handler === 'breach') await handleSlaBreach(ctx, payload);
      if (errors.length >= options.deadlines) done();
    });
    await jobs.start();
    log('timers running');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, options.windowMs + windowStart - systemClock.now() + 180_000).unref());
    await Promise.race([finished, timeout]);
    await jobs.drain();
    await jobs.stop();
    const recorded = options.handler === 'timer' ? errors.length : Number((await storage.db.selectFrom('sla_breaches').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
    errors.sort((a, b) => a - b);
    return {
      bench: 'sla', dialect: storage.dialect, handler: options.handler, deadlines: options.deadlines, window_ms: options.windowMs, fired: errors.length, breaches_recorded: recorded,
      fire_error_p50_ms: percentile(errors, 50), fire_error_p99_ms: percentile(errors, 99), fire_error_max_ms: errors.at(-1) ?? null,
      fired_per_s: perSecond(errors.length, Math.max(1, lastFire - firstFire)), scheduled_per_s: perSecond(options.deadlines, scheduleMs),
      scheduling_overran_window: lateScheduled, concurrency: options.concurrency, target_max_ms: 1000, ...machineFacts(),
      ...(recorded !== options.deadlines ? { problem: `${options.deadlines - recorded} breaches not recorded` } : {}),
      ...(errors.length > 0 ? {} : { problem: 'no timer fired' }),
    };
  });
}
