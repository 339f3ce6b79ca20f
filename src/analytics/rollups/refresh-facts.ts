// Recomputes the facts of some conversations from their current state and moves the rollups by
// the difference between each conversation's old and new contribution, in the caller's
// transaction. Running it twice changes nothing the second time: that is what makes the rollup
// worker safe to repeat (job handlers and event deliveries run at least once).
import { BusinessCalendar, localPosition, timeZone, type TimeZone } from '../../core/calendar/index.ts';
import type { Executor } from '../../storage/storage.ts';
import { findEffectiveBusinessHours } from '../../storage/repositories/sla.repository.ts';
import {
  accumulateDaily, accumulateIntervals, applyDailyChanges, applyIntervalChanges, factToRow, findFacts, loadSnapshots, saveFacts,
  type DailyChanges, type IntervalChanges,
} from '../../storage/repositories/analytics-rollups.repository.ts';
import { computeFact, type ConversationFact } from '../metrics/conversation-fact.ts';
import { contributionOf } from '../metrics/contributions.ts';

/** Zones and business calendars, read once per workspace and team within a refresh. */
export class CalendarCache {
  private readonly zones = new Map<string, Promise<TimeZone>>();
  private readonly calendars = new Map<string, Promise<BusinessCalendar | null>>();

  zoneOf(db: Executor, workspaceId: string): Promise<TimeZone> {
    let zone = this.zones.get(workspaceId);
    if (!zone) {
      zone = (async () => {
        const row = await db.selectFrom('workspaces').select('settings').where('id', '=', workspaceId).executeTakeFirst();
        const name = (JSON.parse(row?.settings ?? '{}') as { timeZone?: unknown }).timeZone;
        try {
          return timeZone(typeof name === 'string' ? name : 'UTC');
        } catch {
          return timeZone('UTC');
        }
      })();
      this.zones.set(workspaceId, zone);
    }
    return zone;
  }

  /** null: open around the clock (business time = wall time). */
  calendarOf(db: Executor, workspaceId: string, teamId: string | null): Promise<BusinessCalendar | null> {
    const key = `${workspaceId}/${teamId ?? ''}`;
    let calendar = this.calendars.get(key);
    if (!calendar) {
      calendar = findEffectiveBusinessHours(db, workspaceId, teamId).then((definition) => definition === undefined ? null : BusinessCalendar.from(JSON.parse(definition)));
      this.calendars.set(key, calendar);
    }
    return calendar;
  }
}

export interface RefreshOptions {
  now: number;
  /** When each conversation was resolved, from `conversation.status_changed` events (null: reopened). */
  resolvedAt?: ReadonlyMap<string, number | null>;
  calendars?: CalendarCache;
}

export async function refreshFacts(db: Executor, conversationIds: readonly string[], options: RefreshOptions): Promise<number> {
  if (conversationIds.length === 0) return 0;
  const calendars = options.calendars ?? new CalendarCache();
  const snapshots = await loadSnapshots(db, conversationIds);
  const previous = await findFacts(db, conversationIds);
  const daily: DailyChanges = new Map();
  const intervals: IntervalChanges = new Map();
  const rows = [];
  for (const snapshot of snapshots) {
    const hint = options.resolvedAt?.get(snapshot.id);
    const resolvedAt = snapshot.status !== 'resolved' ? null : hint ?? snapshot.resolvedAt;
    const calendar = await calendars.calendarOf(db, snapshot.workspaceId, snapshot.teamId);
    const zone = await calendars.zoneOf(db, snapshot.workspaceId);
    const fact = computeFact({ ...snapshot, resolvedAt }, (from, to) => calendar ? calendar.businessTimeBetween(from, to) : to - from);
    const old = previous.get(snapshot.id);
    if (old && sameFact(old, fact)) continue;
    if (old) {
      const before = contributionOf(old, zone);
      accumulateDaily(daily, before.daily, -1);
      accumulateIntervals(intervals, before.intervals, -1);
    }
    const after = contributionOf(fact, zone);
    accumulateDaily(daily, after.daily, 1);
    accumulateIntervals(intervals, after.intervals, 1);
    rows.push(factToRow(fact, localPosition(zone, fact.startedAt), options.now));
  }
  await applyDailyChanges(db, daily);
  await applyIntervalChanges(db, intervals);
  await saveFacts(db, rows);
  return rows.length;
}

function sameFact(a: ConversationFact, b: ConversationFact): boolean {
  return (Object.keys(b) as Array<keyof ConversationFact>).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
