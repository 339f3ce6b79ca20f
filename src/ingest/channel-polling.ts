// Polling accounts the platform will not push to (X accounts without Account Activity access):
// one scheduled job per account, re-armed after each run. Events, cursors and the usage they cost
// are stored in one transaction with the processing job, so a crash at any point neither loses
// nor repeats an event. A monthly budget pauses polling when reached, until the next month.
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Storage } from '../storage/storage.ts';
import { insertInboundEvents } from '../storage/repositories/inbound-events.repository.ts';
import { readCursors, writeCursors } from '../storage/repositories/channel-cursors.repository.ts';
import { addActivity, findHealth, updateHealth } from '../storage/repositories/channel-health.repository.ts';
import type { ChannelDirectory } from './channel-directory.ts';
import type { CostMeter} from './cost-meter.ts';
import { nextMonthStart } from './cost-meter.ts';

export const POLL_JOB = 'channels.poll';
/** How a budget pause is recorded in the account's health (the monitor reads it). */
export const BUDGET_NOTE = 'polling budget';
export const pollKey = (channelAccountId: string) => `poll:${channelAccountId}`;

export interface PollingDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  registry: ChannelRegistry;
  directory: ChannelDirectory;
  meter: CostMeter;
  logger: Logger;
  fetch: typeof fetch;
  timeoutMs: number;
  defaults: { intervalMs: number; budgetUsd: number };
  /** Wakes this process's processing loop after new events are committed. */
  onStored: () => void;
}

/** Whether an account is polled: its network can be, and its settings ask for it. */
export function isPolled(settings: Record<string, unknown>): boolean {
  return settings.inbound === 'poll';
}

export function pollSettings(settings: Record<string, unknown>, defaults: PollingDeps['defaults']): { intervalMs: number; budgetUsd: number } {
  const interval = Number(settings.pollIntervalSeconds);
  const budget = Number(settings.pollBudgetUsd);
  return {
    intervalMs: Number.isFinite(interval) && interval >= 5 ? interval * 1000 : defaults.intervalMs,
    budgetUsd: Number.isFinite(budget) && budget >= 0 ? budget : defaults.budgetUsd,
  };
}

export async function pollAccount(deps: PollingDeps, channelAccountId: string): Promise<void> {
  const entry = await deps.directory.get(channelAccountId);
  if (!entry || entry.account.status !== 'active' || !isPolled(entry.account.settings)) return;
  const { account, secrets } = entry;
  const channel = deps.registry.get(account.network);
  const poller = channel.adapter.poller;
  if (!poller) return;
  const now = deps.clock.now();
  const settings = pollSettings(account.settings, deps.defaults);
  const again = (at: number) => deps.jobs.enqueue(POLL_JOB, { channelAccountId }, { uniqueKey: pollKey(channelAccountId), runAt: at });

  const spent = await deps.meter.month(deps.storage.db, account.id, now);
  if (spent.usd >= settings.budgetUsd) {
    const resume = nextMonthStart(now);
    await updateHealth(deps.storage.db, account, { poll_paused_until: resume, last_error: `${BUDGET_NOTE} of $${settings.budgetUsd} reached ($${spent.usd.toFixed(2)} spent this month)` }, now);
    deps.logger.warn({ channelAccountId, spentUsd: spent.usd, budgetUsd: settings.budgetUsd }, 'polling paused: budget reached');
    await again(resume);
    return;
  }
  const meter = deps.meter.start(account.id, account.network, now);
  const cursors = await readCursors(deps.storage.db, account.id);
  const result = await poller.poll({ secrets, accountExternalId: account.externalId, apiBaseUrl: channel.apiBaseUrl, fetch: deps.fetch, timeoutMs: deps.timeoutMs, meter, cursors, now });
  const usage = meter.records();
  const previous = await findHealth(deps.storage.db, account.id);

  if (result.outcome === 'ok') {
    await deps.storage.transaction(async (tx) => {
      await insertInboundEvents(tx, result.events.map((e) => ({ id: newId(now), channelAccountId: account.id, network: account.network, platformEventId: e.platformEventId, receivedAt: now, body: e.body })));
      await writeCursors(tx, account.id, result.cursors, now);
      await deps.meter.save(tx, usage, now);
      await addActivity(tx, [{ channelAccountId: account.id, at: now, deliveries: 1 }]);
      await updateHealth(tx, account, {
        last_poll_at: now, last_poll_ok_at: now, poll_failures: 0, last_error: null, poll_paused_until: result.retryAt ?? null,
        poll_lag_ms: previous?.last_poll_ok_at ? now - Number(previous.last_poll_ok_at) : 0,
      }, now);
    });
    deps.onStored();
    await again(Math.max(now + settings.intervalMs, result.retryAt ?? 0));
    return;
  }
  await deps.storage.transaction(async (tx) => {
    await deps.meter.save(tx, usage, now);
    if (result.outcome === 'rate_limited') {
      await updateHealth(tx, account, { last_poll_at: now, poll_paused_until: result.retryAt, last_error: result.detail }, now);
    } else {
      await addActivity(tx, [{ channelAccountId: account.id, at: now, errors: 1 }]);
      await updateHealth(tx, account, { last_poll_at: now, poll_failures: (previous?.poll_failures ?? 0) + 1, last_error: result.detail }, now);
    }
  });
  deps.logger.warn({ channelAccountId, outcome: result.outcome, detail: result.detail }, 'poll did not complete');
  const failures = (previous?.poll_failures ?? 0) + 1;
  await again(result.outcome === 'rate_limited' ? result.retryAt : now + Math.min(3_600_000, settings.intervalMs * 2 ** Math.min(failures, 6)));
}
