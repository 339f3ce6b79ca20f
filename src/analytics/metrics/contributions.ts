// What one conversation's fact adds to the rollups. A fact change is applied to the rollups as
// (new contribution − old contribution), so a recomputed fact that did not change adds nothing,
// and a conversation that moved team, agent, topic or priority leaves its old row and joins the
// new one. Rows are per local day of the workspace and per (channel account, team, agent, topic,
// priority); volume for the forecast is per 30-minute interval.
import { localPosition } from '../../core/calendar/index.ts';
import type { TimeZone } from '../../core/calendar/index.ts';
import type { ConversationFact } from './conversation-fact.ts';
import { addTo, bucketOf, type Sketch } from './sketch.ts';

export type HourColumn = `h${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23}`;
/** Conversations started in each local hour of the day. */
export const HOUR_COLUMNS = Array.from({ length: 24 }, (_, h) => `h${h}` as HourColumn);

export const COUNTER_COLUMNS = [
  'conversations', 'inbound_messages', 'needs_response', 'answered', 'answered_in_sla', 'public_count', 'private_count',
  'positive', 'neutral', 'negative', 'unanswered_negative', 'unanswered_negative_reach', 'resolved', 'backlog_closed',
  'sla_met', 'sla_missed', ...HOUR_COLUMNS,
] as const;
export type CounterColumn = (typeof COUNTER_COLUMNS)[number];

/** first response, next response and resolution times; `_bh`: in business hours. */
export const SKETCH_COLUMNS = ['frt', 'frt_bh', 'nrt', 'nrt_bh', 'res', 'res_bh'] as const;
export type SketchColumn = (typeof SKETCH_COLUMNS)[number];

export interface DailyKey {
  workspaceId: string;
  /** Which cuboid (set of dimensions) the row belongs to; see CUBOIDS. */
  cuboid: string;
  day: number;
  channelAccountId: string;
  teamId: string;
  assigneeId: string;
  topic: string;
  priority: number;
}

export interface DailyDelta {
  key: DailyKey;
  counters: Partial<Record<CounterColumn, number>>;
  sketches: Partial<Record<SketchColumn, Sketch>>;
}

export interface IntervalKey {
  workspaceId: string;
  start: number;
  channelAccountId: string;
  teamId: string;
}

export interface IntervalDelta {
  key: IntervalKey;
  conversations: number;
  needsResponse: number;
}

export const INTERVAL_MS = 30 * 60_000;

export const dailyKeyString = (k: DailyKey): string => [k.workspaceId, k.cuboid, k.day, k.channelAccountId, k.teamId, k.assigneeId, k.topic, k.priority].join('\u0001');
export const intervalKeyString = (k: IntervalKey): string => [k.workspaceId, k.start, k.channelAccountId, k.teamId].join('\u0001');

/**
 * The daily rollup is kept as several cuboids (Gray et al., "Data Cube", 1997): the same sums per
 * day over fewer dimensions. A full-dimensional cube barely compresses (a busy day has nearly as
 * many (channel, team, agent, topic, priority) combinations as conversations), so each query
 * reads the smallest cuboid holding every dimension it filters or groups by (pickCuboid); the
 * full one serves unusual combinations. Dimensions a cuboid leaves out hold '' (priority −1).
 * Team and agent always travel together (an agent's rows say which team it answered for).
 */
export type Dimension = 'channel' | 'team' | 'topic' | 'priority';
export const CUBOIDS: ReadonlyArray<{ id: string; dims: readonly Dimension[] }> = [
  { id: 'd', dims: [] },
  { id: 'c', dims: ['channel'] },
  { id: 't', dims: ['team'] },
  { id: 'o', dims: ['topic'] },
  { id: 'p', dims: ['priority'] },
  { id: 'op', dims: ['topic', 'priority'] },
  { id: 'co', dims: ['channel', 'topic'] },
  { id: 'ct', dims: ['channel', 'team'] },
  { id: 'to', dims: ['team', 'topic'] },
  { id: 'tp', dims: ['team', 'priority'] },
  { id: 'all', dims: ['channel', 'team', 'topic', 'priority'] },
];

/** The smallest cuboid with every dimension in `needed` (the list is ordered by size). */
export function pickCuboid(needed: Iterable<Dimension>): string {
  const want = [...new Set(needed)];
  return CUBOIDS.find((c) => want.every((d) => c.dims.includes(d)))?.id ?? 'all';
}

/** The full-dimensional key projected on each cuboid. */
export function projectOnCuboids(key: Omit<DailyKey, 'cuboid'>): DailyKey[] {
  return CUBOIDS.map(({ id, dims }) => ({
    workspaceId: key.workspaceId, cuboid: id, day: key.day,
    channelAccountId: dims.includes('channel') ? key.channelAccountId : '',
    teamId: dims.includes('team') ? key.teamId : '',
    assigneeId: dims.includes('team') ? key.assigneeId : '',
    topic: dims.includes('topic') ? key.topic : '',
    priority: dims.includes('priority') ? key.priority : -1,
  }));
}

export interface Contribution {
  daily: DailyDelta[];
  intervals: IntervalDelta[];
}

export function contributionOf(fact: ConversationFact, zone: TimeZone): Contribution {
  const dims = { workspaceId: fact.workspaceId, channelAccountId: fact.channelAccountId, teamId: fact.teamId, assigneeId: fact.assigneeId, topic: fact.topic, priority: fact.priority };
  const started = localPosition(zone, fact.startedAt);
  const hour = HOUR_COLUMNS[Math.floor(started.minuteOfDay / 60)] ?? 'h0';
  const nr = fact.needsResponse ? 1 : 0;
  const negativeUnanswered = fact.sentiment === 'negative' && !fact.answered && fact.surface === 'public' ? 1 : 0;
  const counters: Partial<Record<CounterColumn, number>> = {
    conversations: 1,
    inbound_messages: fact.inboundMessages,
    needs_response: nr,
    answered: nr && fact.answered ? 1 : 0,
    answered_in_sla: nr && fact.answeredInSla ? 1 : 0,
    public_count: fact.surface === 'public' ? 1 : 0,
    private_count: fact.surface === 'private' ? 1 : 0,
    positive: fact.sentiment === 'positive' ? 1 : 0,
    neutral: fact.sentiment === 'neutral' ? 1 : 0,
    negative: fact.sentiment === 'negative' ? 1 : 0,
    unanswered_negative: negativeUnanswered,
    unanswered_negative_reach: negativeUnanswered * fact.authorFollowers,
    sla_met: fact.slaMet,
    sla_missed: fact.slaMissed,
    [hour]: 1,
  };
  const sketches: Partial<Record<SketchColumn, Sketch>> = {};
  const put = (column: SketchColumn, ms: number | null): void => {
    if (ms === null) return;
    const sketch = sketches[column] ?? new Map<number, number>();
    addTo(sketch, bucketOf(ms), 1);
    sketches[column] = sketch;
  };
  put('frt', fact.firstResponseMs);
  put('frt_bh', fact.firstResponseBhMs);
  for (const [wall, business] of fact.nextResponses) {
    put('nrt', wall);
    put('nrt_bh', business);
  }
  const daily: DailyDelta[] = projectOnCuboids({ ...dims, day: started.day }).map((key) => ({ key, counters, sketches }));
  if (fact.resolvedAt !== null) {
    const resolvedSketches: Partial<Record<SketchColumn, Sketch>> = {};
    if (fact.resolutionMs !== null) resolvedSketches.res = new Map([[bucketOf(fact.resolutionMs), 1]]);
    if (fact.resolutionBhMs !== null) resolvedSketches.res_bh = new Map([[bucketOf(fact.resolutionBhMs), 1]]);
    for (const key of projectOnCuboids({ ...dims, day: localPosition(zone, fact.resolvedAt).day })) {
      daily.push({ key, counters: { resolved: 1, backlog_closed: nr }, sketches: resolvedSketches });
    }
  }
  const intervalStart = Math.floor(fact.startedAt / INTERVAL_MS) * INTERVAL_MS;
  return {
    daily,
    intervals: [{ key: { workspaceId: fact.workspaceId, start: intervalStart, channelAccountId: fact.channelAccountId, teamId: fact.teamId }, conversations: 1, needsResponse: nr }],
  };
}
