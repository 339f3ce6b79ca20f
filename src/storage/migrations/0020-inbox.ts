// The agent inbox: a summary of each conversation kept on its row (snippet and author of the last
// inbound message, since when the customer waits, the next SLA deadline) so a view is one indexed
// range scan; sort keys as generated columns so keyset pages compare one row value in one
// direction; saved filters; full-text search over messages, one design per dialect.
import type { Kysely } from 'kysely';
import { onDialect, type ColumnTypes, type PortableMigration } from './column-types.ts';

/** Sorts after every real time (the largest ECMAScript date): "no deadline" and "not waiting" go last. */
export const SORT_NEVER = 8_640_000_000_000_000;

// The inbox order (core/inbox/inbox-order.ts): priority high first, then the nearest SLA deadline,
// then who has waited longest, then id; all ascending, so a page boundary is one row value.
const SORT = ['sort_priority', 'sort_due', 'sort_wait', 'id'];

export const inbox: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    const s = db.schema;
    const columns: Array<[string, string]> = [
      ['snippet', 'text'], ['author_identity_id', 'text'], ['waiting_since', t.time],
      ['sla_due_at', t.time], ['sla_warn_at', t.time], ['sla_status', 'text'],
    ];
    for (const [name, type] of columns) await s.alterTable('conversations').addColumn(name, type as 'text').execute();

    // SQLite adds only VIRTUAL generated columns to an existing table (they can be indexed);
    // PostgreSQL 15 has only STORED ones.
    const generated: Array<[string, string]> = [
      ['sort_priority', '(0 - priority)'],
      ['sort_due', `(COALESCE(sla_due_at, ${SORT_NEVER}))`],
      ['sort_wait', `(COALESCE(waiting_since, ${SORT_NEVER}))`],
    ];
    for (const [name, expression] of generated) {
      await onDialect(db, t, 'sqlite', `ALTER TABLE conversations ADD COLUMN ${name} INTEGER GENERATED ALWAYS AS ${expression} VIRTUAL`);
      await onDialect(db, t, 'postgres', `ALTER TABLE conversations ADD COLUMN ${name} bigint GENERATED ALWAYS AS ${expression} STORED`);
    }

    // One index per way a view narrows the rows, each ending in the sort order: the first page
    // is a seek and a walk of `limit` entries. They replace the shorter (team|assignee, status)
    // indexes, whose queries the longer ones serve as well.
    await s.dropIndex('conversations_inbox').execute();
    await s.dropIndex('conversations_team').execute();
    await s.dropIndex('conversations_assignee').execute();
    await s.createIndex('conversations_inbox_workspace').on('conversations').columns(['workspace_id', 'status', ...SORT]).execute();
    await s.createIndex('conversations_team').on('conversations').columns(['team_id', 'status', ...SORT]).execute();
    await s.createIndex('conversations_assignee').on('conversations').columns(['assignee_id', 'status', ...SORT]).execute();
    await s.createIndex('conversations_unassigned_workspace').on('conversations').columns(['workspace_id', 'status', ...SORT])
      .where('assignee_id', 'is', null).execute();
    await s.createIndex('conversations_unassigned_team').on('conversations').columns(['team_id', 'status', ...SORT])
      .where('assignee_id', 'is', null).execute();
    // SLA views' counts: a range over the deadline, the warning read from the index entry.
    await s.createIndex('conversations_sla_due').on('conversations').columns(['workspace_id', 'status', 'sort_due', 'sla_warn_at']).execute();
    await s.createIndex('conversations_team_sla_due').on('conversations').columns(['team_id', 'status', 'sort_due', 'sla_warn_at']).execute();
    // A contact's past conversations, newest first.
    await s.dropIndex('conversations_contact').execute();
    await s.createIndex('conversations_contact').on('conversations').columns(['contact_id', 'last_message_at']).execute();

    await s.createTable('inbox_filters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('created_at', t.time, (c) => c.notNull())
      .addColumn('updated_at', t.time, (c) => c.notNull())
      .execute();
    await s.createIndex('inbox_filters_owner').on('inbox_filters').columns(['workspace_id', 'owner_id']).execute();

    // Full-text search (storage/search/). SQLite: an FTS5 index whose text is read from
    // `messages` (external content, no second copy of every body), kept in step by triggers so
    // every writer (ingest, replies, edits, hydration, deletes) is covered in its own transaction.
    // Its rowid is the messages rowid: a VACUUM may renumber those, so a VACUUM must be followed
    // by `INSERT INTO messages_fts(messages_fts) VALUES('rebuild')` (docs/inbox.md).
    await onDialect(db, t, 'sqlite', "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')");
    await onDialect(db, t, 'sqlite', 'INSERT INTO messages_fts(messages_fts) VALUES (\'rebuild\')');
    await onDialect(db, t, 'sqlite', `CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
      INSERT INTO messages_fts(rowid, body) VALUES (new.rowid, new.body); END`);
    await onDialect(db, t, 'sqlite', `CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END`);
    await onDialect(db, t, 'sqlite', `CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
      INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
      INSERT INTO messages_fts(rowid, body) VALUES (new.rowid, new.body); END`);
    // PostgreSQL: a generated tsvector (the 'simple' configuration: lower-cased words, no
    // stemming, like unicode61 above) under a GIN index.
    await onDialect(db, t, 'postgres', "ALTER TABLE messages ADD COLUMN body_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED");
    await onDialect(db, t, 'postgres', 'CREATE INDEX messages_body_tsv ON messages USING gin (body_tsv)');
  },
};
