// The actions of the rules that matched, folded in order into one plan. Later rules win for
// single-valued outcomes (team, agent, priority, SLA policy); labels, acknowledgements and
// notifications accumulate.
import type { RuleAction } from './rule-schema.ts';

export type TeamDecision =
  | { kind: 'team'; teamId: string; ruleId: string }
  /** Marketing to care: the named care team, or the workspace's first care team. */
  | { kind: 'handoff'; teamId: string | null; ruleId: string };

export interface RoutingPlan {
  team: TeamDecision | null;
  agent: { userId: string; teamId: string | null; ruleId: string } | null;
  priority: number | null;
  labels: string[];
  slaPolicyId: string | null;
  /** Canned acknowledgements for the reply outbox (issue 7) to send. */
  acknowledgements: Array<{ ruleId: string; text: string }>;
  noResponse: boolean;
  notifications: Array<{ ruleId: string; userIds: string[]; teamLeads: boolean; message: string }>;
}

export function emptyPlan(): RoutingPlan {
  return { team: null, agent: null, priority: null, labels: [], slaPolicyId: null, acknowledgements: [], noResponse: false, notifications: [] };
}

export function applyAction(plan: RoutingPlan, action: RuleAction, ruleId: string): void {
  switch (action.type) {
    case 'assign_team':
      plan.team = { kind: 'team', teamId: action.teamId, ruleId };
      return;
    case 'handoff_to_care':
      plan.team = { kind: 'handoff', teamId: action.teamId ?? null, ruleId };
      plan.agent = null;
      return;
    case 'assign_agent':
      plan.agent = { userId: action.userId, teamId: action.teamId ?? null, ruleId };
      return;
    case 'set_priority':
      plan.priority = action.priority;
      return;
    case 'add_labels':
      for (const label of action.labels) if (!plan.labels.includes(label)) plan.labels.push(label);
      return;
    case 'apply_sla':
      plan.slaPolicyId = action.policyId;
      return;
    case 'send_acknowledgement':
      plan.acknowledgements.push({ ruleId, text: action.text });
      return;
    case 'mark_no_response':
      plan.noResponse = true;
      return;
    case 'notify':
      plan.notifications.push({ ruleId, userIds: [...action.userIds], teamLeads: action.teamLeads, message: action.message });
      return;
  }
}
