// Column types that read the same on both dialects (see schema.ts). Migrations use these, never a
// dialect's own type names, so one migration serves SQLite and PostgreSQL.
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface ColumnTypes {
  readonly dialect: DialectName;
  /** Milliseconds since the epoch (UTC), or any count that may exceed 2^31. */
  readonly time: 'integer' | 'bigint';
  readonly bigint: 'integer' | 'bigint';
  /** Adds an auto-incrementing integer primary key named `column`. */
  serialKey<T extends string, C extends string>(table: CreateTableBuilder<T, C>, column: string): CreateTableBuilder<T, C>;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return {
    dialect,
    time: dialect === 'postgres' ? 'bigint' : 'integer',
    bigint: dialect === 'postgres' ? 'bigint' : 'integer',
    serialKey: (table, column) => dialect === 'postgres'
      ? table.addColumn(column, 'bigserial', (c: ColumnDefinitionBuilder) => c.primaryKey())
      : table.addColumn(column, 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement()),
  };
}

export interface PortableMigration {
  up(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
}

/** Runs a statement only on one dialect (full-text indexes and the like). */
export async function onDialect(db: Kysely<unknown>, types: ColumnTypes, dialect: DialectName, statement: string): Promise<void> {
  if (types.dialect === dialect) await sql.raw(statement).execute(db);
}
