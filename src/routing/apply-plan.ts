// Carrying out what the rules decided, through the same changes as everything else. References
// are checked again at run time (a team may have been deleted since the rules were saved): what
// no longer exists is skipped, never half-applied.
import type { RoutingPlan } from '../core/routing/routing-plan.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import { emit } from '../events/emit.ts';
import type { Executor } from '../storage/storage.ts';
import { findTeam, findUser, listTeams, listTeamsOfUser } from '../storage/repositories/workspaces.repository.ts';
import { findPolicy } from '../storage/repositories/sla.repository.ts';
import { listTeamIdsOfUser } from '../storage/repositories/routing.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { changeLabels, markNoResponse, setAssignment, setPriority, setSlaPolicy } from './conversation-changes.ts';
import { notify } from './notifications.ts';

async function careTeamId(tx: Executor, workspaceId: string, named: string | null): Promise<string | null> {
  if (named !== null) return (await findTeam(tx, workspaceId, named))?.id ?? null;
  return (await listTeams(tx, workspaceId, 'care'))[0]?.id ?? null;
}

async function applyTeamAndAgent(ctx: RoutingContext, tx: Executor, c: RoutingConversation, plan: RoutingPlan): Promise<RoutingConversation> {
  let next = c;
  if (plan.team?.kind === 'handoff') {
    const teamId = await careTeamId(tx, c.workspaceId, plan.team.teamId);
    if (teamId !== null) next = await setAssignment(ctx, tx, next, { teamId, assigneeId: null }, 'handoff', null);
  } else if (plan.team?.kind === 'team' && await findTeam(tx, c.workspaceId, plan.team.teamId)) {
    const keep = next.assigneeId !== null && (await listTeamIdsOfUser(tx, c.workspaceId, next.assigneeId)).includes(plan.team.teamId);
    next = await setAssignment(ctx, tx, next, { teamId: plan.team.teamId, assigneeId: keep ? next.assigneeId : null }, 'rule', null);
  }
  if (plan.agent) {
    const user = await findUser(tx, c.workspaceId, plan.agent.userId);
    if (user?.status === 'active') {
      const teams = (await listTeamsOfUser(tx, c.workspaceId, user.id)).map((t) => t.id);
      // The agent must be able to see it: keep its team if they are in it, else the named team, else theirs.
      const teamId = next.teamId !== null && teams.includes(next.teamId) ? next.teamId
        : plan.agent.teamId !== null && teams.includes(plan.agent.teamId) ? plan.agent.teamId : teams[0] ?? null;
      if (teamId !== null) next = await setAssignment(ctx, tx, next, { teamId, assigneeId: user.id }, 'rule', null);
    }
  }
  return next;
}

export async function applyPlan(ctx: RoutingContext, tx: Executor, c: RoutingConversation, plan: RoutingPlan, messageId: string): Promise<RoutingConversation> {
  let next = c;
  if (plan.noResponse) next = await markNoResponse(ctx, tx, next);
  if (plan.labels.length > 0) await changeLabels(ctx, tx, next, plan.labels, [], null);
  if (plan.priority !== null) next = await setPriority(ctx, tx, next, plan.priority, 'rule', null);
  if (plan.slaPolicyId !== null) {
    const policy = await findPolicy(tx, c.workspaceId, plan.slaPolicyId);
    if (policy && policy.archivedAt === null) next = await setSlaPolicy(ctx, tx, next, policy.id, null);
  }
  next = await applyTeamAndAgent(ctx, tx, next, plan);
  for (const ack of plan.acknowledgements) {
    await emit(tx, ctx.clock, {
      type: 'conversation.acknowledgement_requested', workspaceId: c.workspaceId, subjectId: c.id, teamId: next.teamId,
      payload: { conversationId: c.id, messageId, ruleId: ack.ruleId, text: ack.text },
    });
    await ctx.acknowledge?.(tx, { workspaceId: c.workspaceId, conversationId: c.id, messageId, ruleId: ack.ruleId, text: ack.text });
  }
  for (const n of plan.notifications) {
    await notify(ctx, tx, { workspaceId: c.workspaceId, teamId: next.teamId, conversationId: c.id, userIds: n.userIds, teamLeads: n.teamLeads, message: n.message, reason: `rule:${n.ruleId}` });
  }
  return next;
}
