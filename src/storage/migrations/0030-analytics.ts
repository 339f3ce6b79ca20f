// Analytics: one fact row per conversation (its response and resolution times, SLA outcome,
// triage and reach), daily rollups per (channel account, team, agent, topic, priority) and
// smaller cuboids of them, with
// counters, volume per local hour and duration sketches, inbound volume per 30-minute interval for
// the forecast, spike alerts, and the rollup worker's cursor in the event log. Keys use '' for
// "none" (no team, no agent, no topic) so they can be part of a primary key on both dialects.
import type { Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

const COUNTERS = [
  'conversations', 'inbound_messages', 'needs_response', 'answered', 'answered_in_sla', 'public_count', 'private_count',
  'positive', 'neutral', 'negative', 'unanswered_negative', 'unanswered_negative_reach', 'resolved', 'backlog_closed',
  'sla_met', 'sla_missed', ...Array.from({ length: 24 }, (_, h) => `h${h}`),
];
const SKETCHES = ['frt', 'frt_bh', 'nrt', 'nrt_bh', 'res', 'res_bh'];

export const analytics: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('analytics_facts')
      .addColumn('conversation_id', 'text', (c) => c.primaryKey().references('conversations.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('started_at', t.time, (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('hour', 'integer', (c) => c.notNull())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('priority', 'integer', (c) => c.notNull())
      .addColumn('sentiment', 'text', (c) => c.notNull())
      .addColumn('surface', 'text', (c) => c.notNull())
      .addColumn('needs_response', 'integer', (c) => c.notNull())
      .addColumn('answered', 'integer', (c) => c.notNull())
      .addColumn('answered_in_sla', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('first_response_at', t.time)
      .addColumn('first_response_ms', t.bigint)
      .addColumn('first_response_bh_ms', t.bigint)
      .addColumn('next_responses', 'text', (c) => c.notNull())
      .addColumn('resolved_at', t.time)
      .addColumn('resolution_ms', t.bigint)
      .addColumn('resolution_bh_ms', t.bigint)
      .addColumn('sla_met', 'integer', (c) => c.notNull())
      .addColumn('sla_missed', 'integer', (c) => c.notNull())
      .addColumn('inbound_messages', 'integer', (c) => c.notNull())
      .addColumn('author_followers', t.bigint, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('analytics_facts_started').on('analytics_facts').columns(['workspace_id', 'started_at']).execute();
    await s.createIndex('analytics_facts_resolved').on('analytics_facts').columns(['workspace_id', 'resolved_at']).execute();

    let daily = s.createTable('analytics_daily')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      // Which set of dimensions the row sums over (analytics/metrics/contributions.ts, CUBOIDS).
      .addColumn('cuboid', 'text', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('priority', 'integer', (c) => c.notNull());
    for (const column of COUNTERS) daily = daily.addColumn(column, t.bigint, (c) => c.notNull().defaultTo(0));
    for (const column of SKETCHES) daily = daily.addColumn(column, 'text', (c) => c.notNull().defaultTo(''));
    await daily.addPrimaryKeyConstraint('analytics_daily_pk', ['workspace_id', 'cuboid', 'day', 'channel_account_id', 'team_id', 'assignee_id', 'topic', 'priority']).execute();

    await s.createTable('analytics_intervals')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('start', t.time, (c) => c.notNull())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('conversations', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('needs_response', t.bigint, (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('analytics_intervals_pk', ['workspace_id', 'start', 'channel_account_id', 'team_id'])
      .execute();

    await s.createTable('analytics_spikes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('at', t.time, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('topic', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .execute();
    await s.createIndex('analytics_spikes_workspace').on('analytics_spikes').columns(['workspace_id', 'at']).execute();

    await s.createTable('analytics_state')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('cursor_tx', t.bigint, (c) => c.notNull())
      .addColumn('cursor_seq', t.bigint, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
  },
};
