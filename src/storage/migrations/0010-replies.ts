// Replies: canned responses per team, WhatsApp templates per number, @mentions in notes, and the
// per-account send state that paces the outbox (a lease so one sender works an account at a
// time, the pause a rate-limit answer imposed, and a log of calls for the sliding window).
import type { Kysely } from 'kysely';
import { onDialect, type ColumnTypes, type PortableMigration } from './column-types.ts';

export const replies: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('canned_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('shortcut', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('canned_responses_workspace').on('canned_responses').columns(['workspace_id', 'shortcut']).execute();

    await s.createTable('message_templates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('variable_count', 'integer', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('message_templates_unique', ['channel_account_id', 'name', 'language'])
      .execute();

    await s.createTable('note_mentions')
      .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('note_mentions_pk', ['message_id', 'user_id'])
      .execute();
    await s.createIndex('note_mentions_user').on('note_mentions').columns(['user_id', 'created_at']).execute();

    await s.createTable('channel_send_state')
      .addColumn('channel_account_id', 'text', (c) => c.primaryKey())
      .addColumn('locked_by', 'text')
      .addColumn('lease_until', t.time)
      .addColumn('paused_until', t.time)
      .addColumn('pause_reason', 'text')
      .execute();

    await s.createTable('channel_calls')
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('channel_calls_window').on('channel_calls').columns(['channel_account_id', 'at']).execute();

    await s.alterTable('outbox').addColumn('failure', 'text').execute();
    // A comment gets at most one private reply (Meta's rule), enforced where it cannot be raced.
    await onDialect(db, t, 'sqlite', "CREATE UNIQUE INDEX messages_one_private_reply ON messages (channel_account_id, parent_platform_id) WHERE kind = 'private_reply'");
    await onDialect(db, t, 'postgres', "CREATE UNIQUE INDEX messages_one_private_reply ON messages (channel_account_id, parent_platform_id) WHERE kind = 'private_reply'");
  },
};
