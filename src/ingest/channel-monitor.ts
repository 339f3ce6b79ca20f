// The channel monitor: once a minute, for every active account, judge its health from its
// counters (core/channel/health-rules.ts) and announce changes (`channel.unhealthy` once when it
// goes bad, `channel.recovered` when it comes back); and make sure every polled account has its
// poll job armed (a new account, or one whose job was buried).
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { evaluateHealth } from '../core/channel/health-rules.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import { emit } from '../events/emit.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Storage } from '../storage/storage.ts';
import { jobExists } from '../storage/repositories/jobs.repository.ts';
import { findHealth, hourStart, listActiveChannelAccounts, listActivity, updateHealth } from '../storage/repositories/channel-health.repository.ts';
import { BUDGET_NOTE, isPolled, POLL_JOB, pollKey } from './channel-polling.ts';

export const MONITOR_JOB = 'channels.monitor';
export const MONITOR_EVERY_MS = 60_000;
const HISTORY_MS = 15 * 24 * 3_600_000;

export interface MonitorDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  registry: ChannelRegistry;
  logger: Logger;
}

export async function monitorChannels(deps: MonitorDeps): Promise<void> {
  const now = deps.clock.now();
  for (const account of await listActiveChannelAccounts(deps.storage.db)) {
    if (!deps.registry.has(account.network)) continue;
    const polled = isPolled(account.settings) && deps.registry.get(account.network).adapter.poller !== undefined;
    if (polled && !(await jobExists(deps.storage.db, pollKey(account.id)))) {
      await deps.jobs.enqueue(POLL_JOB, { channelAccountId: account.id }, { uniqueKey: pollKey(account.id) });
    }
    await judge(deps, account, polled, now);
  }
}

async function judge(deps: MonitorDeps, account: { id: string; workspaceId: string; network: string; createdAt: number }, polled: boolean, now: number): Promise<void> {
  const db = deps.storage.db;
  const [health, activity] = await Promise.all([findHealth(db, account.id), listActivity(db, account.id, hourStart(now - HISTORY_MS))]);
  const verdict = evaluateHealth({
    now, lastEventAt: health?.last_event_at === null || health?.last_event_at === undefined ? null : Number(health.last_event_at),
    accountCreatedAt: account.createdAt, polled, pollFailures: health?.poll_failures ?? 0,
    pollPausedUntil: health?.poll_paused_until === null || health?.poll_paused_until === undefined ? null : Number(health.poll_paused_until),
    budgetReached: health?.last_error?.startsWith(BUDGET_NOTE) ?? false,
    activity: activity.map((a) => ({ hourStart: Number(a.hour_start), events: a.events, deliveries: a.deliveries, authFailures: a.auth_failures, errors: a.errors })),
  });
  const was = health?.status ?? 'healthy';
  if (verdict.healthy && was === 'healthy') return;
  if (!verdict.healthy && was === 'unhealthy' && health?.reason === verdict.reason) return;
  await deps.storage.transaction(async (tx) => {
    if (verdict.healthy) {
      await updateHealth(tx, account, { status: 'healthy', reason: null, status_since: now }, now);
      await emit(tx, deps.clock, { type: 'channel.recovered', workspaceId: account.workspaceId, subjectId: account.id, payload: { channelAccountId: account.id, network: account.network } });
    } else {
      await updateHealth(tx, account, { status: 'unhealthy', reason: verdict.reason, status_since: now }, now);
      await emit(tx, deps.clock, { type: 'channel.unhealthy', workspaceId: account.workspaceId, subjectId: account.id, payload: { channelAccountId: account.id, network: account.network, reason: verdict.reason, detail: verdict.detail } });
    }
  });
  deps.logger.warn({ channelAccountId: account.id, network: account.network, healthy: verdict.healthy, reason: verdict.healthy ? null : verdict.reason }, 'channel health changed');
}
