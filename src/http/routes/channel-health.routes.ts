// Channel health through the API: when the account last heard from its platform, signature
// failures, error rate, polling lag and, for polled X accounts, what polling cost this month.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { Storage } from '../../storage/storage.ts';
import { findHealth, hourStart, listActivity } from '../../storage/repositories/channel-health.repository.ts';
import type { CostMeter } from '../../ingest/cost-meter.ts';
import { isPolled, pollSettings, type PollingDeps } from '../../ingest/channel-polling.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { visibleChannel } from './channel-scope.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
  meter: CostMeter;
  pollDefaults: PollingDeps['defaults'];
}

const healthSchema = z.object({
  channelAccountId: z.string(),
  status: z.enum(['healthy', 'unhealthy']),
  reason: z.string().nullable().describe('quiet, auth_failures, errors, polling_failed or budget_reached'),
  statusSince: z.number().nullable(),
  lastEventAt: z.number().nullable().describe('Receipt time of the newest event (epoch ms)'),
  lastHour: z.object({
    events: z.number(), deliveries: z.number(), authFailures: z.number().describe('Requests refused for a missing or wrong signature'),
    errors: z.number(), errorRate: z.number().describe('errors / (events + errors)'),
  }),
  polling: z.object({
    lastPollAt: z.number().nullable(), lastSuccessAt: z.number().nullable(), lagMs: z.number().nullable().describe('How long new posts may have waited unseen'),
    consecutiveFailures: z.number(), pausedUntil: z.number().nullable(), lastError: z.string().nullable(),
    budgetUsd: z.number(), spentThisMonthUsd: z.number(),
    usage: z.array(z.object({ resource: z.string(), units: z.number(), usd: z.number() })),
  }).nullable(),
}).describe('ChannelHealth');

const num = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export function registerChannelHealthRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/channels/:id/health', {
    config: { access: requires('channel.read') },
    schema: { tags: ['channels'], summary: 'Health of a channel account: last event, failures, error rate, polling lag and cost', params: z.object({ id: z.string().max(64) }), response: { 200: healthSchema } },
  }, async (request) => {
    const db = deps.storage.db;
    const account = await visibleChannel(db, principalOf(request), request.params.id);
    const now = deps.clock.now();
    const [health, activity] = await Promise.all([findHealth(db, account.id), listActivity(db, account.id, hourStart(now - 3_600_000))]);
    const sum = (key: 'events' | 'deliveries' | 'auth_failures' | 'errors') => activity.reduce((n, a) => n + a[key], 0);
    const events = sum('events');
    const errors = sum('errors');
    let polling: z.infer<typeof healthSchema>['polling'] = null;
    if (isPolled(account.settings)) {
      const month = await deps.meter.month(db, account.id, now);
      const lastOk = num(health?.last_poll_ok_at);
      polling = {
        lastPollAt: num(health?.last_poll_at), lastSuccessAt: lastOk, lagMs: lastOk === null ? null : now - lastOk,
        consecutiveFailures: health?.poll_failures ?? 0, pausedUntil: num(health?.poll_paused_until), lastError: health?.last_error ?? null,
        budgetUsd: pollSettings(account.settings, deps.pollDefaults).budgetUsd, spentThisMonthUsd: month.usd, usage: month.byResource,
      };
    }
    return {
      channelAccountId: account.id, status: health?.status ?? 'healthy', reason: health?.reason ?? null, statusSince: num(health?.status_since),
      lastEventAt: num(health?.last_event_at),
      lastHour: { events, deliveries: sum('deliveries'), authFailures: sum('auth_failures'), errors, errorRate: events + errors === 0 ? 0 : errors / (events + errors) },
      polling,
    };
  });
}
