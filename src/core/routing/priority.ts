// Conversation priority: five levels, stored as 0..4. Higher is more urgent. The waiting queue
// orders by priority, and ageing lifts long waits so that a low level never means never.

export const PRIORITY_LEVELS = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type PriorityName = (typeof PRIORITY_LEVELS)[number];
export const MIN_PRIORITY = 0;
export const MAX_PRIORITY = PRIORITY_LEVELS.length - 1;

export function clampPriority(priority: number): number {
  if (!Number.isFinite(priority)) return MIN_PRIORITY;
  return Math.min(MAX_PRIORITY, Math.max(MIN_PRIORITY, Math.round(priority)));
}

export function priorityName(priority: number): PriorityName {
  return PRIORITY_LEVELS[clampPriority(priority)]!;
}

/**
 * Triage's priority score (0..100, src/triage/priority.ts) as a level: 0–19 none, 20–39 low,
 * 40–59 medium, 60–79 high, 80–100 urgent. A workspace that wants other bands sets priority
 * with a rule on `triagePriority` instead.
 */
export function priorityFromScore(score: number): number {
  if (!Number.isFinite(score)) return MIN_PRIORITY;
  return clampPriority(Math.floor(Math.min(99.999, Math.max(0, score)) / 20));
}

/** The middle of a level's band of triage scores (what a person's choice of level teaches triage). */
export function scoreFromPriority(level: number): number {
  return clampPriority(level) * 20 + 10;
}
