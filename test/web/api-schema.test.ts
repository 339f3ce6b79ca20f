// The web app's API types are generated from the server's OpenAPI document; a route or schema
// change without `npm run generate:api` fails here, before the app and the server disagree.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, generateSchema } from '../../scripts/api-client.ts';

it('web/src/api/schema.d.ts matches the OpenAPI document (run `npm run generate:api`)', async () => {
  assert.ok(readFileSync(SCHEMA_FILE, 'utf8') === await generateSchema(), 'web/src/api/schema.d.ts is stale: run `npm run generate:api` and commit it');
});
