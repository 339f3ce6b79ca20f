// A throw-away database for a benchmark: a temporary SQLite file, or a temporary database on the
// PostgreSQL server of DATABASE_URL, dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { Storage } from '../storage/storage.ts';
import { dropPostgresDatabase } from '../storage/dialects/postgres.ts';

export async function withBenchDatabase<T>(database: Config['database'], name: string, work: (storage: Storage) => Promise<T>): Promise<T> {
  if (database.kind === 'postgres') {
    const target = new URL(database.url);
    target.pathname = `/earshot_bench_${name}_${process.pid}`;
    const storage = await Storage.open({ kind: 'postgres', url: target.toString(), poolSize: database.poolSize });
    try {
      await storage.migrate();
      return await work(storage);
    } finally {
      await storage.close();
      await dropPostgresDatabase(target.toString());
    }
  }
  const dir = mkdtempSync(join(tmpdir(), `earshot-bench-${name}-`));
  const storage = await Storage.open({ kind: 'sqlite', file: join(dir, 'bench.db'), synchronous: 'NORMAL' });
  try {
    await storage.migrate();
    return await work(storage);
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
