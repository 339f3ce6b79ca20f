// What happens at an SLA warning or breach, as the policy lists it: notify the team's lead or
// named people, take the conversation from its agent and give it to another, raise its
// priority, or move it to another team.
import { escalationsFor, type Escalation, type SlaTarget } from '../core/sla/sla-policy.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import type { Executor } from '../storage/storage.ts';
import { findTeam } from '../storage/repositories/workspaces.repository.ts';
import type { RoutingContext } from '../routing/routing-context.ts';
import { setAssignment, setPriority } from '../routing/conversation-changes.ts';
import { assignNext } from '../routing/assignment.service.ts';
import { notify } from '../routing/notifications.ts';

const TARGET_WORDS: Record<SlaTarget, string> = { first_response: 'first response', next_response: 'next response', resolution: 'resolution' };

export async function runEscalations(ctx: RoutingContext, tx: Executor, c: RoutingConversation, list: readonly Escalation[],
  moment: 'warning' | 'breach', target: SlaTarget): Promise<RoutingConversation> {
  let next = c;
  const message = moment === 'breach' ? `SLA breached: ${TARGET_WORDS[target]} is overdue` : `SLA at risk: ${TARGET_WORDS[target]} is due soon`;
  for (const escalation of escalationsFor(list, target)) {
    switch (escalation.type) {
      case 'notify_lead':
      case 'notify':
        await notify(ctx, tx, {
          workspaceId: c.workspaceId, teamId: next.teamId, conversationId: c.id, userIds: escalation.type === 'notify' ? escalation.userIds : [],
          teamLeads: escalation.type === 'notify_lead', message, reason: moment === 'breach' ? 'sla.breached' : 'sla.warning',
        });
        break;
      case 'raise_priority':
        next = await setPriority(ctx, tx, next, next.priority + escalation.by, 'escalation', null);
        break;
      case 'reassign':
        if (next.assigneeId !== null && next.status === 'open') {
          const previous = next.assigneeId;
          next = await setAssignment(ctx, tx, next, { teamId: next.teamId, assigneeId: null }, 'escalation', null);
          next = await assignNext(ctx, tx, next, new Set([previous]));
        }
        break;
      case 'assign_team':
        if (await findTeam(tx, c.workspaceId, escalation.teamId)) next = await setAssignment(ctx, tx, next, { teamId: escalation.teamId, assigneeId: null }, 'escalation', null);
        break;
    }
  }
  return next;
}
