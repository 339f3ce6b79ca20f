import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to embedded SQLite in ./data on port 3000', () => {
    const config = loadConfig({}, {}, '/srv/earshot');
    assert.equal(config.port, 3000);
    assert.deepEqual(config.database, { kind: 'sqlite', file: '/srv/earshot/data/earshot.db', synchronous: 'NORMAL' });
    assert.equal(Object.isFrozen(config), true);
    assert.equal(Object.isFrozen(config.database), true);
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({}, { DATABASE_URL: 'postgres://care@db:5432/earshot', EARSHOT_DB_POOL_SIZE: '20' }, '/');
    assert.deepEqual(config.database, { kind: 'postgres', url: 'postgres://care@db:5432/earshot', poolSize: 20 });
  });

  it('reports every problem at once, naming each variable, without echoing secrets', () => {
    try {
      loadConfig({}, { PORT: 'abc', EARSHOT_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', EARSHOT_SECRET_KEY: 'short-secret' }, '/');
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const names = error.problems.map((p) => p.split(':')[0]);
      assert.deepEqual(names.sort(), ['DATABASE_URL', 'EARSHOT_LOG_LEVEL', 'EARSHOT_SECRET_KEY', 'PORT']);
      assert.doesNotMatch(error.message, /short-secret/);
    }
  });

  it('takes a config file below the environment, and flags above both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'earshot-config-'));
    writeFileSync(join(dir, 'earshot.config.json'), JSON.stringify({ PORT: 4000, HOST: '0.0.0.0' }));
    const config = loadConfig({}, { HOST: '10.0.0.1' }, dir);
    assert.equal(config.port, 4000);
    assert.equal(config.host, '10.0.0.1');
    assert.equal(loadConfig({ PORT: 5000 }, {}, dir).port, 5000);
  });

  it('rejects unknown keys and unreadable files in the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'earshot-config-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ PROT: 4000 }));
    assert.throws(() => loadConfig({}, { EARSHOT_CONFIG: 'bad.json' }, dir), /PROT: not a setting/);
    writeFileSync(join(dir, 'broken.json'), '{');
    assert.throws(() => loadConfig({}, { EARSHOT_CONFIG: 'broken.json' }, dir), /EARSHOT_CONFIG: cannot read/);
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({}, { PORT: '' }, '/').port, 3000);
  });
});
