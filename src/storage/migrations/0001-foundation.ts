// The core nouns of the product: workspaces and their people and teams, channel accounts,
// contacts with one identity per network, conversations and messages, raw inbound events,
// the reply outbox, the domain event log, durable jobs and the audit log.
import type { Kysely } from 'kysely';
import { onDialect, type ColumnTypes, type PortableMigration } from './column-types.ts';

export const foundation: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .execute();

    await s.createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('users_workspace').on('users').columns(['workspace_id']).execute();

    await s.createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('teams_workspace_name', ['workspace_id', 'name'])
      .execute();

    await s.createTable('team_memberships')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addPrimaryKeyConstraint('team_memberships_pk', ['team_id', 'user_id'])
      .execute();
    await s.createIndex('team_memberships_user').on('team_memberships').columns(['user_id']).execute();

    await s.createTable('channel_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('network', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('credentials', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('default_team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('channel_accounts_network_external', ['network', 'external_id'])
      .execute();
    await s.createIndex('channel_accounts_workspace').on('channel_accounts').columns(['workspace_id']).execute();

    await s.createTable('contacts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('private_fields', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('contacts_workspace').on('contacts').columns(['workspace_id']).execute();

    await s.createTable('contact_identities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('network', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('handle', 'text')
      .addColumn('display_name', 'text')
      .addColumn('followers', t.bigint)
      .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('profile', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('contact_identities_unique', ['workspace_id', 'network', 'external_id'])
      .execute();
    await s.createIndex('contact_identities_contact').on('contact_identities').columns(['contact_id']).execute();

    await s.createTable('conversations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
      .addColumn('thread_key', 'text', (c) => c.notNull())
      .addColumn('surface', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
      .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('subject', 'text')
      .addColumn('snoozed_until', t.time)
      .addColumn('last_message_at', t.time, (c) => c.notNull())
      .addColumn('last_inbound_at', t.time)
      .addColumn('last_outbound_at', t.time)
      .addColumn('first_response_at', t.time)
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('conversations_thread', ['channel_account_id', 'thread_key'])
      .execute();
    await s.createIndex('conversations_inbox').on('conversations')
      .columns(['workspace_id', 'status', 'priority desc', 'last_message_at desc']).execute();
    await s.createIndex('conversations_assignee').on('conversations').columns(['assignee_id', 'status']).execute();
    await s.createIndex('conversations_team').on('conversations').columns(['team_id', 'status']).execute();
    await s.createIndex('conversations_contact').on('conversations').columns(['contact_id']).execute();

    await s.createTable('messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('surface', 'text', (c) => c.notNull())
      .addColumn('platform_message_id', 'text')
      .addColumn('parent_platform_id', 'text')
      .addColumn('author_identity_id', 'text')
      .addColumn('author_user_id', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('meta', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('status', 'text')
      .addColumn('platform_created_at', t.time, (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addUniqueConstraint('messages_platform_id', ['channel_account_id', 'platform_message_id'])
      .execute();
    await s.createIndex('messages_conversation').on('messages').columns(['conversation_id', 'platform_created_at']).execute();

    await s.createTable('inbound_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('network', 'text', (c) => c.notNull())
      .addColumn('platform_event_id', 'text', (c) => c.notNull())
      .addColumn('received_at', t.time, (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
      .addColumn('error', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('processed_at', t.time)
      .addUniqueConstraint('inbound_events_platform_id', ['channel_account_id', 'platform_event_id'])
      .execute();
    await s.createIndex('inbound_events_status').on('inbound_events').columns(['status', 'received_at']).execute();

    await s.createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('channel_account_id', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', t.time, (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('platform_message_id', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .addColumn('sent_at', t.time)
      .execute();
    await s.createIndex('outbox_due').on('outbox').columns(['channel_account_id', 'status', 'next_attempt_at']).execute();

    await t.serialKey(s.createTable('domain_events'), 'seq')
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('team_id', 'text')
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('domain_events_created').on('domain_events').columns(['created_at']).execute();
    // PostgreSQL takes sequence numbers before commit, so seq order is not visibility order. Each
    // event records its transaction id; readers deliver only transactions older than the oldest
    // still running (see events.repository.ts). SQLite has one writer: seq order is commit order.
    await onDialect(db, t, 'postgres', 'ALTER TABLE domain_events ADD COLUMN tx_id bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)');
    await onDialect(db, t, 'postgres', 'CREATE INDEX domain_events_tx ON domain_events (tx_id, seq)');

    await s.createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('run_at', t.time, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('lease_until', t.time)
      .addColumn('locked_by', 'text')
      .addColumn('last_error', 'text')
      .addColumn('unique_key', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
    await s.createIndex('jobs_lease').on('jobs').columns(['status', 'lease_until']).execute();
    await s.createIndex('jobs_unique_key').on('jobs').column('unique_key').unique()
      .where('unique_key', 'is not', null).execute();

    await s.createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text')
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text')
      .addColumn('target_id', 'text')
      .addColumn('ip', 'text')
      .addColumn('meta', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('audit_log_workspace').on('audit_log').columns(['workspace_id', 'created_at']).execute();
  },
};
