// The HTTP edge: health, readiness, the OpenAPI document, one error shape, request ids, and the
// rule that every API route declares its access.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { z } from 'zod';
import { createLogger } from '../app/logger.ts';
import { DomainError } from '../core/errors.ts';
import { Storage } from '../storage/storage.ts';
import { migrationNames } from '../storage/migrations/index.ts';
import { tempDir } from '../../test/support/databases.ts';
import { createHttpApp, type ApiApp } from './app.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { AUTHENTICATED, PUBLIC } from './route-access.ts';

const logger = createLogger('silent');

describe('HTTP app', () => {
  let app: ApiApp;
  let storage: Storage;
  const dir = tempDir();

  before(async () => {
    storage = await Storage.open({ kind: 'sqlite', file: `${dir.path}/app.db`, synchronous: 'NORMAL' });
    app = await createHttpApp({ logger, maxBodyBytes: 2048, version: 'test' });
    registerHealthRoutes(app, { storage });
    app.post('/api/test/echo', {
      config: { access: PUBLIC },
      schema: { body: z.object({ count: z.number().int().min(1) }), response: { 200: z.object({ count: z.number() }) } },
    }, async (request) => ({ count: request.body.count }));
    app.get('/api/test/conflict', { config: { access: PUBLIC } }, async () => { throw new DomainError('conflict', 'Someone else replied first', { by: 'Ana' }); });
    app.get('/api/test/crash', { config: { access: PUBLIC } }, async () => { throw new Error('secret internals: db password is hunter2'); });
    await app.ready();
  });
  after(async () => { await app.close(); await storage.close(); dir.dispose(); });

  it('answers liveness at once and readiness only once migrated', async () => {
    assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
    const notReady = await app.inject({ url: '/readyz' });
    assert.equal(notReady.statusCode, 503);
    assert.deepEqual(notReady.json().pendingMigrations, migrationNames);
    await storage.migrate();
    const ready = await app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().status, 'ready');
  });

  it('publishes a valid OpenAPI 3 document and browsable docs', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.match(document.openapi, /^3\./);
    const result = await new Validator().validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.ok(document.paths['/api/test/echo'], 'routes appear in the document');
    assert.equal((await app.inject({ url: '/api/docs/' })).statusCode, 200);
  });

  it('answers unknown routes, invalid bodies and domain errors in one shape with the request id', async () => {
    const missing = await app.inject({ url: '/api/nothing-here' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
    assert.equal(missing.json().error.requestId, missing.headers['x-request-id']);

    const invalid = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { count: 0 } });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().error.code, 'validation_failed');
    assert.match(JSON.stringify(invalid.json().error.details.fields), /count/);

    const badJson = await app.inject({ method: 'POST', url: '/api/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"count":' });
    assert.equal(badJson.statusCode, 400);
    assert.equal(badJson.json().error.code, 'validation_failed');

    const conflict = await app.inject({ url: '/api/test/conflict' });
    assert.equal(conflict.statusCode, 409);
    assert.deepEqual(conflict.json().error.details, { by: 'Ana' });
  });

  it('refuses oversized bodies with 413', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { count: 1, pad: 'x'.repeat(4096) } });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().error.code, 'payload_too_large');
  });

  it('hides internals behind a generic 500', async () => {
    const response = await app.inject({ url: '/api/test/crash' });
    assert.equal(response.statusCode, 500);
    assert.equal(response.json().error.code, 'internal');
    assert.doesNotMatch(response.body, /hunter2|internals/);
  });

  it('keeps a well-formed request id from the caller and replaces anything else', async () => {
    const given = '01935c1e-7f3a-7b2c-8d4e-5f6a7b8c9d0e';
    assert.equal((await app.inject({ url: '/healthz', headers: { 'x-request-id': given } })).headers['x-request-id'], given);
    const injected = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'x\nforged log line' } });
    assert.notEqual(injected.headers['x-request-id'], 'x\nforged log line');
  });
});

describe('route access declarations', () => {
  it('refuse to start with an /api route that does not say who may call it', async () => {
    const app = await createHttpApp({ logger, maxBodyBytes: 1024, version: 'test' });
    assert.throws(() => app.get('/api/undeclared', async () => ({})), /does not declare its access/);
    app.get('/api/declared', { config: { access: AUTHENTICATED } }, async () => ({}));
    app.get('/not-api', async () => ({}));
    await app.close();
  });
});
