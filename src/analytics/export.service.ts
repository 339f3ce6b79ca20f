// CSV exports of any dashboard list and of the per-conversation facts. Exports take data out of
// Earshot, so each one is an audited action (who, which report, which filter, how many rows).
import type { Principal } from '../core/access/principal.ts';
import { formatLocalDate } from '../core/calendar/index.ts';
import { recordAudit } from '../identity/audit.ts';
import { listFacts } from '../storage/repositories/analytics-queries.repository.ts';
import { dashboard, presentFact, resolveFilter, type AnalyticsDeps, type AnalyticsQuery } from './analytics.service.ts';
import { objectsToCsv } from './csv.ts';
import type { DrillSegment } from './metrics/filter.ts';

export const EXPORT_REPORTS = ['conversations', 'daily', 'channels', 'topics', 'agents', 'teams'] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];
/** The most conversations one export holds; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 100_000;

export async function exportCsv(deps: AnalyticsDeps, principal: Principal, report: ExportReport, query: AnalyticsQuery, segment: DrillSegment, ip: string | null): Promise<{ csv: string; rows: number; filename: string }> {
  let items: object[];
  if (report === 'conversations') {
    const { filter, range } = await resolveFilter(deps, principal, query, 'conversations');
    items = (await listFacts(deps.storage.db, filter, range, segment, { limit: MAX_EXPORT_ROWS })).map((row) => {
      const f = presentFact(row);
      return { ...f, startedAt: new Date(f.startedAt).toISOString(), resolvedAt: f.resolvedAt === null ? null : new Date(f.resolvedAt).toISOString() };
    });
  } else {
    const d = await dashboard(deps, principal, query);
    const flat = (rows: ReadonlyArray<Record<string, unknown>>) => rows.map((row) => Object.fromEntries(Object.entries(row).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [`${key}_${k}`, v])
        : [[key, value]])));
    items = flat(report === 'daily' ? d.daily.map(({ day: _day, ...rest }) => rest) : d[report]);
  }
  const csv = objectsToCsv(items as Array<Record<string, unknown>>);
  await recordAudit(deps.storage.db, deps.clock, {
    workspaceId: principal.workspaceId, actor: principal, action: 'export', target: { type: 'analytics', id: report }, ip,
    meta: { report, rows: items.length, query, segment },
  });
  const today = formatLocalDate(Math.floor(deps.clock.now() / 86_400_000));
  return { csv, rows: items.length, filename: `earshot-${report}-${today}.csv` };
}
