// Asking for a team's queue to be drained. The drain runs as a job right after the commit (the
// engine wakes on commit); one pending job per team, so a burst of changes coalesces into one
// drain, and a change during a running drain makes it run once more.
import type { Executor } from '../storage/storage.ts';
import { listTeamIdsOfUser } from '../storage/repositories/routing.repository.ts';
import type { RoutingContext } from './routing-context.ts';

export const DRAIN_JOB = 'routing.drain';

export interface DrainPayload {
  workspaceId: string;
  teamId: string;
}

export async function requestDrain(ctx: RoutingContext, tx: Executor, workspaceId: string, teamId: string): Promise<void> {
  await ctx.jobs.enqueue<DrainPayload>(DRAIN_JOB, { workspaceId, teamId }, { uniqueKey: `routing:drain:${teamId}`, executor: tx });
}

/** An agent has room again (resolved, released, back online): every team they serve may drain. */
export async function requestDrainForAgent(ctx: RoutingContext, tx: Executor, workspaceId: string, userId: string): Promise<void> {
  for (const teamId of await listTeamIdsOfUser(tx, workspaceId, userId)) await requestDrain(ctx, tx, workspaceId, teamId);
}
