// With the server running, every /api route in the OpenAPI document (except health, docs and
// sign-in) answers 401 to a request without credentials, whatever its body or parameters.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';

const OPEN = new Set(['POST /api/auth/login']);

describe('anonymous requests', () => {
  let app: TestApp;
  let base: string;
  before(async () => {
    app = await startTestApp();
    base = await app.earshot.http.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => { await app?.close(); });

  it('get 401 from every documented /api route but sign-in', async () => {
    const document = await (await fetch(`${base}/api/openapi.json`)).json() as { paths: Record<string, Record<string, unknown>> };
    const failures: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if (OPEN.has(`${method} ${path}`)) continue;
        const url = base + path.replace(/\{[^}]+\}/g, '01935c1e-7f3a-7b2c-8d4e-5f6a7b8c9d0e');
        const response = await fetch(url, { method, ...(method === 'GET' ? {} : { body: '{"not":"valid', headers: { 'content-type': 'application/json' } }) });
        checked++;
        if (response.status !== 401) failures.push(`${method} ${path}: ${response.status}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked >= 20, `checked ${checked} routes`);
  });
});
