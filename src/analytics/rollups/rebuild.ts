// Rebuilds a workspace's facts and rollups from its conversations: after a change of time zone
// or business hours (facts keep the ones they were computed with), or for conversations older
// than the event log. Each batch takes the rollup worker's lock, so a running worker and a
// rebuild never fold the same conversation at once; the result is what the worker would have
// built.
import type { Clock } from '../../core/clock.ts';
import type { Storage } from '../../storage/storage.ts';
import { lockCursor } from '../../storage/repositories/analytics-rollups.repository.ts';
import { CalendarCache, refreshFacts } from './refresh-facts.ts';

const BATCH = 500;

export async function rebuildAnalytics(storage: Storage, clock: Clock, workspaceId: string, progress: (done: number) => void = () => {}): Promise<number> {
  await storage.transaction(async (tx) => {
    await lockCursor(tx, 'rollups', clock.now());
    await tx.deleteFrom('analytics_daily').where('workspace_id', '=', workspaceId).execute();
    await tx.deleteFrom('analytics_intervals').where('workspace_id', '=', workspaceId).execute();
    await tx.deleteFrom('analytics_facts').where('workspace_id', '=', workspaceId).execute();
  });
  const calendars = new CalendarCache();
  let after = '';
  let done = 0;
  for (;;) {
    const ids = (await storage.db.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('id', '>', after)
      .orderBy('id').limit(BATCH).execute()).map((r) => r.id);
    if (ids.length === 0) return done;
    await storage.transaction(async (tx) => {
      const now = clock.now();
      await lockCursor(tx, 'rollups', now);
      await refreshFacts(tx, ids, { now, calendars });
    });
    done += ids.length;
    after = ids.at(-1)!;
    progress(done);
  }
}
