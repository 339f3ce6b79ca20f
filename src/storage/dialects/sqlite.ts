// Embedded SQLite on Node's built-in driver (node:sqlite): nothing to install or compile.
// Measured against better-sqlite3 on this machine (see docs/decisions.md): within about 20% on
// single inserts and 11% on batched ones, while better-sqlite3 must be compiled against the
// running Node's headers. Kysely's SqliteDialect expects better-sqlite3's interface; this adapts
// node:sqlite to it and caches prepared statements, since Kysely prepares on every query.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  Kysely, SelectQueryNode, SqliteDialect, SqliteDriver,
  type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, type SqliteDatabase, type SqliteStatement,
} from 'kysely';
import type { Database } from '../schema.ts';
import type { SharedWriteLock } from '../thread-link.ts';
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

/**
 * node:sqlite with a bounded statement cache, shaped as Kysely's SqliteDatabase. Two generations
 * instead of an exact LRU: a hit costs one map lookup (reordering a map on every hit measured
 * about 4% of the ingest pipeline); when the young generation fills, it becomes the old one and
 * statements still in use move back on their next hit.
 */
export class NodeSqliteDatabase implements SqliteDatabase {
  readonly raw: DatabaseSync;
  private young = new Map<string, CachedStatement>();
  private old = new Map<string, CachedStatement>();
  constructor(raw: DatabaseSync) {
    this.raw = raw;
  }
  prepare(sql: string): SqliteStatement {
    const hit = this.young.get(sql);
    if (hit) return hit;
    const statement = this.old.get(sql) ?? new CachedStatement(this.raw.prepare(sql));
    if (this.young.size >= STATEMENT_CACHE_SIZE / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(sql, statement);
    return statement;
  }
  close(): void {
    this.young.clear();
    this.old.clear();
    if (this.raw.isOpen) this.raw.close();
  }
}

export interface SqliteOptions {
  file: string;
  /** NORMAL survives a killed process (WAL); FULL also survives power loss, at a cost per commit. */
  synchronous: 'NORMAL' | 'FULL';
}

/**
 * The inbound log: the table of stored webhook and polled events lives in a second file beside
 * the database, attached as schema `inbound` (SQL names it unqualified, as on PostgreSQL). SQLite
 * has one writer per file, so acknowledging a delivery (an insert here) never waits for a
 * processing transaction on the main file, which holds its lock for milliseconds at a time.
 * Back up both files together.
 */
export const INBOUND_SCHEMA = 'inbound';

export function inboundLogFile(file: string): string {
  return file === ':memory:' ? ':memory:' : `${file.replace(/\.db$/, '')}-inbound.db`;
}

export function openSqliteDatabase(options: SqliteOptions): DatabaseSync {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const raw = new DatabaseSync(options.file, { timeout: 5000 });
  raw.prepare(`ATTACH DATABASE ? AS ${INBOUND_SCHEMA}`).run(inboundLogFile(options.file));
  for (const schema of ['main', INBOUND_SCHEMA]) {
    raw.exec(`PRAGMA ${schema}.journal_mode = WAL`);
    raw.exec(`PRAGMA ${schema}.synchronous = ${options.synchronous}`);
  }
  raw.exec('PRAGMA foreign_keys = ON');
  raw.exec('PRAGMA temp_store = MEMORY');
  raw.exec('PRAGMA cache_size = -65536');
  return raw;
}

/** Set while transactions begun write only the inbound log; unset, they write the database. */
const transactionScope = new AsyncLocalStorage<'inbound'>();

/** Runs `work` so that the transactions it begins write only the inbound log (see Storage.inboundTransaction). */
export function inInboundScope<T>(work: () => Promise<T>): Promise<T> {
  return transactionScope.run('inbound', work);
}

export interface EmbeddedLocks {
  /** Writers of the database file. */
  database: SharedWriteLock;
  /** Writers of the inbound log file. */
  inbound: SharedWriteLock;
}

/**
 * The one connection, as Kysely sees it. Transactions begin DEFERRED (an IMMEDIATE one would
 * take the write locks of both files) and write the database, or only the inbound log when begun
 * in that scope. With locks shared with another thread of this process (thread-link.ts), each
 * transaction, and each write outside one, first waits for its file's turn without blocking the
 * thread; a write outside a transaction counts as a write of the database.
 */
class EmbeddedSqliteConnection implements DatabaseConnection {
  private held: SharedWriteLock | undefined;
  private inTransaction = false;
  private readonly db: NodeSqliteDatabase;
  private readonly locks: EmbeddedLocks | undefined;

  constructor(db: NodeSqliteDatabase, locks: EmbeddedLocks | undefined) {
    this.db = db;
    this.locks = locks;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.db.prepare(compiled.sql);
    const lock = this.locks !== undefined && !this.inTransaction && !SelectQueryNode.is(compiled.query) ? this.locks.database : undefined;
    await lock?.acquire();
    try {
      if (statement.reader) return { rows: statement.all(compiled.parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(compiled.parameters);
      return { insertId: BigInt(lastInsertRowid), numAffectedRows: BigInt(changes), rows: [] };
    } finally {
      lock?.release();
    }
  }

  // eslint-disable-next-line require-yield -- streaming is not used with the embedded database
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries is not supported on the embedded database');
  }

  async begin(): Promise<void> {
    const lock = this.locks && (transactionScope.getStore() === 'inbound' ? this.locks.inbound : this.locks.database);
    await lock?.acquire();
    try {
      this.db.raw.exec('BEGIN');
      this.inTransaction = true;
      this.held = lock;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  async end(statement: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    const lock = this.held;
    try {
      this.db.raw.exec(statement);
    } catch (error) {
      // A failed COMMIT leaves the transaction open: close it so the connection stays usable.
      if (this.db.raw.isTransaction) this.db.raw.exec('ROLLBACK');
      throw error;
    } finally {
      this.inTransaction = false;
      this.held = undefined;
      lock?.release();
    }
  }
}

class EmbeddedSqliteDriver extends SqliteDriver implements Driver {
  private readonly connection: EmbeddedSqliteConnection;
  constructor(db: NodeSqliteDatabase, locks: EmbeddedLocks | undefined) {
    super({ database: db });
    this.connection = new EmbeddedSqliteConnection(db, locks);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  override async beginTransaction(): Promise<void> {
    await this.connection.begin();
  }
  override async commitTransaction(): Promise<void> {
    await this.connection.end('COMMIT');
  }
  override async rollbackTransaction(): Promise<void> {
    await this.connection.end('ROLLBACK');
  }
}

class EmbeddedSqliteDialect extends SqliteDialect {
  private readonly db: NodeSqliteDatabase;
  private readonly locks: EmbeddedLocks | undefined;
  constructor(db: NodeSqliteDatabase, locks: EmbeddedLocks | undefined) {
    super({ database: db });
    this.db = db;
    this.locks = locks;
  }
  override createDriver(): Driver {
    return new EmbeddedSqliteDriver(this.db, this.locks);
  }
}

export interface EmbeddedSqliteOptions {
  /** Shared with another thread of this process that writes to the same files. */
  locks?: EmbeddedLocks;
  /** Whether this connection runs the background WAL checkpoints (one per file is enough). */
  checkpoints?: boolean;
}

export function createSqliteKysely(options: SqliteOptions, embedded: EmbeddedSqliteOptions = {}): { db: Kysely<Database>; raw: DatabaseSync; checkpointer: SqliteCheckpointer | undefined } {
  const raw = openSqliteDatabase(options);
  // An in-memory database has no WAL to checkpoint.
  let checkpointer: SqliteCheckpointer | undefined;
  if (options.file !== ':memory:') {
    for (const schema of ['main', INBOUND_SCHEMA]) raw.exec(`PRAGMA ${schema}.wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
    if (embedded.checkpoints !== false) checkpointer = new SqliteCheckpointer([options.file, inboundLogFile(options.file)]);
  }
  const db = new Kysely<Database>({ dialect: new EmbeddedSqliteDialect(new NodeSqliteDatabase(raw), embedded.locks) });
  return { db, raw, checkpointer };
}
