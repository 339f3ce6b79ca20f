// Databases for tests: a fresh SQLite file per test, and a fresh PostgreSQL database per test
// (created and dropped here). With CI=true an unreachable PostgreSQL fails the run; locally the
// PostgreSQL half of a contract suite is skipped with a message saying how to enable it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testEnvironment } from '../../src/config/config.ts';
import { Storage } from '../../src/storage/storage.ts';
import { dropPostgresDatabase } from '../../src/storage/dialects/postgres.ts';
import { newId } from '../../src/core/ids.ts';

export type DialectUnderTest = 'sqlite' | 'postgres';

export interface TestDatabase {
  storage: Storage;
  /** The config value that opens this same database (for servers started by the test). */
  database: { kind: 'sqlite'; file: string; synchronous: 'NORMAL' } | { kind: 'postgres'; url: string; poolSize: number };
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'earshot-test-'): { path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

export async function openTestDatabase(dialect: DialectUnderTest, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const dir = tempDir();
    const database = { kind: 'sqlite' as const, file: join(dir.path, 'earshot.db'), synchronous: 'NORMAL' as const };
    const storage = await Storage.open(database);
    if (migrate) await storage.migrate();
    return { storage, database, dispose: async () => { await storage.close(); dir.dispose(); } };
  }
  const url = new URL(testEnvironment.postgresAdminUrl);
  url.pathname = `/earshot_test_${newId().replaceAll('-', '').slice(-16)}`;
  const database = { kind: 'postgres' as const, url: url.toString(), poolSize: 5 };
  const storage = await Storage.open(database);
  if (migrate) await storage.migrate();
  return { storage, database, dispose: async () => { await storage.close(); await dropPostgresDatabase(url.toString()); } };
}

let postgresProbe: Promise<string | null> | undefined;

/** null when PostgreSQL can be used; otherwise why not (and the suite should skip or fail). */
export function postgresUnavailable(): Promise<string | null> {
  postgresProbe ??= (async () => {
    const client = new pg.Client({ connectionString: testEnvironment.postgresAdminUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return `PostgreSQL at ${testEnvironment.postgresAdminUrl} is unreachable (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return postgresProbe;
}

/**
 * The dialects a contract suite runs on here: SQLite always; PostgreSQL when reachable, and
 * required when CI=true. Returns a `skip` message for node:test when PostgreSQL is skipped.
 */
export async function dialectsUnderTest(): Promise<Array<{ dialect: DialectUnderTest; skip: string | false }>> {
  const problem = await postgresUnavailable();
  if (problem && testEnvironment.ci) {
    throw new Error(`${problem}. CI=true requires PostgreSQL for the contract suites.`);
  }
  return [
    { dialect: 'sqlite', skip: false },
    { dialect: 'postgres', skip: problem ? `${problem}; start PostgreSQL or set EARSHOT_TEST_POSTGRES_URL to run this half` : false },
  ];
}
