// The routing module's jobs: queue drains, snooze wake-ups, presence checks and the crash sweep,
// and handing back an offline agent's work. Each is safe to run twice.
import { MINUTE } from '../core/clock.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { findAgentRouting } from '../storage/repositories/routing-config.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { DRAIN_JOB, type DrainPayload } from './drain-requests.ts';
import { drainTeam, reassignFromAgent } from './assignment.service.ts';
import { setStatus, WAKE_JOB } from './conversation-changes.ts';
import { PRESENCE_CHECK_JOB, PRESENCE_SWEEP_JOB, REASSIGN_OFFLINE_JOB, type PresencePayload, type PresenceService } from './presence.service.ts';

interface WakePayload {
  workspaceId: string;
  conversationId: string;
  snoozedUntil: number;
}

const SWEEP_KEY = 'presence:sweep';

/** Wakes a snoozed conversation at its time, unless it was woken or re-snoozed meanwhile. */
async function wake(ctx: RoutingContext, p: WakePayload): Promise<void> {
  await ctx.storage.transaction(async (tx) => {
    const c = await routing.lockRoutingConversation(tx, p.workspaceId, p.conversationId, ctx.clock.now());
    if (c?.status === 'snoozed' && c.snoozedUntil === p.snoozedUntil) await setStatus(ctx, tx, c, 'open', { byUserId: null });
  });
}

async function reassignIfStillOffline(ctx: RoutingContext, p: PresencePayload): Promise<void> {
  if ((await findAgentRouting(ctx.storage.db, p.workspaceId, p.userId)).presence === 'offline') await reassignFromAgent(ctx, p.workspaceId, p.userId);
}

export function registerRoutingJobs(ctx: RoutingContext, presence: PresenceService): void {
  ctx.jobs.register<DrainPayload>(DRAIN_JOB, async (p) => { await drainTeam(ctx, p.workspaceId, p.teamId); });
  ctx.jobs.register<WakePayload>(WAKE_JOB, (p) => wake(ctx, p));
  ctx.jobs.register<PresencePayload>(PRESENCE_CHECK_JOB, async (p) => { await presence.recompute(p.workspaceId, p.userId); });
  ctx.jobs.register<PresencePayload>(REASSIGN_OFFLINE_JOB, (p) => reassignIfStillOffline(ctx, p));
  ctx.jobs.register(PRESENCE_SWEEP_JOB, async () => {
    await presence.sweep();
    await scheduleSweep(ctx);
  });
}

/** The crash sweep runs every minute: it only matters when a web process died with sockets open. */
export async function scheduleSweep(ctx: RoutingContext): Promise<void> {
  await ctx.jobs.enqueue(PRESENCE_SWEEP_JOB, {}, { runAt: ctx.clock.now() + MINUTE, uniqueKey: SWEEP_KEY });
}
