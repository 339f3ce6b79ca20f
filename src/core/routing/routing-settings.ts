// Per-team routing settings and per-agent routing profiles, as stored JSON validated with zod.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { MINUTE } from '../clock.ts';

/**
 * How many open conversations an agent holds at once: in total, and per channel network
 * (`{"total": 8, "perChannel": {"whatsapp": 3, "email": 10}}`). Networks not listed are limited
 * by the total only.
 */
export const capacitySchema = z.strictObject({
  total: z.number().int().min(0).max(1000),
  perChannel: z.record(z.string().min(1).max(32), z.number().int().min(0).max(1000)).default({}),
});
export type Capacity = z.infer<typeof capacitySchema>;

export const teamRoutingSettingsSchema = z.strictObject({
  /** round_robin: the eligible agent assigned longest ago; balanced: the lowest load for their capacity. */
  strategy: z.enum(['round_robin', 'balanced']).default('balanced'),
  /** Off: conversations wait in the team queue for someone to take them. */
  autoAssign: z.boolean().default(true),
  capacity: capacitySchema.default({ total: 8, perChannel: {} }),
  /** preferred: skilled agents first, anyone when none is free; required: only skilled agents (unless nobody in the team has the skill). */
  skills: z.enum(['preferred', 'required']).default('preferred'),
  /** Each priority level counts as this many minutes of waiting: the queue's ageing rate. */
  agingMinutesPerPriority: z.number().int().min(1).max(24 * 60).default(15),
  /** Give an agent's open conversations to others when they go offline. */
  reassignWhenOffline: z.boolean().default(true),
});
export type TeamRoutingSettings = z.infer<typeof teamRoutingSettingsSchema>;
export type TeamRoutingSettingsInput = z.input<typeof teamRoutingSettingsSchema>;

export const DEFAULT_TEAM_ROUTING: TeamRoutingSettings = teamRoutingSettingsSchema.parse({});

export const agentSkillsSchema = z.strictObject({
  /** ISO 639-1 codes; empty means no language restriction. */
  languages: z.array(z.string().trim().toLowerCase().min(2).max(8)).max(50).default([]),
  /** Triage topics this agent is good at; empty means no topic preference. */
  topics: z.array(z.string().trim().min(1).max(64)).max(100).default([]),
});
export type AgentSkills = z.infer<typeof agentSkillsSchema>;

export const agentProfileInputSchema = z.strictObject({
  skills: agentSkillsSchema.optional(),
  /** Overrides the team's capacity for this person; null returns to the team's. */
  capacity: capacitySchema.nullable().optional(),
  /** Off: never auto-assigned (a lead who takes work by hand). */
  autoAssign: z.boolean().optional(),
});
export type AgentProfileInput = z.infer<typeof agentProfileInputSchema>;

export function agingStepMs(settings: TeamRoutingSettings): number {
  return settings.agingMinutesPerPriority * MINUTE;
}

/** Stored team settings, filled with defaults; unreadable JSON falls back to the defaults. */
export function readTeamRoutingSettings(stored: unknown): TeamRoutingSettings {
  const result = teamRoutingSettingsSchema.safeParse(stored ?? {});
  return result.success ? result.data : DEFAULT_TEAM_ROUTING;
}

export function parseTeamRoutingSettings(input: unknown): TeamRoutingSettings {
  const result = teamRoutingSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new DomainError('validation_failed', `invalid team routing settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}
