// Agent presence from realtime connections, kept in the database so that job workers in other
// processes see it. This process records its connections, heartbeats them, and marks activity;
// status changes (online, away, offline) are computed from every live connection of the person,
// emitted as presence.changed, and drive assignment: coming online drains their teams' queues,
// going offline hands their open conversations back (after a grace period for page reloads).
import { computePresence, nextPresenceChange } from '../core/routing/presence.ts';
import type { Presence } from '../core/routing/assignment.ts';
import { newId } from '../core/ids.ts';
import { SECOND } from '../core/clock.ts';
import { emit } from '../events/emit.ts';
import type { Executor } from '../storage/storage.ts';
import * as config from '../storage/repositories/routing-config.repository.ts';
import { listTeamIdsOfUser } from '../storage/repositories/routing.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { requestDrainForAgent } from './drain-requests.ts';

export const PRESENCE_CHECK_JOB = 'presence.check';
export const PRESENCE_SWEEP_JOB = 'presence.sweep';
export const REASSIGN_OFFLINE_JOB = 'routing.reassign_offline';
const checkKey = (userId: string) => `presence:${userId}`;
/** Activity is written at most this often per connection. */
const ACTIVITY_WRITE_MS = 15 * SECOND;

export interface PresencePayload {
  workspaceId: string;
  userId: string;
}

export class PresenceService {
  readonly #ctx: RoutingContext;
  /** This process's connections: id -> owner and when activity was last written. */
  readonly #local = new Map<string, { workspaceId: string; userId: string; activeWrittenAt: number }>();
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(ctx: RoutingContext) {
    this.#ctx = ctx;
  }

  start(): void {
    this.#heartbeat = setInterval(() => void this.heartbeat().catch(() => {}), Math.max(SECOND, this.#ctx.presenceTiming.staleMs / 3));
    this.#heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.#heartbeat);
  }

  async connect(workspaceId: string, userId: string): Promise<string> {
    const id = newId();
    const now = this.#ctx.clock.now();
    await config.insertConnection(this.#ctx.storage.db, { id, workspaceId, userId, at: now });
    this.#local.set(id, { workspaceId, userId, activeWrittenAt: now });
    await this.recompute(workspaceId, userId);
    return id;
  }

  /** The person did something in this tab (focus, keys, navigation). */
  async activity(connectionId: string): Promise<void> {
    const local = this.#local.get(connectionId);
    const now = this.#ctx.clock.now();
    if (!local || now - local.activeWrittenAt < ACTIVITY_WRITE_MS) return;
    local.activeWrittenAt = now;
    await config.markConnectionActive(this.#ctx.storage.db, connectionId, now);
    const profile = await config.findAgentRouting(this.#ctx.storage.db, local.workspaceId, local.userId);
    if (profile.presence !== 'online' && !profile.manualAway) await this.recompute(local.workspaceId, local.userId);
  }

  async disconnect(connectionId: string): Promise<void> {
    const local = this.#local.get(connectionId);
    if (!local) return;
    this.#local.delete(connectionId);
    await config.deleteConnection(this.#ctx.storage.db, connectionId);
    // Offline only after a grace period: a reload reconnects within it.
    await this.#ctx.jobs.enqueue<PresencePayload>(PRESENCE_CHECK_JOB, { workspaceId: local.workspaceId, userId: local.userId },
      { runAt: this.#ctx.clock.now() + this.#ctx.presenceTiming.offlineGraceMs, uniqueKey: checkKey(local.userId) });
  }

  /** The person chose away (no new work) or available. */
  async setManualAway(workspaceId: string, userId: string, away: boolean): Promise<Presence> {
    await config.upsertAgentRouting(this.#ctx.storage.db, workspaceId, userId, { manualAway: away }, this.#ctx.clock.now());
    return this.recompute(workspaceId, userId);
  }

  async heartbeat(): Promise<void> {
    await config.touchConnections(this.#ctx.storage.db, [...this.#local.keys()], this.#ctx.clock.now());
  }

  /** Recomputes the person's presence from their live connections; acts on a change. */
  async recompute(workspaceId: string, userId: string): Promise<Presence> {
    return this.#ctx.storage.transaction((tx) => recomputePresence(this.#ctx, tx, workspaceId, userId));
  }

  /** Crash recovery: connections of a process that died stop heartbeating; their owners are recomputed. */
  async sweep(): Promise<void> {
    const now = this.#ctx.clock.now();
    const stale = await config.deleteStaleConnections(this.#ctx.storage.db, now - this.#ctx.presenceTiming.staleMs);
    const present = await config.listPresentAgents(this.#ctx.storage.db);
    const owners = new Map([...stale, ...present].map((o) => [o.userId, o]));
    for (const owner of owners.values()) await this.recompute(owner.workspaceId, owner.userId);
  }
}

export async function recomputePresence(ctx: RoutingContext, tx: Executor, workspaceId: string, userId: string): Promise<Presence> {
  const now = ctx.clock.now();
  const profile = await config.findAgentRouting(tx, workspaceId, userId);
  const connections = await config.listConnectionsOf(tx, userId);
  const presence = computePresence(connections, now, ctx.presenceTiming, profile.manualAway);
  const next = nextPresenceChange(connections, now, ctx.presenceTiming);
  if (next !== null) await ctx.jobs.enqueue<PresencePayload>(PRESENCE_CHECK_JOB, { workspaceId, userId }, { runAt: next, uniqueKey: checkKey(userId), executor: tx });
  if (presence === profile.presence) return presence;
  await config.upsertAgentRouting(tx, workspaceId, userId, { presence, presenceChangedAt: now }, now);
  const teams = await listTeamIdsOfUser(tx, workspaceId, userId);
  // One event per team, so each team's viewers hear it (realtime scopes events by team).
  for (const teamId of teams.length > 0 ? teams : [null]) {
    await emit(tx, ctx.clock, { type: 'presence.changed', workspaceId, subjectId: userId, teamId, payload: { userId, presence, previous: profile.presence } });
  }
  if (presence === 'online') await requestDrainForAgent(ctx, tx, workspaceId, userId);
  if (presence === 'offline') await ctx.jobs.enqueue<PresencePayload>(REASSIGN_OFFLINE_JOB, { workspaceId, userId }, { executor: tx, uniqueKey: `routing:offline:${userId}` });
  return presence;
}
