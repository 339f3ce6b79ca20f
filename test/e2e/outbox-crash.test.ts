// Killing the server with SIGKILL while the outbox drains. After a restart on the same data, the
// simulated platforms have received each reply exactly once: sends cut off mid-call are looked up
// on the platform before anything is sent again. (X and Facebook offer the lookup; see
// docs/replies.md for WhatsApp, which has none.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/config.ts';
import { systemClock } from '../../src/core/clock.ts';
import { loadKeyRing } from '../../src/security/key-file.ts';
import { hashPassword } from '../../src/security/passwords.ts';
import { Storage } from '../../src/storage/storage.ts';
import { NetworkSimulator } from '../../src/simulator/simulator.ts';
import { connectToSimulator, ensureSimulatedAccounts } from '../../src/demo/simulated-accounts.ts';
import { makeUser, makeWorkspace } from '../support/factories.ts';
import { tempDir } from '../support/databases.ts';
import { freePort, startServer, type ServerProcess } from '../support/server-process.ts';

const CONVERSATIONS = 40;
const REPLIES_PER_CONVERSATION = 3;
const TOTAL = CONVERSATIONS * REPLIES_PER_CONVERSATION;

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000, diagnose?: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${diagnose ? `: ${JSON.stringify(await diagnose())}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('crash while the outbox drains (SIGKILL)', () => {
  const dir = tempDir('earshot-outbox-crash-');
  // Slow platform answers, so the kill lands while calls are in flight.
  const sim = new NetworkSimulator({ seed: 7, delivery: { duplicateRate: 0 } });
  let server: ServerProcess | undefined;
  let storage: Storage;
  let env: Record<string, string>;
  let port: number;
  const texts: string[] = [];
  const refused: string[] = [];
  let inFlight = '';
  let leftQueued = 0;
  let leftSending = 0;

  const sendsOf = (text: string) => sim.calls.filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes(text));
  const accepted = (text: string) => sendsOf(text).filter((c) => c.status === 200 || c.status === 201 || c.status === 'dropped');

  before(async () => {
    await sim.start();
    env = { EARSHOT_DATA_DIR: dir.path, EARSHOT_LOG_LEVEL: 'error', EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta, EARSHOT_CHANNEL_TIMEOUT_MS: '2000' };
    const config = loadConfig({}, env, dir.path);
    storage = await Storage.open(config.database);
    await storage.migrate();
    const workspace = await makeWorkspace(storage.db);
    const admin = await makeUser(storage.db, workspace, { role: 'admin', email: 'admin@crash.test', passwordHash: await hashPassword('crash test password', { N: 1024, r: 8, p: 1 }) });
    const accounts = await ensureSimulatedAccounts(storage.db, loadKeyRing(config), systemClock, workspace.id, { networks: ['x', 'facebook'] });
    // A brisk pace, so the drain lasts a few seconds.
    for (const account of Object.values(accounts)) {
      await storage.db.updateTable('channel_accounts').set({ settings: JSON.stringify({ rateLimit: { requests: 40, windowMs: 1000 } }) }).where('id', '=', account!.id).execute();
    }
    port = await freePort();
    server = await startServer(env, port);
    await connectToSimulator(sim, server.url, accounts);

    sim.playTraffic({ seed: 3, perSecond: 400, count: CONVERSATIONS });
    await until(async () => Number((await storage.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).where('direction', '=', 'inbound').executeTakeFirst())?.n) >= CONVERSATIONS, 'the customers\' messages');
    await until(async () => (await storage.db.selectFrom('inbound_events').select('id').where('status', '=', 'received').execute()).length === 0, 'processing');

    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: 'crash test password' }) });
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]!;
    const { csrfToken } = await login.json() as { csrfToken: string };
    const conversations = await storage.db.selectFrom('conversations').select(['id', 'surface']).execute();
    sim.scripted.add({ delayMs: 40, times: TOTAL * 2 });
    for (const conversation of conversations) {
      for (let i = 0; i < REPLIES_PER_CONVERSATION; i++) {
        const text = `Reply ${texts.length + 1} of the crash test`;
        const response = await fetch(`${server.url}/api/conversations/${conversation.id}/replies`, {
          method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ kind: conversation.surface === 'public' ? 'public_reply' : 'dm', text }),
        });
        if (response.status === 201) texts.push(text);
        else refused.push(`${response.status} ${await response.text()}`);
      }
    }
    await until(() => sim.calls.filter((c) => c.method === 'POST').length >= texts.length / 3, 'the outbox to be under way');
    // One X reply takes the platform 1.5 s (within the 2 s deadline): the kill lands while it is
    // in flight, so after the restart Earshot cannot know whether it was posted.
    sim.scripted.clear();
    sim.scripted.add({ platform: 'x', method: 'POST', path: '^/2/tweets$', delayMs: 1500, times: 1 });
    sim.scripted.add({ delayMs: 40, times: TOTAL * 2 });
    await until(() => sim.calls.some((c) => c.platform === 'x' && c.path === '/2/tweets' && c.status === 0), 'a reply in flight');
    inFlight = sim.calls.find((c) => c.platform === 'x' && c.path === '/2/tweets' && c.status === 0)!.body.text as string;
    server.child.kill('SIGKILL');
    await server.exited;
    server = await startServer(env, port);
    const afterKill = await storage.db.selectFrom('outbox').select('status').execute();
    leftQueued = afterKill.filter((r) => r.status === 'queued').length;
    leftSending = afterKill.filter((r) => r.status === 'sending').length;
    await until(async () => (await storage.db.selectFrom('outbox').select('id').where('status', 'in', ['queued', 'sending', 'unknown']).execute()).length === 0,
      'the outbox to finish after the restart', 120_000, async () => ({
        open: await storage.db.selectFrom('outbox').select(['status', 'attempts', 'next_attempt_at', 'last_error', 'channel_account_id']).where('status', 'in', ['queued', 'sending', 'unknown']).execute(),
        sendState: await storage.db.selectFrom('channel_send_state').selectAll().execute(),
        jobs: await storage.db.selectFrom('jobs').selectAll().execute(),
        now: Date.now(),
      }));
  });

  after(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await sim.stop();
    await storage?.close();
    dir.dispose();
  });

  it('queued every reply and sent each exactly once, across the crash', async () => {
    assert.deepEqual(refused, [], 'every reply was accepted for sending');
    // Some traffic continues earlier threads, so there are a few less conversations than posts.
    assert.ok(texts.length >= TOTAL / 2, `${texts.length} replies queued`);
    const problems = texts.filter((text) => accepted(text).length !== 1).map((text) => `${text}: accepted ${accepted(text).length} times`);
    assert.deepEqual(problems, []);
    const statuses = await storage.db.selectFrom('outbox').select('status').execute();
    assert.deepEqual([...new Set(statuses.map((s) => s.status))], ['sent']);
  });

  it('was killed mid-drain, with a send in flight that the platform completed', () => {
    assert.ok(leftQueued > 0, 'replies were still queued at the kill');
    assert.ok(leftSending >= 1, 'a send was in flight at the kill');
    assert.equal(accepted(inFlight).length, 1, 'the reply in flight was posted once: found on the platform, not sent again');
  });
});
