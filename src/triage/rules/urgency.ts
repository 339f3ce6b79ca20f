// Urgency: rules that name their reason, combined with what the classifiers found. A rule alone
// can raise urgency (a gas smell is urgent whatever the model says); the models only add a
// floor for strongly negative complaints. Items that do not need a response keep non-safety
// signals at level 1: an outage mentioned in passing is not a ticket.
import type { TriageAuthor, UrgencySignal } from '../types.ts';
import { URGENCY_RULES } from './urgency-patterns.ts';

export interface UrgencyContext {
  needsResponse: boolean;
  spam: boolean;
  negative: number;
  author?: TriageAuthor | undefined;
}

export interface Urgency {
  level: 0 | 1 | 2 | 3;
  signals: UrgencySignal[];
}

export function urgencySignals(lowerText: string): Array<{ signal: UrgencySignal; level: number }> {
  const out: Array<{ signal: UrgencySignal; level: number }> = [];
  for (const rule of URGENCY_RULES) if (rule.pattern.test(lowerText)) out.push({ signal: rule.signal, level: rule.level });
  return out;
}

export function assessUrgency(lowerText: string, ctx: UrgencyContext): Urgency {
  if (ctx.spam) return { level: 0, signals: [] };
  const found = urgencySignals(lowerText);
  if ((ctx.author?.priorComplaints ?? 0) >= 2 && !found.some((f) => f.signal === 'repeat_contact')) {
    found.push({ signal: 'repeat_contact', level: 1 });
  }
  let level = 0;
  let strong = 0;
  for (const f of found) {
    const capped = !ctx.needsResponse && f.signal !== 'safety' ? Math.min(f.level, 1) : f.level;
    level = Math.max(level, capped);
    if (capped >= 2) strong++;
  }
  // Two independent reasons to hurry (stranded AND charged twice) make it the top level.
  if (strong >= 2) level = 3;
  if (ctx.needsResponse && ctx.negative >= 0.7) level = Math.max(level, 1);
  return { level: level as Urgency['level'], signals: found.map((f) => f.signal) };
}
