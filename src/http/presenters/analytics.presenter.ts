// Response schemas of the analytics API (they also produce its OpenAPI document). Durations are
// milliseconds, instants epoch milliseconds, shares 0–1 (null when there was nothing to divide).
import { z } from 'zod';

const share = z.number().nullable();
const time = z.object({
  count: z.number().describe('Durations measured'),
  medianMs: z.number().nullable(),
  p90Ms: z.number().nullable(),
});
const times = z.object({ all: time.describe('Wall clock'), business: time.describe('Business hours only') });
const performance = {
  conversations: z.number(), needsResponse: z.number(), answered: z.number(), responseRate: share, responseRateInSla: share,
  resolved: z.number(), slaMetShare: share, negative: z.number(), firstResponse: time, firstResponseBusiness: time, resolution: time,
};

export const dashboardSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), days: z.number() }),
  kpis: z.object({
    conversations: z.number().describe('Conversations started in the range'),
    inboundMessages: z.number(),
    needsResponse: z.number().describe('Of those, the ones triage said need a response'),
    answered: z.number().describe('Needing a response, and answered by an agent'),
    answeredInSla: z.number().describe('Answered within the first-response SLA'),
    responseRate: share.describe('answered / needsResponse'),
    responseRateInSla: share.describe('answeredInSla / needsResponse'),
    slaMet: z.number(), slaMissed: z.number(),
    slaMetShare: share.describe('SLA clocks met / (met + missed), every target'),
    publicShare: share, privateShare: share,
    resolved: z.number().describe('Conversations resolved in the range'),
    unansweredNegative: z.number().describe('Public, negative, unanswered conversations'),
    unansweredNegativeReach: z.number().describe('Followers of their authors'),
  }),
  times: z.object({ firstResponse: times, nextResponse: times, resolution: times }),
  sketchRelativeError: z.number().describe('Largest relative error of a median or percentile (docs/analytics.md)'),
  daily: z.array(z.object({
    date: z.string(), day: z.number(), conversations: z.number(), needsResponse: z.number(), answered: z.number(), responseRate: share,
    positive: z.number(), neutral: z.number(), negative: z.number(), resolved: z.number(),
    backlog: z.number().describe('Needs-response conversations not resolved at the end of the day'),
    slaMetShare: share, firstResponseMedianMs: z.number().nullable(),
  })),
  heatmap: z.array(z.array(z.number())).describe('Conversations started per local weekday (0 = Monday) and hour'),
  channels: z.array(z.object({
    channelAccountId: z.string(), name: z.string(), network: z.string(), conversations: z.number(), inboundMessages: z.number(),
    public: z.number(), private: z.number(), needsResponse: z.number(), answered: z.number(),
  })),
  topics: z.array(z.object({ topic: z.string(), conversations: z.number(), negative: z.number(), needsResponse: z.number(), answered: z.number() })),
  topicTrend: z.array(z.object({ date: z.string(), topic: z.string(), conversations: z.number(), negative: z.number() })),
  agents: z.array(z.object({ assigneeId: z.string().describe('"" = unassigned'), name: z.string(), ...performance })),
  teams: z.array(z.object({ teamId: z.string().describe('"" = no team'), name: z.string(), ...performance })),
  spikes: z.array(z.object({
    id: z.string(), at: z.number(), kind: z.string(), channelAccountId: z.string(), topic: z.string().nullable(), evidence: z.record(z.string(), z.unknown()),
  })),
});

export const conversationFactSchema = z.object({
  conversationId: z.string(), subject: z.string().nullable(), startedAt: z.number(), channelAccountId: z.string(),
  teamId: z.string().nullable(), assigneeId: z.string().nullable(), topic: z.string().nullable(), priority: z.number(),
  sentiment: z.string().nullable(), surface: z.string(), status: z.string(), needsResponse: z.boolean(), answered: z.boolean(),
  answeredInSla: z.boolean(), firstResponseMs: z.number().nullable(), firstResponseBusinessMs: z.number().nullable(),
  nextResponses: z.number(), resolvedAt: z.number().nullable(), resolutionMs: z.number().nullable(), resolutionBusinessMs: z.number().nullable(),
  slaMet: z.number(), slaMissed: z.number(), inboundMessages: z.number(), authorFollowers: z.number(),
});

export const drillDownSchema = z.object({ conversations: z.array(conversationFactSchema), nextCursor: z.string().nullable() });

const planRow = z.object({
  start: z.number(), end: z.number(), volume: z.number().describe('Forecast conversations needing a response'),
  agents_needed: z.number().describe('Agents to schedule (after shrinkage)'), scheduled: z.number(), shortfall: z.number(),
});
const totals = z.object({
  volume: z.number(), agent_hours_needed: z.number(), agent_hours_scheduled: z.number(), shortfall_agent_hours: z.number(),
  intervals_short: z.number(), max_shortfall: z.number(),
});
const candidate = z.object({ method: z.string(), wape: z.number().nullable() });

export const staffingPlanSchema = z.object({
  method: z.enum(['erlang_c', 'erlang_a']),
  intervals: z.array(planRow),
  totals,
  scenarios: z.array(z.object({ name: z.string(), intervals: z.array(planRow), totals, shortfall_agent_hours_change: z.number() })),
  forecast: z.object({
    method: z.string(), wape: z.number().nullable().describe('Error of the chosen method on the held-out recent past'),
    backtest: z.object({ method: z.string(), wape: z.number().nullable(), fromStart: z.number(), toEnd: z.number() }).nullable(),
    candidates: z.array(candidate),
  }),
  ahtSeconds: z.number(),
  handleTime: z.object({
    count: z.number(), meanSeconds: z.number(), medianSeconds: z.number(), p90Seconds: z.number(), robustMeanSeconds: z.number(), outliers: z.number(), source: z.string(),
  }).nullable(),
  sla: z.object({ targetServiceLevel: z.number(), targetSeconds: z.number() }),
  history: z.object({ start: z.number(), end: z.number(), volume: z.number() }),
  intervalMinutes: z.number(),
  timeZone: z.string(),
});
