// The realtime socket: only signed-in people from Earshot's own origin connect, and each hears
// only events of conversations in their scope.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { emit } from '../../src/events/emit.ts';
import { startTestApp, type Actor, type TestApp } from '../support/app.ts';

/** The HTTP status with which the server refused the upgrade. */
function refusedWith(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (_request, response) => { resolve(response.statusCode ?? 0); socket.terminate(); });
    socket.on('open', () => reject(new Error('the socket opened')));
    socket.on('error', () => {});
  });
}

function open(url: string, headers: Record<string, string>): Promise<{ socket: WebSocket; messages: unknown[]; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const messages: unknown[] = [];
    const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    socket.on('open', () => resolve({ socket, messages, closed }));
    socket.on('error', reject);
  });
}

describe('realtime access', () => {
  let app: TestApp;
  let wsUrl: string;
  let host: string;
  before(async () => {
    app = await startTestApp();
    await app.earshot.start();
    const base = await app.earshot.http.listen({ port: 0, host: '127.0.0.1' });
    wsUrl = `${base.replace('http', 'ws')}/api/realtime`;
    host = new URL(base).host;
  });
  after(async () => { await app?.close(); });

  it('refuses an anonymous caller and closes a cross-site one', async () => {
    assert.equal(await refusedWith(wsUrl, {}), 401);
    assert.equal(await refusedWith(wsUrl, { cookie: 'earshot_session=forged' }), 401);
    const agent = await app.as('agent');
    const crossSite = await open(wsUrl, { cookie: agent.cookie, origin: 'https://evil.example' });
    assert.equal(await crossSite.closed, 4401);
  });

  it('delivers each event only to those who may see its conversation', async () => {
    const { workspace, teams } = app.seeded;
    const connect = async (actor: Actor) => open(wsUrl, { cookie: (await app.as(actor)).cookie, origin: `http://${host}` });
    const listeners = { admin: await connect('admin'), agent: await connect('agent'), vendor: await connect('vendor'), other: await connect('other') };
    await app.earshot.storage.transaction((tx) => emit(tx, app.earshot.clock,
      { type: 'conversation.updated', workspaceId: workspace.id, subjectId: 'care-conv', teamId: teams.care.id, payload: { conversationId: 'care-conv', changed: ['team'] } },
      { type: 'conversation.updated', workspaceId: workspace.id, subjectId: 'vendor-conv', teamId: teams.vendor.id, payload: { conversationId: 'vendor-conv', changed: ['team'] } }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only the conversation events emitted here (connecting also announces presence.changed).
    const seen = (actor: keyof typeof listeners) => listeners[actor].messages
      .flatMap((m) => ((m as { type: string }).type === 'events' ? (m as { events: Array<{ type: string; subjectId: string }> }).events : []))
      .filter((e) => e.type === 'conversation.updated').map((e) => e.subjectId).sort();
    assert.deepEqual(seen('admin'), ['care-conv', 'vendor-conv']);
    assert.deepEqual(seen('agent'), ['care-conv']);
    assert.deepEqual(seen('vendor'), ['vendor-conv']);
    assert.deepEqual(seen('other'), []);
    for (const { socket } of Object.values(listeners)) socket.close();
  });
});
