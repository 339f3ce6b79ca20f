// The `earshot` command as a user runs it: help, configuration errors, serve, migrate.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { newId } from '../../src/core/ids.ts';
import { testEnvironment } from '../../src/config/config.ts';
import { dropPostgresDatabase } from '../../src/storage/dialects/postgres.ts';
import { dialectsUnderTest, tempDir } from '../support/databases.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));

function earshot(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const postgresSkip = (await dialectsUnderTest())[1]!.skip;

describe('earshot CLI', () => {
  it('lists serve, migrate and demo in --help', () => {
    const result = earshot(['--help']);
    assert.equal(result.status, 0);
    for (const command of ['serve', 'migrate', 'demo', 'bench']) assert.match(result.stdout, new RegExp(`\\b${command}\\b`));
    assert.equal(earshot(['serve', '--help']).status, 0);
  });

  it('exits 2 naming the variable when configuration is invalid', () => {
    const result = earshot(['serve'], { PORT: 'abc', DATABASE_URL: 'mysql://nope', EARSHOT_DATA_DIR: tempDir().path });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /PORT/);
    assert.match(result.stderr, /DATABASE_URL/, 'every problem is reported at once');
  });

  it('exits 2 on an unknown command, flag or bad value', () => {
    assert.equal(earshot(['frobnicate']).status, 2);
    assert.equal(earshot(['serve', '--no-such-flag']).status, 2);
    const bad = earshot(['serve', '--port', 'eighty']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /port/);
  });

  it('serves /healthz, /readyz and the OpenAPI document from an empty data directory', async () => {
    const port = await freePort();
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, PORT: String(port), EARSHOT_DATA_DIR: dir.path, EARSHOT_LOG_LEVEL: 'warn' }, stdio: 'pipe' });
    try {
      const base = `http://127.0.0.1:${port}`;
      let health: Response | undefined;
      for (let i = 0; i < 100 && !health; i++) {
        health = await fetch(`${base}/healthz`).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(health?.status, 200);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      const openapi = await (await fetch(`${base}/api/openapi.json`)).json() as { openapi: string };
      assert.match(openapi.openapi, /^3\./);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      dir.dispose();
    }
  });

  it('migrates a new PostgreSQL database, and again without change', { skip: postgresSkip }, async () => {
    const url = new URL(testEnvironment.postgresAdminUrl);
    url.pathname = `/earshot_cli_${newId().replaceAll('-', '').slice(-12)}`;
    try {
      const first = earshot(['migrate'], { DATABASE_URL: url.toString() });
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /applied \d+ migration/);
      const second = earshot(['migrate'], { DATABASE_URL: url.toString() });
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /up to date/);
    } finally {
      await dropPostgresDatabase(url.toString());
    }
  });
});
