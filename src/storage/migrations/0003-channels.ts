// Channels and ingestion: polling cursors, the cost meter's usage, per-hour channel activity
// (events, auth failures, errors: the health baseline) and each account's current health; edits
// and deletions of messages as platforms report them.
import type { Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

export const channels: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.alterTable('messages').addColumn('edited_at', t.time).execute();
    await s.alterTable('messages').addColumn('deleted_at', t.time).execute();

    await s.createTable('channel_cursors')
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('channel_cursors_pk', ['channel_account_id', 'name'])
      .execute();

    await s.createTable('channel_usage')
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('units', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('cost_micros', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('channel_usage_pk', ['channel_account_id', 'day', 'resource'])
      .execute();

    await s.createTable('channel_activity')
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('hour_start', t.time, (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('deliveries', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('auth_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('channel_activity_pk', ['channel_account_id', 'hour_start'])
      .execute();

    await s.createTable('channel_health')
      .addColumn('channel_account_id', 'text', (c) => c.primaryKey().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('healthy'))
      .addColumn('reason', 'text')
      .addColumn('status_since', t.time, (c) => c.notNull())
      .addColumn('last_event_at', t.time)
      .addColumn('last_poll_at', t.time)
      .addColumn('last_poll_ok_at', t.time)
      .addColumn('poll_lag_ms', t.bigint)
      .addColumn('poll_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('poll_paused_until', t.time)
      .addColumn('last_error', 'text')
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
  },
};
