// First run and recovery from the command line: create an admin, sign in, reset a password,
// rotate the secret key under live channel credentials.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config.ts';
import { createEarshot } from '../../src/app/earshot.ts';
import { createLogger } from '../../src/app/logger.ts';
import { tempDir } from '../support/databases.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));
const run = (args: string[], dataDir: string, input = '') =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, EARSHOT_DATA_DIR: dataDir, EARSHOT_LOG_LEVEL: 'silent' }, timeout: 60_000 });

type Inject = (method: string, url: string, payload?: object, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;

async function withServer<T>(dataDir: string, work: (inject: Inject) => Promise<T>): Promise<T> {
  const earshot = await createEarshot(loadConfig({}, { EARSHOT_DATA_DIR: dataDir }, dataDir), { logger: createLogger('silent') });
  try {
    return await work((method, url, payload, headers) => earshot.http.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}), ...(headers ? { headers } : {}) }));
  } finally {
    await earshot.close();
  }
}

describe('people and secrets from the CLI', () => {
  it('creates the first admin, resets a password, and rotates the key without losing credentials', async () => {
    const dir = tempDir();
    try {
      const created = run(['admin', 'create', '--email', 'Owner@Acme.test', '--workspace', 'Acme Air'], dir.path, 'first password 123\n');
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /created workspace "Acme Air"/);
      assert.equal(run(['admin', 'create', '--email', 'owner@acme.test', '--workspace', 'Again'], dir.path, 'first password 123\n').status, 2, 'the e-mail is taken');
      assert.equal(run(['admin', 'create', '--email', 'short@acme.test', '--workspace', 'Short'], dir.path, 'short\n').status, 2, 'a short password is refused');
      assert.equal(run(['admin', 'create', '--workspace', 'No Email'], dir.path, 'x\n').status, 2);

      const channelId = await withServer(dir.path, async (inject) => {
        const login = await inject('POST', '/api/auth/login', { email: 'owner@acme.test', password: 'first password 123' });
        assert.equal(login.statusCode, 200);
        const cookie = String(login.headers['set-cookie']).split(';')[0]!;
        const channel = await inject('POST', '/api/channels', { network: 'facebook', name: 'Acme', externalId: 'page-1', credentials: { appSecret: 'app-secret', verifyToken: 'verify-token', pageAccessToken: 'page-token' } },
          { cookie, 'x-csrf-token': login.json().csrfToken });
        assert.equal(channel.statusCode, 201);
        return channel.json().id as string;
      });

      const reset = run(['user', 'reset-password', '--email', 'owner@acme.test'], dir.path, 'second password 456\n');
      assert.equal(reset.status, 0, reset.stderr);
      const rotate = run(['secrets', 'rotate-key'], dir.path);
      assert.equal(rotate.status, 0, rotate.stderr);
      assert.match(rotate.stdout, /re-encrypted 1 channel account/);
      assert.equal(existsSync(join(dir.path, 'secret.key.previous')), false);

      await withServer(dir.path, async (inject) => {
        assert.equal((await inject('POST', '/api/auth/login', { email: 'owner@acme.test', password: 'first password 123' })).statusCode, 401);
        assert.equal((await inject('POST', '/api/auth/login', { email: 'owner@acme.test', password: 'second password 456' })).statusCode, 200);
      });
      const earshot = await createEarshot(loadConfig({}, { EARSHOT_DATA_DIR: dir.path }, dir.path), { logger: createLogger('silent') });
      try {
        const { readChannelSecrets } = await import('../../src/channels/channel-accounts.service.ts');
        assert.deepEqual(await readChannelSecrets(earshot.storage.db, earshot.keyRing, channelId), { appSecret: 'app-secret', verifyToken: 'verify-token', pageAccessToken: 'page-token' });
      } finally {
        await earshot.close();
      }
    } finally {
      dir.dispose();
    }
  });
});
