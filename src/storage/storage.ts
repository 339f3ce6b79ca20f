// The storage handle: one Kysely instance on the configured dialect, migrations, transactions
// that tell listeners when they commit (the event dispatcher and job loop wake on it).
import { EventEmitter } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';
import { sql, type Kysely, type Transaction } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Config } from '../config/config.ts';
import type { Database } from './schema.ts';
import type { DialectName } from './migrations/column-types.ts';
import { PortableMigrationProvider, migrationNames } from './migrations/index.ts';
import { createSqliteKysely, inInboundScope, INBOUND_SCHEMA, inboundLogFile } from './dialects/sqlite.ts';
import { createPostgresKysely, ensurePostgresDatabase } from './dialects/postgres.ts';
import { ThreadPeer, type SharedWriteLock, type ThreadLink } from './thread-link.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

const MIGRATION_TABLE = 'earshot_migrations';

/** Work to do at the end of a transaction, just before it commits (see deferUntilCommit). */
const beforeCommit = new WeakMap<Tx, Array<() => Promise<void>>>();

/**
 * Runs `task` at the end of the transaction `executor`, just before it commits, when it is a
 * transaction begun by Storage.transaction; returns false otherwise (the caller then does the
 * work at once). Lets writes that many steps make (domain events) go in one statement.
 */
export function deferUntilCommit(executor: Executor, task: () => Promise<void>): boolean {
  const tasks = beforeCommit.get(executor as Tx);
  if (!tasks) return false;
  tasks.push(task);
  return true;
}
const MIGRATION_LOCK_TABLE = 'earshot_migrations_lock';

export interface StorageOptions {
  /** Another thread of this process uses the same database (see thread-link.ts). */
  link?: ThreadLink;
  /** Whether this handle runs SQLite's background WAL checkpoints (one per file is enough). */
  checkpoints?: boolean;
}

export class Storage {
  readonly db: Db;
  readonly dialect: DialectName;
  /** The embedded driver's handle, for hot paths that skip the query builder (SQLite only). */
  readonly sqlite: DatabaseSync | undefined;
  /** This thread's end of the link to the process's other thread, if there is one. */
  readonly peer: ThreadPeer | undefined;
  private readonly commits = new EventEmitter();
  private readonly closeDriver: () => Promise<void>;

  private constructor(db: Db, dialect: DialectName, sqlite: DatabaseSync | undefined, peer: ThreadPeer | undefined, closeDriver: () => Promise<void>) {
    this.db = db;
    this.dialect = dialect;
    this.sqlite = sqlite;
    this.peer = peer;
    this.closeDriver = closeDriver;
    this.commits.setMaxListeners(100);
  }

  static async open(database: Config['database'], options: StorageOptions = {}): Promise<Storage> {
    // The peer exists before the storage (the embedded driver takes its locks); news reaches the storage once built.
    let storage: Storage | undefined;
    const peer = options.link && new ThreadPeer(options.link, () => storage?.heardRemoteCommit());
    if (database.kind === 'sqlite') {
      const locks = peer ? { database: peer.lock, inbound: peer.inboundLock } : undefined;
      const { db, raw, checkpointer } = createSqliteKysely(database, { ...(locks ? { locks } : {}), checkpoints: options.checkpoints ?? true });
      storage = new Storage(db, 'sqlite', raw, peer, async () => { await checkpointer?.stop(); await db.destroy(); });
      return storage;
    }
    await ensurePostgresDatabase(database.url);
    const { db } = createPostgresKysely(database);
    storage = new Storage(db, 'postgres', undefined, peer, () => db.destroy());
    return storage;
  }

  /** The lock writers of the embedded database share with the other thread (SQLite, two threads). */
  get writeLock(): SharedWriteLock | undefined {
    return this.dialect === 'sqlite' ? this.peer?.lock : undefined;
  }

  /** The same for the embedded inbound log (see dialects/sqlite.ts). */
  get inboundLock(): SharedWriteLock | undefined {
    return this.dialect === 'sqlite' ? this.peer?.inboundLock : undefined;
  }

  /**
   * A transaction that writes only inbound_events. On SQLite the inbound log is its own file, so
   * this waits only for other writers of the log (the webhook edge), not for a processing
   * transaction on the database; on PostgreSQL it is an ordinary transaction.
   */
  async inboundTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.dialect !== 'sqlite') return this.transaction(work);
    // Commit listeners run outside the scope: the transactions they begin write the database.
    const result = await inInboundScope(() => this.run(work));
    this.notifyCommitted();
    return result;
  }

  /** Runs `work` in a transaction; listeners hear about the commit after it happens. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.run(work);
    this.notifyCommitted();
    return result;
  }

  private run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (tx) => {
      const tasks: Array<() => Promise<void>> = [];
      beforeCommit.set(tx, tasks);
      const value = await work(tx);
      // Deferred work may defer more; run until none is left.
      for (let task = tasks.shift(); task; task = tasks.shift()) await task();
      beforeCommit.delete(tx);
      return value;
    });
  }

  /** Wakes commit listeners, here and in the linked thread; call after writing outside `transaction` (autocommit). */
  notifyCommitted(): void {
    this.commits.emit('commit');
    this.peer?.announceCommit();
  }

  /** Called for commits in this thread and in the linked one. */
  onCommit(listener: () => void): () => void {
    this.commits.on('commit', listener);
    return () => this.commits.off('commit', listener);
  }

  /** Called for commits in the linked thread only. */
  onRemoteCommit(listener: () => void): () => void {
    this.commits.on('remote', listener);
    return () => this.commits.off('remote', listener);
  }

  private heardRemoteCommit(): void {
    this.commits.emit('commit');
    this.commits.emit('remote');
  }

  private migrator(): Migrator {
    return new Migrator({
      db: this.db,
      provider: new PortableMigrationProvider(this.dialect),
      migrationTableName: MIGRATION_TABLE,
      migrationLockTableName: MIGRATION_LOCK_TABLE,
    });
  }

  /** Applies pending migrations; safe to run concurrently and repeatedly. */
  async migrate(): Promise<string[]> {
    const { error, results } = await this.migrator().migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    await this.assertInboundLog();
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  /** A database whose inbound log file went missing (restored without it) says so at once. */
  private async assertInboundLog(): Promise<void> {
    if (this.dialect !== 'sqlite') return;
    const found = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.raw(INBOUND_SCHEMA)}.sqlite_master WHERE name = 'inbound_events'`.execute(this.db);
    if (Number(found.rows[0]?.n ?? 0) > 0) return;
    const file = this.sqlite?.location() ?? 'the database';
    throw new Error(`The inbound event log is missing: ${inboundLogFile(file)} must sit beside ${file} (restore both files of a backup together)`);
  }

  /** Names of migrations that exist in the code but are not applied to this database. */
  async pendingMigrations(): Promise<string[]> {
    const migrations = await this.migrator().getMigrations();
    const applied = new Set(migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name));
    return migrationNames.filter((name) => !applied.has(name));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    this.commits.removeAllListeners();
    this.peer?.close();
    await this.closeDriver();
  }
}
