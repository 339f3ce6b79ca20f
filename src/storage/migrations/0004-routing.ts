// Routing: the latest triage summary on each conversation (what queues and skills read), labels,
// the waiting queue, versioned rule sets, per-team routing settings, per-agent skills, capacity
// and presence, and live realtime connections (presence across processes).
import type { Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

export const routing: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    // SQLite adds one column per statement.
    const columns: Array<[string, string]> = [
      ['needs_response', 'integer'], ['kind', 'text'], ['sentiment', 'text'], ['topic', 'text'], ['urgency', 'integer'],
      ['language', 'text'], ['influence', 'double precision'], ['sla_policy_id', 'text'], ['queued_at', t.time], ['assigned_at', t.time],
    ];
    for (const [name, type] of columns) {
      await s.alterTable('conversations').addColumn(name, type as 'text').execute();
    }
    await s.createIndex('conversations_waiting').on('conversations').columns(['team_id', 'queued_at'])
      .where('queued_at', 'is not', null).execute();

    await s.createTable('conversation_labels')
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('conversation_labels_pk', ['conversation_id', 'label'])
      .execute();
    await s.createIndex('conversation_labels_label').on('conversation_labels').columns(['workspace_id', 'label']).execute();

    await s.createTable('routing_rule_versions')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('comment', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('routing_rule_versions_pk', ['workspace_id', 'version'])
      .execute();

    await s.createTable('routing_team_settings')
      .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      // Bumped by every drain of the team's queue: the row write serializes drains (a portable lock).
      .addColumn('drain_seq', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();

    await s.createTable('agent_routing')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('skills', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('capacity', 'text')
      .addColumn('auto_assign', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('presence', 'text', (c) => c.notNull().defaultTo('offline'))
      .addColumn('presence_changed_at', t.time, (c) => c.notNull().defaultTo(0))
      .addColumn('manual_away', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_assigned_at', t.time, (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('agent_routing_workspace').on('agent_routing').columns(['workspace_id', 'presence']).execute();

    await s.createTable('presence_connections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('opened_at', t.time, (c) => c.notNull())
      // Heartbeat of the process holding the socket; a crashed process's rows go stale.
      .addColumn('seen_at', t.time, (c) => c.notNull())
      // The person's last activity (focus, typing, navigation): online vs away.
      .addColumn('active_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('presence_connections_user').on('presence_connections').columns(['user_id']).execute();
  },
};
