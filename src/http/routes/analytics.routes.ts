// Analytics: the dashboard (every chart in one answer), the conversations behind any slice,
// CSV exports, and the staffing plan. Access: docs/analytics.md#access.
import { z } from 'zod';
import { parseLocalDate } from '../../core/calendar/index.ts';
import { can } from '../../core/access/principal.ts';
import { DomainError } from '../../core/errors.ts';
import type { Clock } from '../../core/clock.ts';
import type { Storage } from '../../storage/storage.ts';
import { dashboard, drillDown, type AnalyticsQuery } from '../../analytics/analytics.service.ts';
import { EXPORT_REPORTS, exportCsv } from '../../analytics/export.service.ts';
import type { DrillSegment } from '../../analytics/metrics/filter.ts';
import { staffingPlan, staffingRequestSchema } from '../../analytics/staffing.service.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { dashboardSchema, drillDownSchema, staffingPlanSchema } from '../presenters/analytics.presenter.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

const list = (what: string) => z.string().max(4000).optional().describe(`Comma-separated ${what}`);
const date = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe(what);

const filterQuery = z.object({
  from: date('First local date, "YYYY-MM-DD" (default: 27 days before `to`)'),
  to: date('Last local date, inclusive (default: today)'),
  network: list('networks: x, facebook, instagram, whatsapp...'),
  account: list('channel account ids'),
  team: list('team ids ("none": no team)'),
  agent: list('agent (user) ids ("none": unassigned)'),
  topic: list('topics'),
  priority: list('priorities 0–4'),
});

const segmentQuery = z.object({
  day: date('Only conversations started on this local date'),
  weekday: z.coerce.number().int().min(0).max(6).optional().describe('Local weekday, 0 = Monday (a heatmap cell, with hour)'),
  hour: z.coerce.number().int().min(0).max(23).optional().describe('Local hour 0–23'),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  surface: z.enum(['public', 'private']).optional(),
  flag: z.enum(['needs_response', 'answered', 'unanswered', 'answered_late', 'sla_missed', 'negative_unanswered', 'resolved', 'open']).optional(),
});

const ids = (text: string | undefined): string[] | undefined => text === undefined ? undefined : text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => (s === 'none' ? '' : s));

function toQuery(q: z.infer<typeof filterQuery>): AnalyticsQuery {
  const priorities = ids(q.priority)?.map(Number);
  if (priorities?.some((p) => !Number.isInteger(p) || p < 0 || p > 4)) throw new DomainError('validation_failed', 'priority takes whole numbers 0–4', { field: 'priority' });
  const out: AnalyticsQuery = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const put = <K extends keyof AnalyticsQuery>(key: K, value: AnalyticsQuery[K] | undefined) => { if (value !== undefined) out[key] = value; };
  put('networks', ids(q.network));
  put('accounts', ids(q.account));
  put('teams', ids(q.team));
  put('agents', ids(q.agent));
  put('topics', ids(q.topic));
  put('priorities', priorities);
  return out;
}

function toSegment(q: z.infer<typeof segmentQuery>): DrillSegment {
  const day = q.day === undefined ? undefined : parseLocalDate(q.day);
  if (q.day !== undefined && day === undefined) throw new DomainError('validation_failed', 'day must be a real date', { field: 'day' });
  return {
    ...(day !== undefined ? { day } : {}), ...(q.weekday !== undefined ? { weekday: q.weekday } : {}), ...(q.hour !== undefined ? { hour: q.hour } : {}),
    ...(q.sentiment ? { sentiment: q.sentiment } : {}), ...(q.surface ? { surface: q.surface } : {}), ...(q.flag ? { flag: q.flag } : {}),
  };
}

export function registerAnalyticsRoutes(app: ApiApp, deps: Deps): void {
  app.get('/api/analytics/dashboard', {
    config: { access: requires('analytics.team') },
    schema: {
      tags: ['analytics'], summary: 'Every dashboard figure for a range and filter: KPIs, times, trends, heatmap, channels, topics, agents, teams, spikes',
      querystring: filterQuery, response: { 200: dashboardSchema, 400: errorResponseSchema },
    },
  }, async (request) => dashboard(deps, principalOf(request), toQuery(request.query)));

  app.get('/api/analytics/conversations', {
    config: { access: requires('analytics.team') },
    schema: {
      tags: ['analytics'], summary: 'The conversations behind a slice of a chart, newest first (drill-down)',
      querystring: filterQuery.extend(segmentQuery.shape).extend({
        limit: z.coerce.number().int().min(1).max(500).default(50),
        cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
      }),
      response: { 200: drillDownSchema, 400: errorResponseSchema },
    },
  }, async (request) => drillDown(deps, principalOf(request), toQuery(request.query), toSegment(request.query), { limit: request.query.limit, ...(request.query.cursor ? { cursor: request.query.cursor } : {}) }));

  app.get('/api/analytics/export.csv', {
    config: { access: requires('export.run') },
    schema: {
      tags: ['analytics'], summary: 'A dashboard list, or the per-conversation facts, as CSV (RFC 4180, formula-safe); audited',
      querystring: filterQuery.extend(segmentQuery.shape).extend({ report: z.enum(EXPORT_REPORTS).default('conversations') }),
      response: { 200: z.string().describe('text/csv'), 400: errorResponseSchema },
    },
  }, async (request, reply) => {
    const { csv, filename } = await exportCsv(deps, principalOf(request), request.query.report, toQuery(request.query), toSegment(request.query), request.ip);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
  });

  app.post('/api/analytics/staffing', {
    config: { access: requires('staffing.plan') },
    schema: {
      tags: ['analytics'], summary: 'Forecast volume per 30 minutes, agents needed (Erlang C/A) against the roster, and scenarios',
      body: staffingRequestSchema.default({}), response: { 200: staffingPlanSchema, 400: errorResponseSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    // A supervisor limited to some teams plans for those teams' volume.
    return staffingPlan(deps, principal.workspaceId, request.body ?? {}, can(principal, 'analytics.workspace') ? undefined : principal.teamIds);
  });
}
