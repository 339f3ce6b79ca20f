// A large workspace for `earshot bench analytics`: a year of conversations with a realistic
// shape (daily and weekly rhythm, channels, teams of agents, topics, priorities, answered and
// unanswered), written with the bare driver for speed: the conversation rows and their facts.
// Rollups are built from the facts by the same contribution code the live worker uses.
import type { DatabaseSync } from 'node:sqlite';
import { HOUR, MINUTE, DAY } from '../core/clock.ts';
import { localPosition, type TimeZone } from '../core/calendar/index.ts';
import { newId } from '../core/ids.ts';
import type { ConversationFact } from '../analytics/metrics/conversation-fact.ts';
import { contributionOf } from '../analytics/metrics/contributions.ts';
import { accumulateDaily, accumulateIntervals, applyDailyChanges, applyIntervalChanges, factToRow, type DailyChanges, type IntervalChanges } from '../storage/repositories/analytics-rollups.repository.ts';
import type { Storage } from '../storage/storage.ts';
import { createRng } from '../core/random.ts';

const HOURLY = [1, 0.6, 0.4, 0.3, 0.3, 0.6, 1.5, 3, 5, 6.5, 6.5, 6, 5.5, 5.5, 5, 5, 5, 5.5, 6, 6.5, 6, 4.5, 3, 2];
const HOURLY_TOTAL = HOURLY.reduce((a, b) => a + b, 0);
const TOPICS = ['flight_delay', 'baggage', 'refund_or_return', 'booking', 'praise', 'other', 'loyalty', 'app'];

export interface BenchPeople {
  workspaceId: string;
  channelAccountIds: readonly string[];
  /** Agents with their team. */
  agents: ReadonlyArray<{ id: string; teamId: string }>;
}


const FACT_COLUMNS = ['conversation_id', 'workspace_id', 'started_at', 'day', 'hour', 'channel_account_id', 'team_id', 'assignee_id', 'topic', 'priority', 'sentiment', 'surface',
  'needs_response', 'answered', 'answered_in_sla', 'status', 'first_response_at', 'first_response_ms', 'first_response_bh_ms', 'next_responses', 'resolved_at',
  'resolution_ms', 'resolution_bh_ms', 'sla_met', 'sla_missed', 'inbound_messages', 'author_followers', 'updated_at'] as const;

/** Writes `count` conversations spread over `days` days ending at `end`; returns how long each part took. */
export async function writeBenchConversations(storage: Storage, people: BenchPeople, zone: TimeZone, count: number, days: number, end: number, progress: (line: string) => void): Promise<{ insertMs: number; rollupMs: number }> {
  const raw: DatabaseSync = storage.sqlite!;
  const rand = createRng(20261123);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const insertConversation = raw.prepare(`INSERT INTO conversations (id, workspace_id, channel_account_id, contact_id, thread_key, surface, status, priority, team_id, assignee_id,
    subject, last_message_at, first_response_at, created_at, updated_at, needs_response, sentiment, topic) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFact = raw.prepare(`INSERT INTO analytics_facts (${FACT_COLUMNS.join(', ')}) VALUES (${FACT_COLUMNS.map(() => '?').join(', ')})`);
  const start = end - days * DAY;
  const perDay = count / days;
  let insertMs = 0;
  let rollupMs = 0;
  const CHUNK = 50_000;
  for (let from = 0; from < count; from += CHUNK) {
    const facts: ConversationFact[] = [];
    let t = performance.now();
    raw.exec('BEGIN');
    for (let i = from; i < Math.min(count, from + CHUNK); i++) {
      const dayStart = start + Math.floor(i / perDay) * DAY;
      let r = rand() * HOURLY_TOTAL;
      let hour = 0;
      while (hour < 23 && r >= HOURLY[hour]!) r -= HOURLY[hour++]!;
      const startedAt = Math.min(end - 1, dayStart + hour * HOUR + Math.floor(rand() * HOUR));
      const agent = people.agents[Math.floor(rand() * people.agents.length)]!;
      const topicIndex = Math.min(TOPICS.length - 1, Math.floor(-Math.log(1 - rand()) * 2.2));
      const needsResponse = rand() < 0.75;
      const answered = needsResponse ? rand() < 0.85 : rand() < 0.2;
      const negative = rand() < 0.45;
      const sentiment = negative ? 'negative' : rand() < 0.6 ? 'neutral' : 'positive';
      const priority = negative ? (rand() < 0.2 ? 3 : 2) : needsResponse ? 1 : 0;
      const frt = answered ? Math.max(30_000, Math.round(25 * MINUTE * Math.exp(1.1 * gaussian()))) : null;
      const resolvedAt = answered && rand() < 0.85 ? Math.min(end - 1, startedAt + (frt ?? 0) + Math.round(50 * MINUTE * Math.exp(gaussian()))) : null;
      const fact: ConversationFact = {
        conversationId: newId(startedAt), workspaceId: people.workspaceId, startedAt,
        channelAccountId: people.channelAccountIds[Math.floor(rand() * people.channelAccountIds.length)]!,
        teamId: answered ? agent.teamId : '', assigneeId: answered ? agent.id : '', topic: TOPICS[topicIndex]!, priority, sentiment,
        surface: rand() < 0.65 ? 'public' : 'private', needsResponse, answered, answeredInSla: frt !== null && frt <= HOUR,
        status: resolvedAt === null ? 'open' : 'resolved', firstResponseAt: frt === null ? null : startedAt + frt, firstResponseMs: frt,
        firstResponseBhMs: frt === null ? null : Math.round(frt * 0.7), nextResponses: answered && rand() < 0.3 ? [[Math.round(15 * MINUTE * Math.exp(gaussian())), Math.round(10 * MINUTE)]] : [],
        resolvedAt, resolutionMs: resolvedAt === null ? null : resolvedAt - startedAt, resolutionBhMs: resolvedAt === null ? null : Math.round((resolvedAt - startedAt) * 0.6),
        slaMet: frt !== null && frt <= HOUR && needsResponse ? 1 : 0, slaMissed: needsResponse && (frt === null || frt > HOUR) ? 1 : 0, inboundMessages: 1 + (rand() < 0.3 ? 1 : 0),
        authorFollowers: Math.round(300 * Math.exp(1.8 * gaussian())),
      };
      facts.push(fact);
      insertConversation.run(fact.conversationId, fact.workspaceId, fact.channelAccountId, `bench:${fact.conversationId}`, fact.surface, fact.status, fact.priority,
        fact.teamId || null, fact.assigneeId || null, TOPICS[topicIndex]!, fact.startedAt, fact.firstResponseAt, fact.startedAt, fact.resolvedAt ?? fact.startedAt,
        fact.needsResponse ? 1 : 0, fact.sentiment, fact.topic);
      const row = factToRow(fact, localPosition(zone, fact.startedAt), end) as Record<string, string | number | null>;
      insertFact.run(...FACT_COLUMNS.map((c) => row[c] ?? null));
    }
    raw.exec('COMMIT');
    insertMs += performance.now() - t;
    t = performance.now();
    const daily: DailyChanges = new Map();
    const intervals: IntervalChanges = new Map();
    for (const fact of facts) {
      const c = contributionOf(fact, zone);
      accumulateDaily(daily, c.daily, 1);
      accumulateIntervals(intervals, c.intervals, 1);
    }
    await storage.transaction(async (tx) => {
      await applyDailyChanges(tx, daily);
      await applyIntervalChanges(tx, intervals);
    });
    rollupMs += performance.now() - t;
    progress(`  ${Math.min(count, from + CHUNK).toLocaleString('en')} conversations written (${Math.round(insertMs / 1000)} s rows, ${Math.round(rollupMs / 1000)} s rollups)`);
  }
  return { insertMs, rollupMs };
}
