// Assignment with storage: draining a team's waiting queue onto its free online agents, giving
// one conversation to the next agent (escalation), and taking work back from an agent who went
// offline. A drain holds the team queue's lock; each assignment takes the chosen agent's row
// lock and re-counts their load, so concurrent drains of teams sharing an agent cannot push the
// agent over capacity.
import { chooseAgent, hasRoom, withOneMore, type AgentCandidate } from '../core/routing/assignment.ts';
import { agingStepMs, type TeamRoutingSettings } from '../core/routing/routing-settings.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import type { Executor } from '../storage/storage.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { lockTeamQueue, upsertAgentRouting } from '../storage/repositories/routing-config.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { setAssignment } from './conversation-changes.ts';
import { teamCandidates, teamSettings } from './team-agents.ts';

const BATCH = 100;
/** A drain gives up after this many conversations nobody could take (the next drain tries again). */
const MAX_SKIPPED = 1000;

const anyoneHasRoom = (team: readonly AgentCandidate[], settings: TeamRoutingSettings) =>
  team.some((a) => a.presence === 'online' && a.autoAssign && a.load.total < (a.capacity ?? settings.capacity).total);

/**
 * Round robin's pointer is each agent's last assignment stamp. Stamps are a logical clock: the
 * wall clock, but always past every stamp in the team, so two assignments in one millisecond
 * still take turns.
 */
const latestStamp = (team: readonly AgentCandidate[]) => Math.max(0, ...team.map((a) => a.lastAssignedAt));

/** Locks the agent's row and re-reads their load (another team's drain may have just added to it). */
async function claimAgent(ctx: RoutingContext, tx: Executor, workspaceId: string, agent: AgentCandidate, stamp: number): Promise<AgentCandidate> {
  await upsertAgentRouting(tx, workspaceId, agent.userId, { lastAssignedAt: stamp }, ctx.clock.now());
  const load = (await routing.loadsOf(tx, workspaceId, [agent.userId])).get(agent.userId)!;
  return { ...agent, load, lastAssignedAt: stamp };
}

/** Picks and assigns an agent for one waiting conversation; the updated team, or null when nobody could take it. */
async function assignOne(ctx: RoutingContext, tx: Executor, c: RoutingConversation, team: AgentCandidate[],
  settings: TeamRoutingSettings, exclude: ReadonlySet<string>, clock: { stamp: number }): Promise<AgentCandidate[] | null> {
  let agents = team;
  for (;;) {
    const choice = chooseAgent({ conversationId: c.id, network: c.network, language: c.language, topic: c.topic }, agents, settings, exclude);
    if (!choice) return null;
    clock.stamp = Math.max(ctx.clock.now(), clock.stamp + 1);
    const fresh = await claimAgent(ctx, tx, c.workspaceId, agents.find((a) => a.userId === choice.userId)!, clock.stamp);
    if (!hasRoom(fresh, c.network, settings.capacity)) {
      agents = agents.map((a) => (a.userId === fresh.userId ? fresh : a));
      continue;
    }
    await setAssignment(ctx, tx, c, { teamId: c.teamId, assigneeId: fresh.userId }, 'auto', null);
    const updated = { ...fresh, load: withOneMore(fresh.load, c.network) };
    return agents.map((a) => (a.userId === updated.userId ? updated : a));
  }
}

/** Assigns the team's waiting conversations, best first, while anyone online has room. Returns how many. */
export async function drainTeam(ctx: RoutingContext, workspaceId: string, teamId: string): Promise<number> {
  return ctx.storage.transaction(async (tx) => {
    await lockTeamQueue(tx, workspaceId, teamId, ctx.clock.now());
    const settings = await teamSettings(tx, workspaceId, teamId);
    if (!settings.autoAssign) return 0;
    let team = await teamCandidates(tx, workspaceId, teamId);
    const clock = { stamp: latestStamp(team) };
    const skipped = new Set<string>();
    let assigned = 0;
    for (;;) {
      if (!anyoneHasRoom(team, settings) || skipped.size >= MAX_SKIPPED) return assigned;
      const waiting = (await routing.listWaiting(tx, workspaceId, teamId, agingStepMs(settings), BATCH + skipped.size)).filter((c) => !skipped.has(c.id));
      if (waiting.length === 0) return assigned;
      for (const c of waiting) {
        const locked = await routing.lockRoutingConversation(tx, workspaceId, c.id, ctx.clock.now());
        if (!locked || locked.queuedAt === null || locked.teamId !== teamId) continue;
        const next = await assignOne(ctx, tx, locked, team, settings, new Set(), clock);
        if (next) {
          team = next;
          assigned++;
        } else {
          skipped.add(c.id);
        }
      }
    }
  });
}

/** Gives a conversation to another agent of its team now (or leaves it waiting), never to `exclude`. */
export async function assignNext(ctx: RoutingContext, tx: Executor, c: RoutingConversation, exclude: ReadonlySet<string>): Promise<RoutingConversation> {
  if (c.teamId === null || c.queuedAt === null) return c;
  const settings = await teamSettings(tx, c.workspaceId, c.teamId);
  if (!settings.autoAssign) return c;
  const team = await teamCandidates(tx, c.workspaceId, c.teamId);
  await assignOne(ctx, tx, c, team, settings, exclude, { stamp: latestStamp(team) });
  return (await routing.findRoutingConversation(tx, c.workspaceId, c.id)) ?? c;
}

/** An agent went offline: their open conversations go back to their teams' queues (where the team says so). */
export async function reassignFromAgent(ctx: RoutingContext, workspaceId: string, userId: string): Promise<number> {
  return ctx.storage.transaction(async (tx) => {
    let moved = 0;
    for (const c of await routing.listAssigned(tx, workspaceId, userId, ['open'])) {
      if (c.teamId === null || !(await teamSettings(tx, workspaceId, c.teamId)).reassignWhenOffline) continue;
      const locked = await routing.lockRoutingConversation(tx, workspaceId, c.id, ctx.clock.now());
      if (!locked || locked.assigneeId !== userId || locked.status !== 'open') continue;
      await setAssignment(ctx, tx, locked, { teamId: locked.teamId, assigneeId: null }, 'agent_offline', null);
      moved++;
    }
    return moved;
  });
}
