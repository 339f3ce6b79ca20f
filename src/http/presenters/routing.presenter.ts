// Routing and SLA as the API shows them: a conversation with its routing fields and labels, SLA
// clocks and breaches, policies, rules and dry-run explanations.
import { z } from 'zod';
import type { RoutingConversation } from '../../core/routing/routing-conversation.ts';
import type { SlaClock } from '../../core/sla/sla-clock.ts';
import type { SlaPolicy } from '../../core/sla/sla-policy.ts';
import type { Breach } from '../../storage/repositories/sla.repository.ts';
import { conversationSchema, presentConversation } from './conversation.presenter.ts';

export const routedConversationSchema = conversationSchema.extend({
  needsResponse: z.boolean().nullable().describe('false: chatter, praise or spam, kept out of queues and SLAs'),
  kind: z.string().nullable(),
  sentiment: z.string().nullable(),
  topic: z.string().nullable(),
  urgency: z.number().nullable(),
  language: z.string().nullable(),
  influence: z.number().nullable(),
  slaPolicyId: z.string().nullable().describe('null: the workspace default policy'),
  queuedAt: z.number().nullable().describe('Waiting in its team queue since (epoch ms); null when not waiting'),
  assignedAt: z.number().nullable(),
  labels: z.array(z.string()),
}).describe('RoutedConversation');

export const presentRouted = (c: RoutingConversation, labels: readonly string[]): z.infer<typeof routedConversationSchema> => ({
  ...presentConversation(c), needsResponse: c.needsResponse, kind: c.kind, sentiment: c.sentiment, topic: c.topic, urgency: c.urgency,
  language: c.language, influence: c.influence, slaPolicyId: c.slaPolicyId, queuedAt: c.queuedAt, assignedAt: c.assignedAt, labels: [...labels],
});

export const slaClockSchema = z.object({
  target: z.enum(['first_response', 'next_response', 'resolution']),
  cycle: z.number().describe('Next-response clocks count customer turns; resolution counts reopenings'),
  policyId: z.string(),
  targetMs: z.number(),
  businessHours: z.boolean().describe('The target counts business hours only'),
  status: z.enum(['running', 'paused', 'stopped']),
  outcome: z.enum(['met', 'missed', 'cancelled']).nullable(),
  startedAt: z.number(),
  dueAt: z.number().nullable().describe('While running: breached just after this instant'),
  warnAt: z.number().nullable(),
  warnedAt: z.number().nullable(),
  breachedAt: z.number().nullable().describe('The deadline that was missed'),
  stoppedAt: z.number().nullable(),
  wallMs: z.number().describe('Wall-clock time the clock ran (pauses excluded)'),
  businessMs: z.number().describe('Business time the clock ran (pauses excluded)'),
}).describe('SlaClock');

export const presentClock = (c: SlaClock): z.infer<typeof slaClockSchema> => ({
  target: c.target, cycle: c.cycle, policyId: c.policyId, targetMs: c.targetMs, businessHours: c.businessHours, status: c.status, outcome: c.outcome,
  startedAt: c.startedAt, dueAt: c.dueAt, warnAt: c.warnAt, warnedAt: c.warnedAt, breachedAt: c.breachedAt, stoppedAt: c.stoppedAt,
  wallMs: c.runningWallMs, businessMs: c.runningBusinessMs,
});

export const breachSchema = z.object({
  id: z.string(), conversationId: z.string(), teamId: z.string().nullable(), policyId: z.string(),
  target: z.enum(['first_response', 'next_response', 'resolution']), cycle: z.number(), targetMs: z.number(), businessHours: z.boolean(),
  dueAt: z.number().describe('The missed deadline'), detectedAt: z.number().describe('When the timer fired'),
  metAt: z.number().nullable().describe('When the target was finally met'),
  actualMs: z.number().nullable().describe('Time to meet it, counted as the policy counts'),
  actualWallMs: z.number().nullable(), actualBusinessMs: z.number().nullable(),
}).describe('SlaBreach');

export const presentBreach = (b: Breach): z.infer<typeof breachSchema> => ({
  id: b.id, conversationId: b.conversationId, teamId: b.teamId, policyId: b.policyId, target: b.target, cycle: b.cycle, targetMs: b.targetMs,
  businessHours: b.businessHours, dueAt: b.dueAt, detectedAt: b.detectedAt, metAt: b.metAt, actualMs: b.actualMs, actualWallMs: b.actualWallMs, actualBusinessMs: b.actualBusinessMs,
});

export const slaPolicySchema = z.object({
  id: z.string(), name: z.string(), isDefault: z.boolean(),
  definition: z.record(z.string(), z.unknown()).describe('Targets, byPriority, businessHours, pauseWhen, warningLeadMinutes, onWarning, onBreach (docs/routing-and-sla.md)'),
  archivedAt: z.number().nullable(), createdAt: z.number(), updatedAt: z.number(),
}).describe('SlaPolicy');

export const presentPolicy = (p: SlaPolicy): z.infer<typeof slaPolicySchema> => ({
  id: p.id, name: p.name, isDefault: p.isDefault, definition: { ...p.definition }, archivedAt: p.archivedAt, createdAt: p.createdAt, updatedAt: p.updatedAt,
});

export const collisionSchema = z.object({
  viewing: z.array(z.string()).describe('People viewing it now (user ids)'),
  typing: z.array(z.string()).describe('People typing a reply now'),
});

/** Rules are documented in docs/routing-and-sla.md; the API carries them as validated JSON. */
export const ruleJsonSchema = z.looseObject({ id: z.string(), name: z.string() }).describe('Rule (see docs/routing-and-sla.md)');
