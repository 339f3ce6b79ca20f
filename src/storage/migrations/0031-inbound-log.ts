// SQLite: inbound_events moves to the inbound log, a second file attached as schema `inbound`
// (see dialects/sqlite.ts), with its rows, constraints and indexes, so that storing a delivery
// never waits for a transaction on the database. PostgreSQL keeps the table where it is: its
// writers lock rows, not the whole database.
import { sql, type Kysely } from 'kysely';
import type { ColumnTypes, PortableMigration } from './column-types.ts';
import { INBOUND_SCHEMA } from '../dialects/sqlite.ts';

interface SchemaEntry { type: string; name: string; sql: string }

export const inboundLog: PortableMigration = {
  async up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
    if (t.dialect !== 'sqlite') return;
    const entries = await sql<SchemaEntry>`SELECT type, name, sql FROM main.sqlite_master
      WHERE tbl_name = 'inbound_events' AND sql IS NOT NULL ORDER BY type = 'table' DESC`.execute(db);
    if (entries.rows.length === 0) return;
    for (const entry of entries.rows) {
      // The same definition, created in the attached schema (an index's schema goes on its name).
      const pattern = entry.type === 'table' ? /^create table "?inbound_events"?/i : /^create (unique )?index "?([\w]+)"?/i;
      const statement = entry.type === 'table'
        ? entry.sql.replace(pattern, `CREATE TABLE ${INBOUND_SCHEMA}.inbound_events`)
        : entry.sql.replace(pattern, (_m, unique: string | undefined, name: string) => `CREATE ${unique ?? ''}INDEX ${INBOUND_SCHEMA}."${name}"`);
      if (statement === entry.sql) throw new Error(`cannot move ${entry.name} to the inbound log: unexpected definition`);
      await sql.raw(statement).execute(db);
    }
    await sql.raw(`INSERT INTO ${INBOUND_SCHEMA}.inbound_events SELECT * FROM main.inbound_events`).execute(db);
    await sql.raw('DROP TABLE main.inbound_events').execute(db);
  },
};
