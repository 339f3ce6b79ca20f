// SLA policies: targets for the first response, each next response and resolution, optionally
// tighter per priority; counted in business hours or on the wall clock; paused while waiting on
// the customer where the policy says so; a warning some time before, escalations at the breach.
import { z } from 'zod';
import { MINUTE } from '../clock.ts';
import { DomainError } from '../errors.ts';
import { PRIORITY_LEVELS, priorityName } from '../routing/priority.ts';

export const SLA_TARGETS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

const minutes = z.number().int().min(1).max(366 * 24 * 60);

const targetsSchema = z.strictObject({
  firstResponseMinutes: minutes.optional(),
  nextResponseMinutes: minutes.optional(),
  resolutionMinutes: minutes.optional(),
});
export type SlaTargetsInput = z.infer<typeof targetsSchema>;

export const escalationSchema = z.discriminatedUnion('type', [
  /** Tell the supervisors of the conversation's team (and the admins when it has none). */
  z.strictObject({ type: z.literal('notify_lead'), targets: z.array(z.enum(SLA_TARGETS)).optional() }),
  z.strictObject({ type: z.literal('notify'), userIds: z.array(z.string().min(1).max(64)).min(1).max(50), targets: z.array(z.enum(SLA_TARGETS)).optional() }),
  /** Take it from the current agent and give it to another online agent of the team. */
  z.strictObject({ type: z.literal('reassign'), targets: z.array(z.enum(SLA_TARGETS)).optional() }),
  z.strictObject({ type: z.literal('raise_priority'), by: z.number().int().min(1).max(4).default(1), targets: z.array(z.enum(SLA_TARGETS)).optional() }),
  z.strictObject({ type: z.literal('assign_team'), teamId: z.string().min(1).max(64), targets: z.array(z.enum(SLA_TARGETS)).optional() }),
]);
export type Escalation = z.infer<typeof escalationSchema>;

export const slaPolicyDefinitionSchema = z.strictObject({
  targets: targetsSchema,
  /** Tighter (or looser) targets for some priority levels, by name: none, low, medium, high, urgent. */
  byPriority: z.partialRecord(z.enum(PRIORITY_LEVELS), targetsSchema).default({}),
  /** Count only business hours (the team's calendar, else the workspace's); otherwise the wall clock. */
  businessHours: z.boolean().default(false),
  /** Statuses during which every running clock pauses: pending = waiting on the customer. */
  pauseWhen: z.array(z.enum(['pending', 'snoozed'])).max(2).default(['pending']),
  /** Warn this long before a deadline, counted the way the policy counts time. */
  warningLeadMinutes: minutes.nullable().default(10),
  onWarning: z.array(escalationSchema).max(10).default([]),
  onBreach: z.array(escalationSchema).max(10).default([{ type: 'notify_lead' }]),
}).superRefine((definition, context) => {
  const anyTarget = [definition.targets, ...Object.values(definition.byPriority)]
    .some((t) => t && (t.firstResponseMinutes ?? t.nextResponseMinutes ?? t.resolutionMinutes) !== undefined);
  if (!anyTarget) context.addIssue({ code: 'custom', message: 'a policy needs at least one target', path: ['targets'] });
});
export type SlaPolicyDefinition = z.infer<typeof slaPolicyDefinitionSchema>;
export type SlaPolicyDefinitionInput = z.input<typeof slaPolicyDefinitionSchema>;

export interface SlaPolicy {
  id: string;
  workspaceId: string;
  name: string;
  isDefault: boolean;
  definition: SlaPolicyDefinition;
  archivedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** What social customers expect: a first answer within the hour, around the clock (PRODUCT.md). */
export const SOCIAL_DEFAULT_POLICY: { name: string; definition: SlaPolicyDefinitionInput } = {
  name: 'Social default',
  definition: { targets: { firstResponseMinutes: 60 }, businessHours: false, pauseWhen: ['pending'], warningLeadMinutes: 10, onBreach: [{ type: 'notify_lead' }] },
};

const FIELD: Record<SlaTarget, keyof SlaTargetsInput> = {
  first_response: 'firstResponseMinutes', next_response: 'nextResponseMinutes', resolution: 'resolutionMinutes',
};

/** The target for a conversation of this priority, in ms, or null when the policy sets none. */
export function targetMs(definition: SlaPolicyDefinition, target: SlaTarget, priority: number): number | null {
  const field = FIELD[target];
  const value = definition.byPriority[priorityName(priority)]?.[field] ?? definition.targets[field];
  return value === undefined ? null : value * MINUTE;
}

export function warningLeadMs(definition: SlaPolicyDefinition): number | null {
  return definition.warningLeadMinutes === null ? null : definition.warningLeadMinutes * MINUTE;
}

export function escalationsFor(list: readonly Escalation[], target: SlaTarget): Escalation[] {
  return list.filter((e) => e.targets === undefined || e.targets.includes(target));
}

export function parseSlaPolicyDefinition(input: unknown): SlaPolicyDefinition {
  const result = slaPolicyDefinitionSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new DomainError('validation_failed', `invalid SLA policy: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}
