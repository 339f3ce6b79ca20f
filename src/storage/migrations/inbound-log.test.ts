// Migration 0031 on a database that already holds inbound events (an upgrade): the rows, the
// uniqueness per platform event and the status index move to the inbound log file; the database
// keeps no copy. And a database whose log file went missing refuses to start, saying why.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { Storage } from '../storage.ts';
import { PortableMigrationProvider } from './index.ts';
import { inboundLogFile } from '../dialects/sqlite.ts';

describe('the inbound log migration (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-inbound-log-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const open = (file: string) => Storage.open({ kind: 'sqlite', file, synchronous: 'NORMAL' }, { checkpoints: false });

  it('moves the stored events, their uniqueness and index to the log file', async () => {
    const file = join(dir, 'upgrade.db');
    const storage = await open(file);
    try {
      const migrator = new Migrator({ db: storage.db, provider: new PortableMigrationProvider('sqlite'), migrationTableName: 'earshot_migrations', migrationLockTableName: 'earshot_migrations_lock' });
      const before = await migrator.migrateTo('0030-analytics');
      assert.equal(before.error, undefined);
      const event = (n: number) => ({ id: `e${n}`, channel_account_id: 'acct', network: 'x', platform_event_id: `p${n}`, received_at: n, body: '{}', status: 'received' as const, error: null, attempts: 0, processed_at: null });
      await storage.db.insertInto('inbound_events').values([event(1), event(2), event(3)]).execute();

      await storage.migrate();

      const where = await sql<{ schema: string }>`SELECT 'main' AS schema FROM main.sqlite_master WHERE name = 'inbound_events'
        UNION ALL SELECT 'inbound' FROM inbound.sqlite_master WHERE name = 'inbound_events'`.execute(storage.db);
      assert.deepEqual(where.rows.map((r) => r.schema), ['inbound']);
      const rows = await storage.db.selectFrom('inbound_events').select('id').orderBy('id').execute();
      assert.deepEqual(rows.map((r) => r.id), ['e1', 'e2', 'e3']);
      await assert.rejects(storage.db.insertInto('inbound_events').values({ ...event(4), platform_event_id: 'p1' }).execute(), /UNIQUE/);
      const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT id FROM inbound_events WHERE status = 'received' ORDER BY received_at`.execute(storage.db);
      assert.match(plan.rows.map((r) => r.detail).join(' '), /inbound_events_status/);
    } finally {
      await storage.close();
    }
  });

  it('refuses to start when the log file is missing', async () => {
    const file = join(dir, 'lost.db');
    const first = await open(file);
    await first.migrate();
    await first.close();
    rmSync(inboundLogFile(file));
    const again = await open(file);
    try {
      await assert.rejects(again.migrate(), /inbound event log is missing: .*lost-inbound\.db/);
    } finally {
      await again.close();
    }
  });
});
