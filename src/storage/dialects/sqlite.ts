// Embedded SQLite on Node's built-in driver (node:sqlite): nothing to install or compile.
// Measured against better-sqlite3 on this machine (see docs/decisions.md): within about 20% on
// single inserts and 11% on batched ones, while better-sqlite3 must be compiled against the
// running Node's headers. Kysely's SqliteDialect expects better-sqlite3's interface; this adapts
// node:sqlite to it and caches prepared statements, since Kysely prepares on every query.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from '../schema.ts';
import { SAFETY_AUTOCHECKPOINT_PAGES, SqliteCheckpointer } from './sqlite-checkpointer.ts';

type SqlValue = null | number | bigint | string | Uint8Array;

// Set-at-a-time queries (IN lists of every length up to a batch) each compile to their own SQL.
const STATEMENT_CACHE_SIZE = 4000;

function toSqlValue(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return value;
  if (value instanceof Date) return value.getTime();
  return JSON.stringify(value);
}

class CachedStatement implements SqliteStatement {
  readonly reader: boolean;
  private readonly statement: StatementSync;
  constructor(statement: StatementSync) {
    this.statement = statement;
    this.reader = statement.columns().length > 0;
  }
  all(parameters: ReadonlyArray<unknown>): unknown[] {
    return this.statement.all(...parameters.map(toSqlValue));
  }
  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.statement.run(...parameters.map(toSqlValue));
  }
  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    return this.statement.iterate(...parameters.map(toSqlValue));
  }
}

/** node:sqlite with a bounded statement cache, shaped as Kysely's SqliteDatabase. */
export class NodeSqliteDatabase implements SqliteDatabase {
  readonly raw: DatabaseSync;
  private readonly cache = new Map<string, CachedStatement>();
  constructor(raw: DatabaseSync) {
    this.raw = raw;
  }
  prepare(sql: string): SqliteStatement {
    let statement = this.cache.get(sql);
    if (statement) {
      // Re-insert to keep the map in least-recently-used order.
      this.cache.delete(sql);
    } else {
      statement = new CachedStatement(this.raw.prepare(sql));
      if (this.cache.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
    }
    this.cache.set(sql, statement);
    return statement;
  }
  close(): void {
    this.cache.clear();
    if (this.raw.isOpen) this.raw.close();
  }
}

export interface SqliteOptions {
  file: string;
  /** NORMAL survives a killed process (WAL); FULL also survives power loss, at a cost per commit. */
  synchronous: 'NORMAL' | 'FULL';
}

export function openSqliteDatabase(options: SqliteOptions): DatabaseSync {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const raw = new DatabaseSync(options.file, { timeout: 5000 });
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec(`PRAGMA synchronous = ${options.synchronous}`);
  raw.exec('PRAGMA foreign_keys = ON');
  raw.exec('PRAGMA temp_store = MEMORY');
  raw.exec('PRAGMA cache_size = -65536');
  return raw;
}

export function createSqliteKysely(options: SqliteOptions): { db: Kysely<Database>; raw: DatabaseSync; checkpointer: SqliteCheckpointer | undefined } {
  const raw = openSqliteDatabase(options);
  // An in-memory database has no WAL to checkpoint.
  let checkpointer: SqliteCheckpointer | undefined;
  if (options.file !== ':memory:') {
    raw.exec(`PRAGMA wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
    checkpointer = new SqliteCheckpointer(options.file);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new NodeSqliteDatabase(raw) }) });
  return { db, raw, checkpointer };
}
