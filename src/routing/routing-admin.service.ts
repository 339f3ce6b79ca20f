// Leads' routing controls: each team's routing settings, each agent's skills, capacity and
// auto-assignment, and the live view of the queues. Changes that may free capacity ask for drains.
import type { Principal } from '../core/access/principal.ts';
import { notFound } from '../core/errors.ts';
import { agentProfileInputSchema, parseTeamRoutingSettings, agingStepMs, type AgentProfileInput, type TeamRoutingSettings } from '../core/routing/routing-settings.ts';
import { DomainError } from '../core/errors.ts';
import type { AgentCandidate } from '../core/routing/assignment.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import { findTeam, findUser, listTeams, listUsers } from '../storage/repositories/workspaces.repository.ts';
import * as config from '../storage/repositories/routing-config.repository.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { recordAudit } from '../identity/audit.ts';
import type { RoutingContext } from './routing-context.ts';
import { requestDrain, requestDrainForAgent } from './drain-requests.ts';
import { teamSettings, toCandidate } from './team-agents.ts';

export async function getTeamSettings(ctx: RoutingContext, principal: Principal, teamId: string): Promise<TeamRoutingSettings> {
  if (!(await findTeam(ctx.storage.db, principal.workspaceId, teamId))) throw notFound('Team');
  return teamSettings(ctx.storage.db, principal.workspaceId, teamId);
}

export async function setTeamSettings(ctx: RoutingContext, principal: Principal, teamId: string, input: unknown, ip: string | null): Promise<TeamRoutingSettings> {
  const settings = parseTeamRoutingSettings(input);
  return ctx.storage.transaction(async (tx) => {
    if (!(await findTeam(tx, principal.workspaceId, teamId))) throw notFound('Team');
    await config.upsertTeamSettings(tx, principal.workspaceId, teamId, settings, ctx.clock.now());
    await requestDrain(ctx, tx, principal.workspaceId, teamId);
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'routing.team_settings_changed', target: { type: 'team', id: teamId }, ip });
    return settings;
  });
}

export interface AgentView extends AgentCandidate {
  name: string;
  teamIds: string[];
  presenceChangedAt: number;
  manualAway: boolean;
}

export async function listAgents(ctx: RoutingContext, workspaceId: string): Promise<AgentView[]> {
  const db = ctx.storage.db;
  const users = (await listUsers(db, workspaceId)).filter((u) => u.status === 'active');
  const ids = users.map((u) => u.id);
  const [profiles, loads] = await Promise.all([config.listAgentRouting(db, workspaceId, ids), routing.loadsOf(db, workspaceId, ids)]);
  const memberships = await db.selectFrom('team_memberships').select(['user_id', 'team_id']).where('workspace_id', '=', workspaceId).execute();
  return users.map((u) => {
    const profile = profiles.get(u.id)!;
    return {
      ...toCandidate(profile, loads.get(u.id)!), name: u.name, presenceChangedAt: profile.presenceChangedAt, manualAway: profile.manualAway,
      teamIds: memberships.filter((m) => m.user_id === u.id).map((m) => m.team_id),
    };
  });
}

export async function setAgentProfile(ctx: RoutingContext, principal: Principal, userId: string, input: AgentProfileInput, ip: string | null): Promise<AgentView> {
  const parsed = agentProfileInputSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('validation_failed', 'invalid agent routing profile', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  await ctx.storage.transaction(async (tx) => {
    if (!(await findUser(tx, principal.workspaceId, userId))) throw notFound('Person');
    await config.upsertAgentRouting(tx, principal.workspaceId, userId, parsed.data, ctx.clock.now());
    await requestDrainForAgent(ctx, tx, principal.workspaceId, userId);
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'routing.agent_profile_changed', target: { type: 'user', id: userId }, ip, meta: { fields: Object.keys(parsed.data) } });
  });
  return (await listAgents(ctx, principal.workspaceId)).find((a) => a.userId === userId)!;
}

export interface QueueSummary {
  teamId: string;
  name: string;
  waiting: number;
  oldestQueuedAt: number | null;
  online: number;
  away: number;
}

export async function queueSummaries(ctx: RoutingContext, workspaceId: string): Promise<QueueSummary[]> {
  const db = ctx.storage.db;
  const [teams, counts, agents] = await Promise.all([listTeams(db, workspaceId), routing.countWaiting(db, workspaceId), listAgents(ctx, workspaceId)]);
  return teams.map((team) => {
    const count = counts.find((c) => c.teamId === team.id);
    const members = agents.filter((a) => a.teamIds.includes(team.id));
    return {
      teamId: team.id, name: team.name, waiting: count?.waiting ?? 0, oldestQueuedAt: count?.oldestQueuedAt ?? null,
      online: members.filter((a) => a.presence === 'online').length, away: members.filter((a) => a.presence === 'away').length,
    };
  });
}

/** The team's waiting conversations in the order they will be assigned. */
export async function queueOf(ctx: RoutingContext, workspaceId: string, teamId: string, limit: number): Promise<RoutingConversation[]> {
  if (!(await findTeam(ctx.storage.db, workspaceId, teamId))) throw notFound('Team');
  const settings = await teamSettings(ctx.storage.db, workspaceId, teamId);
  return routing.listWaiting(ctx.storage.db, workspaceId, teamId, agingStepMs(settings), limit);
}
