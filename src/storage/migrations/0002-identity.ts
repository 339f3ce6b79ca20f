// Identity and access: sessions, API tokens, the login throttle, and which channel accounts a
// team is given (an outsourced team sees only those).
import type { Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';

export const identity: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    await s.createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('last_seen_at', t.time, (c) => c.notNull())
      .addColumn('expires_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();

    await s.createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('expires_at', t.time, (c) => c.notNull())
      .addColumn('last_used_at', t.time)
      .addColumn('revoked_at', t.time)
      .execute();
    await s.createIndex('api_tokens_user').on('api_tokens').columns(['workspace_id', 'user_id']).execute();

    await s.createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_started_at', t.time, (c) => c.notNull())
      .addColumn('locked_until', t.time)
      .execute();

    await s.createTable('team_channels')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('channel_account_id', 'text', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('team_channels_pk', ['team_id', 'channel_account_id'])
      .execute();
  },
};
