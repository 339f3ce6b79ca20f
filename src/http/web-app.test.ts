// Serving the agent app: files from the build, index.html for page paths, JSON 404s kept for the
// API, a strict CSP, and cache headers that suit hashed and unhashed files.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp, type ApiApp } from './app.ts';
import { createLogger } from '../app/logger.ts';
import { CONTENT_SECURITY_POLICY, registerWebApp } from './web-app.ts';

async function appServing(dir: string): Promise<ApiApp> {
  const app = await createHttpApp({ logger: createLogger('silent'), maxBodyBytes: 1024, version: 'test' });
  registerWebApp(app, { dir });
  await app.ready();
  return app;
}

describe('the web app handler', () => {
  let dir: string;
  let app: ApiApp;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'earshot-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    app = await appServing(dir);
  });
  after(async () => { await app?.close(); rmSync(dir, { recursive: true, force: true }); });

  it('serves index.html for the root and any page path, revalidated on each load, with the CSP', async () => {
    for (const url of ['/', '/inbox', '/inbox/0193?view=mine', '/admin/channels']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.body, '<!doctype html><title>app</title>');
      assert.equal(response.headers['cache-control'], 'no-cache');
      assert.equal(response.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
    }
  });

  it('allows scripts from its own origin only', () => {
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
  });

  it('caches hashed assets for a year, and answers a missing asset 404 rather than with the page', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['content-type']), /^text\/javascript/);
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await app.inject({ url: '/assets/index-old.js' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/favicon.svg' })).headers['cache-control'], 'no-cache');
  });

  it('keeps JSON 404s for unknown API and webhook paths, and never reads paths from the request', async () => {
    for (const url of ['/api/nothing', '/webhooks/x/nothing']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.equal(response.json().error.code, 'not_found');
    }
    const traversal = await app.inject({ url: '/assets/../../../../etc/passwd' });
    assert.ok(!traversal.body.includes('root:'), 'no file outside the build');
  });

  it('says how to build the app when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'earshot-web-empty-'));
    const bare = await appServing(empty);
    try {
      const response = await bare.inject({ url: '/inbox' });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /npm run build:web/);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
