// The quarantine and replays: an event Earshot could not read waits with its reason, visible
// through the API; after a fix, a replay takes it in; replaying again changes nothing. The same
// from the CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MalformedPayload } from '../../src/channels/shared/untrusted-json.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { connectAccount, deliver, type ConnectedAccount } from '../support/channels.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../../src/channels/whatsapp/fixtures/${name}.json`, import.meta.url));

describe('quarantine and replay', () => {
  let app: TestApp;
  let whatsapp: ConnectedAccount;
  const db = () => app.earshot.storage.db;
  const counts = async () => ({
    messages: (await db().selectFrom('messages').select('id').execute()).length,
    events: (await db().selectFrom('domain_events').select('id').where('type', 'in', ['message.created', 'conversation.created']).execute()).length,
  });

  before(async () => {
    app = await startTestApp();
    await app.earshot.start();
    whatsapp = await connectAccount(app, 'whatsapp', '106540352242922');
  });
  after(async () => { await app?.close(); });

  /** Runs `work` with the WhatsApp adapter broken the given way (a bug), then restores it (the fix). */
  async function withBug(part: 'normalize' | 'split', work: () => Promise<void>): Promise<void> {
    const channel = app.earshot.channels.get('whatsapp');
    const fixed = channel.adapter;
    channel.adapter = { ...fixed, [part]: () => { throw new MalformedPayload(`simulated ${part} bug`); } };
    try { await work(); } finally { channel.adapter = fixed; }
  }

  it('lists what could not be read, replays it after the fix, and a second replay changes nothing', async () => {
    await withBug('normalize', async () => {
      assert.equal((await deliver(app, whatsapp, fixture('text-message'))).statusCode, 200);
      await app.earshot.ingestion.settle();
    });
    const admin = await app.as('admin');
    const listed = (await admin.request('GET', '/api/inbound/quarantine')).json().events;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].error, 'simulated normalize bug');
    assert.match(listed[0].body, /Does it come in another color/);
    const before = await counts();

    const first = await admin.request('POST', `/api/inbound/events/${listed[0].id}/replay`);
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().event.status, 'processed');
    assert.equal(first.json().messages, 1);
    const afterFirst = await counts();
    assert.deepEqual(afterFirst, { messages: before.messages + 1, events: before.events + 2 });

    const second = await admin.request('POST', `/api/inbound/events/${listed[0].id}/replay`);
    assert.equal(second.json().messages, 0);
    assert.deepEqual(await counts(), afterFirst, 'replaying twice changes nothing');
    assert.equal((await admin.request('GET', '/api/inbound/quarantine')).json().events.length, 0);
  });

  it('re-splits a whole delivery quarantined at the door', async () => {
    await withBug('split', async () => {
      assert.equal((await deliver(app, whatsapp, fixture('media-interactive-unicode'))).statusCode, 200, 'still acknowledged');
    });
    const admin = await app.as('admin');
    const [held] = (await admin.request('GET', '/api/inbound/quarantine')).json().events;
    assert.match(held.platformEventId, /^delivery:[0-9a-f]{64}$/);
    const replay = (await admin.request('POST', `/api/inbound/events/${held.id}/replay`)).json();
    assert.equal(replay.split, 3);
    assert.equal(replay.messages, 2, 'the image and the button reply; the reaction is not a message');
  });

  it('replays from the CLI, and again without change', async () => {
    const row = await db().selectFrom('inbound_events').select('id').where('platform_event_id', 'like', 'wamid:wamid.IMG001').executeTakeFirstOrThrow();
    const before = await counts();
    for (let i = 0; i < 2; i++) {
      const result = spawnSync(process.execPath, [BIN, 'inbound', 'replay', row.id], { encoding: 'utf8', env: { ...process.env, EARSHOT_DATA_DIR: app.earshot.config.dataDir } });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /processed/);
      assert.match(result.stdout, /new messages: 0/);
    }
    assert.deepEqual(await counts(), before);
    const missing = spawnSync(process.execPath, [BIN, 'inbound', 'replay', 'no-such-event'], { encoding: 'utf8', env: { ...process.env, EARSHOT_DATA_DIR: app.earshot.config.dataDir } });
    assert.equal(missing.status, 2);
  });
});
