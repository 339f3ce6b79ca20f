// The business-hours calendar that applies to a conversation: its team's, else the workspace's,
// else open around the clock.
import { BusinessCalendar } from '../core/calendar/index.ts';
import type { Executor } from '../storage/storage.ts';
import { findEffectiveBusinessHours } from '../storage/repositories/sla.repository.ts';
import { ALWAYS_OPEN, type RoutingContext } from '../routing/routing-context.ts';

export async function calendarFor(ctx: RoutingContext, db: Executor, workspaceId: string, teamId: string | null): Promise<BusinessCalendar> {
  const definition = await ctx.settings.get(workspaceId, `business-hours:${teamId ?? ''}`, () => findEffectiveBusinessHours(db, workspaceId, teamId));
  if (definition === undefined) return ALWAYS_OPEN;
  return ctx.calendars.get(definition, () => BusinessCalendar.from(JSON.parse(definition)));
}
