// Presence and collision over the real WebSocket: connecting makes an agent online, viewing and
// typing reach exactly the people who may see the conversation, closing the last tab makes the
// agent offline after the grace period, and their open work goes back to the team queue.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { ManualClock, SECOND } from '../../src/core/clock.ts';
import { newId } from '../../src/core/ids.ts';
import { findOrCreateConversation, updateConversation } from '../../src/storage/repositories/conversations.repository.ts';
import { findAgentRouting } from '../../src/storage/repositories/routing-config.repository.ts';
import { findRoutingConversation } from '../../src/storage/repositories/routing.repository.ts';
import { makeChannelAccount } from '../support/factories.ts';
import { startTestApp, type Actor, type TestApp } from '../support/app.ts';

interface Client {
  socket: WebSocket;
  messages: Array<Record<string, unknown>>;
  send(message: unknown): void;
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('presence and collision over the realtime socket', () => {
  let app: TestApp;
  let clock: ManualClock;
  let url: string;
  let host: string;
  let conversationId: string;
  before(async () => {
    clock = new ManualClock(Date.now());
    app = await startTestApp({ clock });
    await app.earshot.start();
    const base = await app.earshot.http.listen({ port: 0, host: '127.0.0.1' });
    url = `${base.replace('http', 'ws')}/api/realtime`;
    host = new URL(base).host;
    const db = app.earshot.storage.db;
    const channel = await makeChannelAccount(db, app.seeded.workspace);
    const { conversation } = await findOrCreateConversation(db, { workspaceId: app.seeded.workspace.id, channelAccountId: channel.id, threadKey: `t-${newId()}`, surface: 'public', contactId: null, at: clock.now() }, clock.now());
    await updateConversation(db, app.seeded.workspace.id, conversation.id, { teamId: app.seeded.teams.care.id, assigneeId: app.seeded.people.agent.id }, clock.now());
    conversationId = conversation.id;
  });
  after(async () => { await app?.close(); });

  const connect = async (actor: Actor | 'colleague'): Promise<Client> => {
    const session = await app.as(actor === 'colleague' ? app.seeded.colleague : actor);
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers: { cookie: session.cookie, origin: `http://${host}` } });
      const messages: Array<Record<string, unknown>> = [];
      socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
      socket.on('open', () => resolve({ socket, messages, send: (m) => socket.send(JSON.stringify(m)) }));
      socket.on('error', reject);
    });
  };
  const presenceOf = (userId: string) => findAgentRouting(app.earshot.storage.db, app.seeded.workspace.id, userId).then((p) => p.presence);
  const collisions = (client: Client) => client.messages.filter((m) => m.type === 'collision' && m.conversationId === conversationId);

  it('shows who views and types to those who may see the conversation, and gives an offline agent\'s work to someone online', async () => {
    const agent = await connect('agent');
    const colleague = await connect('colleague');
    const vendor = await connect('vendor');
    await waitFor(async () => ((await presenceOf(app.seeded.people.agent.id)) === 'online' ? true : undefined), 'the agent to be online');

    agent.send({ type: 'conversation.viewing', conversationId, viewing: true });
    await waitFor(() => collisions(colleague).find((m) => (m.viewing as string[]).includes(app.seeded.people.agent.id)), 'the colleague to see the agent viewing');
    agent.send({ type: 'conversation.typing', conversationId, typing: true });
    await waitFor(() => collisions(colleague).find((m) => (m.typing as string[]).includes(app.seeded.people.agent.id)), 'the colleague to see the agent typing');
    vendor.send({ type: 'conversation.viewing', conversationId, viewing: true });
    await waitFor(() => vendor.messages.find((m) => m.type === 'error' && m.code === 'not_found'), 'the vendor to be told not found');
    assert.deepEqual(collisions(vendor), [], 'the vendor never hears about another team\'s conversation');
    const snapshot = await (await app.as('supervisor')).request('GET', `/api/conversations/${conversationId}/routing`);
    assert.deepEqual(snapshot.json().collision, { viewing: [app.seeded.people.agent.id], typing: [app.seeded.people.agent.id] });

    agent.socket.close();
    await waitFor(() => collisions(colleague).find((m) => (m.viewing as string[]).length === 0), 'the agent to leave the conversation');
    assert.equal(await presenceOf(app.seeded.people.agent.id), 'online', 'a closed tab is not offline at once (reloads)');
    clock.advance(61 * SECOND);
    await waitFor(async () => {
      await app.earshot.jobs.drain();
      return (await presenceOf(app.seeded.people.agent.id)) === 'offline' ? true : undefined;
    }, 'the agent to go offline after the grace period');
    await app.earshot.jobs.drain();
    const c = await findRoutingConversation(app.earshot.storage.db, app.seeded.workspace.id, conversationId);
    assert.equal(c?.assigneeId, app.seeded.colleague.id, 'their open conversation went to the colleague who is online');
    const moves = await app.earshot.storage.db.selectFrom('domain_events').select('payload').where('subject_id', '=', conversationId).where('type', '=', 'conversation.assigned').orderBy('seq').execute();
    assert.deepEqual(moves.map((m) => JSON.parse(m.payload).reason), ['agent_offline', 'auto']);
    colleague.socket.close();
    vendor.socket.close();
  });
});
