// `earshot simulate` as a person runs it: it prints the base URLs to configure Earshot with,
// connects the accounts of an accounts file, answers its admin API, and stops on SIGTERM.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/databases.ts';
import { freePort } from '../support/server-process.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));

describe('earshot simulate', () => {
  it('serves fake platforms for the accounts of a file, and stops cleanly', async () => {
    const dir = tempDir();
    const accounts = join(dir.path, 'accounts.json');
    writeFileSync(accounts, JSON.stringify([{ network: 'x', externalId: '2244994945', accessToken: 'tok' }, { network: 'whatsapp', externalId: '106540352242922', accessToken: 'wa' }]));
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'simulate', '--port', String(port), '--accounts', accounts, '--seed', '4'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    try {
      for (let i = 0; i < 100 && !out.includes('EARSHOT_META_GRAPH_URL'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(out, new RegExp(`EARSHOT_X_API_URL=http://127\\.0\\.0\\.1:${port}/x`));
      const base = `http://127.0.0.1:${port}`;
      assert.equal((await (await fetch(`${base}/_admin/health`)).json() as { status: string }).status, 'ok');
      const injected = await fetch(`${base}/_admin/inject`, { method: 'POST', body: JSON.stringify({ network: 'x', kind: 'mention', text: 'hello from the CLI test' }) });
      assert.equal(injected.status, 201);
      const timeline = await fetch(`${base}/x/2/users/2244994945/mentions`, { headers: { authorization: 'Bearer tok' } });
      assert.equal(((await timeline.json()) as { meta: { result_count: number } }).meta.result_count, 1);
      const bad = await fetch(`${base}/_admin/inject`, { method: 'POST', body: JSON.stringify({ network: 'facebook', text: 'no page connected' }) });
      assert.equal(bad.status, 400);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      dir.dispose();
    }
  });
});
