// SLAs: business hours per workspace or team, policies, one clock per conversation, target and
// cycle (each customer turn is a new next-response cycle), and breaches, each recorded once.
import { sql, type Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

export const sla: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('business_hours')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      // '' for the workspace's calendar, else the team's id.
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('business_hours_pk', ['workspace_id', 'scope'])
      .execute();

    await s.createTable('sla_policies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('archived_at', t.time)
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('sla_policies_default').on('sla_policies').column('workspace_id').unique()
      .where(sql<boolean>`is_default = 1 and archived_at is null`).execute();

    await s.createTable('sla_clocks')
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('cycle', 'integer', (c) => c.notNull())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('policy_id', 'text', (c) => c.notNull())
      .addColumn('target_ms', t.bigint, (c) => c.notNull())
      .addColumn('business_hours', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('started_at', t.time, (c) => c.notNull())
      .addColumn('segment_started_at', t.time)
      .addColumn('running_wall_ms', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('running_business_ms', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('due_at', t.time)
      .addColumn('warn_at', t.time)
      .addColumn('warned_at', t.time)
      .addColumn('breached_at', t.time)
      .addColumn('stopped_at', t.time)
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('sla_clocks_pk', ['conversation_id', 'target', 'cycle'])
      .execute();
    await s.createIndex('sla_clocks_due').on('sla_clocks').columns(['workspace_id', 'status', 'due_at']).execute();

    await s.createTable('sla_breaches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
      .addColumn('team_id', 'text')
      .addColumn('policy_id', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('cycle', 'integer', (c) => c.notNull())
      .addColumn('target_ms', t.bigint, (c) => c.notNull())
      .addColumn('business_hours', 'integer', (c) => c.notNull())
      .addColumn('due_at', t.time, (c) => c.notNull())
      .addColumn('detected_at', t.time, (c) => c.notNull())
      .addColumn('met_at', t.time)
      .addColumn('actual_ms', t.bigint)
      .addColumn('actual_wall_ms', t.bigint)
      .addColumn('actual_business_ms', t.bigint)
      .addUniqueConstraint('sla_breaches_once', ['conversation_id', 'target', 'cycle'])
      .execute();
    await s.createIndex('sla_breaches_workspace').on('sla_breaches').columns(['workspace_id', 'due_at']).execute();
  },
};
