// Killing the server with SIGKILL while the simulator delivers. After a restart on the same data:
// every event that got a 2xx is stored exactly once and processed; deliveries that failed (the
// server was gone) are retried by the simulator, as platforms retry, and processed once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { loadKeyRing } from '../../src/security/key-file.ts';
import { Storage } from '../../src/storage/storage.ts';
import { NetworkSimulator } from '../../src/simulator/simulator.ts';
import { connectToSimulator, ensureSimulatedAccounts } from '../../src/demo/simulated-accounts.ts';
import { makeWorkspace } from '../support/factories.ts';
import { tempDir } from '../support/databases.ts';
import { freePort, startServer, type ServerProcess } from '../support/server-process.ts';

const EVENTS = 1500;
const KILL_AFTER_ACKS = 300;
const PREFIXES = ['tweet:', 'dm:', 'mid:', 'wamid:'];
const candidates = (id: string) => [...PREFIXES.map((p) => `${p}${id}`), `comment:${id}:add`, `post:${id}:add`];

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('crash during ingest (SIGKILL)', () => {
  const dir = tempDir('earshot-crash-');
  const sim = new NetworkSimulator({ seed: 99, delivery: { retryBaseMs: 100, retryMaxMs: 1000, maxAttempts: 100, duplicateRate: 0.03, timeoutMs: 5000 } });
  let server: ServerProcess | undefined;
  let storage: Storage;
  let killedAt = 0;

  before(async () => {
    await sim.start();
    const env = { EARSHOT_DATA_DIR: dir.path, EARSHOT_LOG_LEVEL: 'error', EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta };
    const config = loadConfig({}, env, dir.path);
    storage = await Storage.open(config.database);
    await storage.migrate();
    const workspace = await makeWorkspace(storage.db);
    const accounts = await ensureSimulatedAccounts(storage.db, loadKeyRing(config), systemClock, workspace.id, { networks: ['x', 'facebook', 'whatsapp'] });
    const port = await freePort();
    server = await startServer(env, port);
    await connectToSimulator(sim, server.url, accounts);

    const player = sim.playTraffic({ seed: 5, perSecond: 5000, count: EVENTS });
    await until(() => sim.deliverer.records.filter((r) => r.acknowledgedAt !== null).length >= KILL_AFTER_ACKS, 'the first acknowledgements');
    killedAt = Date.now();
    server.child.kill('SIGKILL');
    await server.exited;
    // The platform keeps delivering into a dead server for a moment (refused, then retried).
    await new Promise((resolve) => setTimeout(resolve, 300));
    server = await startServer(env, port);
    await player.done;
    await sim.deliverer.idle();
  });

  after(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await sim.stop();
    await storage?.close();
    dir.dispose();
  });

  it('acknowledged every event in the end, some only after the restart', () => {
    const records = sim.deliverer.records;
    assert.equal(records.length, EVENTS);
    assert.ok(records.every((r) => r.acknowledgedAt !== null && !r.gaveUp));
    assert.ok(records.some((r) => r.acknowledgedAt! < killedAt), 'some acknowledged before the kill');
    assert.ok(records.some((r) => r.statuses.some((s) => typeof s !== 'number')), 'some deliveries failed while the server was down and were retried');
  });

  it('stored each event exactly once, and processed it into exactly one message', async () => {
    // Done when nothing waits to be processed.
    await until(async () => (await storage.db.selectFrom('inbound_events').select('id').where('status', '=', 'received').execute()).length === 0, 'processing to finish');
    const rows = await storage.db.selectFrom('inbound_events').select(['platform_event_id', 'status']).execute();
    const byId = new Map(rows.map((r) => [r.platform_event_id, r.status]));
    assert.equal(rows.length, EVENTS, 'no event stored twice, none missing');
    const created = await storage.db.selectFrom('domain_events').select('payload').where('type', '=', 'message.created').execute();
    const announced = new Map<string, number>();
    for (const e of created) {
      const id = (JSON.parse(e.payload) as { messageId: string }).messageId;
      announced.set(id, (announced.get(id) ?? 0) + 1);
    }
    const problems: string[] = [];
    for (const record of sim.deliverer.records) {
      const eventId = record.eventIds[0]!;
      const stored = candidates(eventId).filter((c) => byId.has(c));
      if (stored.length !== 1) problems.push(`${eventId}: stored ${stored.length} times`);
      else if (byId.get(stored[0]!) !== 'processed') problems.push(`${eventId}: ${byId.get(stored[0]!)}`);
      const messages = await storage.db.selectFrom('messages').select('id').where('platform_message_id', '=', eventId).execute();
      if (messages.length !== 1) problems.push(`${eventId}: ${messages.length} messages`);
      else if (announced.get(messages[0]!.id) !== 1) problems.push(`${eventId}: message.created ${announced.get(messages[0]!.id) ?? 0} times`);
    }
    assert.deepEqual(problems, []);
  });
});
