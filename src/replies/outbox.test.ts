// The outbox on both dialects: stored before sent, paced under the platform's window, paused by
// rate-limit answers, retried, failed in plain words, and never sent twice after a lost answer.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, ManualClock, MINUTE } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import { isVendorOnly } from '../core/access/principal.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import { KeyRing, generateKey, sealJson } from '../security/secrets.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeTeam, makeUser, makeWorkspace } from '../../test/support/factories.ts';
import { ScriptedChannel } from '../../test/support/scripted-channel.ts';
import { insertChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { upsertIdentity } from '../storage/repositories/contacts.repository.ts';
import { findOrCreateConversation, insertMessage, listMessages, touchConversation, updateConversation } from '../storage/repositories/conversations.repository.ts';
import { findOutboxItemByMessage, transitionOutboxItem } from '../storage/repositories/outbox.repository.ts';
import { readEventsAfter } from '../storage/repositories/events.repository.ts';
import { dialectFeatures } from '../storage/dialects/features.ts';
import { OutboxSender } from './outbox-sender.ts';
import { queueReply } from './reply.commands.ts';
import { settleEcho } from './delivery.ts';
import { UNCONFIRMED_AFTER_MS } from './reconcile.ts';

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`outbox on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    const clock = new ManualClock(Date.UTC(2026, 5, 10, 12));
    const keyRing = new KeyRing(generateKey());
    let channel: ScriptedChannel;
    let sender: OutboxSender;
    let principal: Principal;
    let conversationId: string;
    let accountId: string;

    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    /** A fresh account, customer, and public conversation with one inbound comment. */
    async function setUp(capabilities = {}, options = {}) {
      channel = new ScriptedChannel(() => clock.now(), capabilities, options);
      const jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 1 });
      sender = new OutboxSender({ storage: t.storage, clock, jobs, keyRing, channels: channel.lookup(), fetch, callTimeoutMs: 2000 });
      const db = t.storage.db;
      const workspace = await makeWorkspace(db);
      const agent = await makeUser(db, workspace, { name: 'Ana Care' });
      const team = await makeTeam(db, workspace, 'care', [agent]);
      accountId = newId();
      await insertChannelAccount(db, {
        id: accountId, workspaceId: workspace.id, network: 'testnet', name: 'Acme', externalId: `acct-${accountId}`, settings: {}, status: 'active',
        defaultTeamId: null, createdAt: 0, updatedAt: 0, sealedCredentials: sealJson(keyRing, { token: 't' }, accountId),
      });
      const customer = await upsertIdentity(db, workspace.id, { network: 'testnet', externalId: `cust-${newId()}`, handle: 'jane', displayName: 'Jane' }, clock.now());
      const { conversation } = await findOrCreateConversation(db, { workspaceId: workspace.id, channelAccountId: accountId, threadKey: `post-${newId()}`, surface: 'public', contactId: customer.contactId, at: clock.now() }, clock.now());
      await updateConversation(db, workspace.id, conversation.id, { teamId: team.id }, clock.now());
      const comment = { id: newId(), workspaceId: workspace.id, conversationId: conversation.id, channelAccountId: accountId, direction: 'inbound' as const,
        kind: 'comment', surface: 'public' as const, platformMessageId: `c-${newId()}`, parentPlatformId: null, authorIdentityId: customer.id, authorUserId: null,
        body: 'My bag is lost', meta: {}, status: null, platformCreatedAt: clock.now() - MINUTE, createdAt: clock.now() };
      await insertMessage(db, comment);
      await touchConversation(db, conversation, comment, clock.now());
      conversationId = conversation.id;
      principal = { workspaceId: workspace.id, userId: agent.id, name: agent.name, email: agent.email, role: 'agent', teamIds: [team.id], vendorOnly: isVendorOnly([team]), via: 'session' };
    }

    const reply = (text: string, kind: 'public_reply' | 'private_reply' | 'dm' = 'public_reply') =>
      queueReply({ storage: t.storage, clock, channels: channel.lookup(), sender }, principal, conversationId, { kind, text });
    const status = async (messageId: string) => (await findOutboxItemByMessage(t.storage.db, messageId))?.status;

    beforeEach(() => clock.advance(HOUR));

    it('stores the reply before sending it, then records the platform\'s id', async () => {
      await setUp();
      const message = await reply('So sorry, Jane. Looking into it now.');
      assert.equal(message.status, 'queued');
      assert.equal(channel.calls.length, 0, 'nothing leaves before the sender runs');
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 1);
      assert.equal(channel.calls[0]!.request.idempotencyKey, message.id);
      const stored = (await listMessages(t.storage.db, principal.workspaceId, conversationId)).find((m) => m.id === message.id)!;
      assert.deepEqual([stored.status, stored.platformMessageId], ['sent', 'p-1']);
    });

    it('never makes more calls in a window than the platform allows', async () => {
      await setUp({ rateLimit: { requests: 3, windowMs: 10_000 } });
      for (let i = 0; i < 8; i++) await reply(`reply ${i}`);
      for (let step = 0; step < 40 && channel.calls.length < 8; step++) {
        await sender.drain(accountId);
        clock.advance(1000);
      }
      assert.equal(channel.calls.length, 8);
      const times = channel.calls.map((c) => c.at);
      for (const at of times) assert.ok(times.filter((x) => x > at - 10_000 && x <= at).length <= 3, 'at most 3 calls in any 10 s');
    });

    it('waits out a rate-limit answer without counting it as a failure', async () => {
      await setUp();
      const resetAt = clock.now() + 15 * MINUTE;
      channel.answers.push({ outcome: 'rate_limited', retryAt: resetAt, detail: '429 until reset' });
      const message = await reply('hello');
      await sender.drain(accountId);
      assert.equal(await status(message.id), 'queued');
      clock.advance(10 * MINUTE);
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 1, 'no call before the reset');
      clock.set(resetAt);
      await sender.drain(accountId);
      assert.equal(await status(message.id), 'sent');
    });

    it('retries transient errors with backoff and stops at a permanent one with a reason', async () => {
      await setUp();
      channel.answers.push({ outcome: 'transient', detail: '503' }, { outcome: 'permanent', code: 'post_deleted', reason: 'The post was deleted', suggestion: 'Send a direct message instead' });
      const message = await reply('hello');
      await sender.drain(accountId);
      assert.equal(await status(message.id), 'queued');
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 1, 'the retry waits for its backoff');
      clock.advance(MINUTE);
      await sender.drain(accountId);
      assert.equal(await status(message.id), 'failed');
      const stored = (await listMessages(t.storage.db, principal.workspaceId, conversationId)).find((m) => m.id === message.id)!;
      assert.deepEqual(stored.meta.failure, { code: 'post_deleted', reason: 'The post was deleted', suggestion: 'Send a direct message instead' });
      // On PostgreSQL an event is readable once every older transaction in the cluster finished;
      // tests running beside this one may hold one open for a moment.
      const failedEvent = async () => (await readEventsAfter(t.storage.db, dialectFeatures(t.storage.dialect), { tx: 0, seq: 0 }, 10_000)).events
        .some((e) => e.type === 'message.failed' && e.payload.messageId === message.id);
      let seen = await failedEvent();
      for (let i = 0; i < 100 && !seen; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = await failedEvent();
      }
      assert.ok(seen);
    });

    it('looks on the platform before resending a send whose answer was lost', async () => {
      await setUp({}, { findSent: true });
      channel.answers.push((request) => { channel.posted.set('p-lost', request.text); return { outcome: 'unknown', detail: 'connection reset' }; });
      const posted = await reply('this one did arrive');
      await sender.drain(accountId);
      assert.equal(channel.lookups.length, 0, 'no lookup while the platform may still be working on the call');
      clock.advance(3001);
      await sender.drain(accountId);
      assert.equal(channel.lookups.length, 1);
      assert.equal(channel.calls.length, 1, 'found on the platform: not sent again');
      assert.equal(await status(posted.id), 'sent');

      channel.answers.push({ outcome: 'unknown', detail: 'connection reset' });
      const lost = await reply('this one did not');
      await sender.drain(accountId);
      clock.advance(3001);
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 3, 'not found on the platform: sent once more');
      assert.equal(await status(lost.id), 'sent');
    });

    it('recovers a send interrupted by a crash (left "sending")', async () => {
      await setUp({}, { findSent: true });
      const message = await reply('interrupted');
      const item = (await findOutboxItemByMessage(t.storage.db, message.id))!;
      await transitionOutboxItem(t.storage.db, item.id, 'queued', { status: 'sending', attempts: 1 }, clock.now());
      channel.posted.set('p-crash', 'interrupted');
      await sender.drain(accountId);
      assert.equal(channel.lookups.length, 0, 'not looked up while the cut-off call could still be running on the platform');
      clock.advance(3001);
      await sender.drain(accountId);
      assert.equal(channel.lookups.length, 1);
      assert.equal(channel.calls.length, 0, 'found: not sent again');
      assert.equal(await status(message.id), 'sent');
    });

    it('without a lookup, waits for the platform\'s echo, and never resends on its own', async () => {
      await setUp();
      channel.answers.push({ outcome: 'unknown', detail: 'timeout after write' }, { outcome: 'unknown', detail: 'timeout after write' });
      const echoed = await reply('echo will confirm me');
      const silent = await reply('nobody confirms me');
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 2);
      const conversation = (await t.storage.db.selectFrom('conversations').select('thread_key').where('id', '=', conversationId).executeTakeFirst())!;
      await t.storage.transaction((tx) => settleEcho(tx, accountId, { platformMessageId: 'echo-1', text: 'echo will confirm me', threadKey: conversation.thread_key }, clock.now()));
      assert.equal(await status(echoed.id), 'sent');
      clock.advance(UNCONFIRMED_AFTER_MS + 1000);
      await sender.drain(accountId);
      assert.equal(channel.calls.length, 2, 'never resent blindly');
      assert.equal(await status(silent.id), 'failed');
    });

    it('refuses what the platform would refuse, in plain words', async () => {
      await setUp({ maxTextLength: 20 });
      await assert.rejects(reply('x'.repeat(21)), /allows 20 characters/);
      await assert.rejects(reply('   '), /empty/);
      await reply('one private reply', 'private_reply');
      await assert.rejects(reply('a second one', 'private_reply'), /already has its one private reply/);
      clock.advance(8 * 24 * HOUR);
      await assert.rejects(reply('late', 'dm'), /window closed/);
    });
  });
}

describe('outbox drains in one process', () => {
  it('never lets a second drain of the same account touch a send in flight', async () => {
    const t = await openTestDatabase('sqlite');
    let release: () => void = () => {};
    try {
      const clock = new ManualClock(Date.UTC(2026, 5, 10, 12));
      const keyRing = new KeyRing(generateKey());
      const slow = new Promise<void>((resolve) => { release = resolve; });
      const channel = new ScriptedChannel(() => clock.now(), {}, { findSent: true });
      // The first send hangs until released: the platform has not answered yet.
      channel.answers.push((request) => { channel.posted.set('p-slow', request.text); return { outcome: 'sent', platformMessageId: 'p-slow' }; });
      const send = channel.adapter.send;
      channel.adapter.send = async (request, context) => { await slow; return send(request, context); };
      const jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 1 });
      const sender = new OutboxSender({ storage: t.storage, clock, jobs, keyRing, channels: channel.lookup(), fetch, callTimeoutMs: 2000 });
      const db = t.storage.db;
      const workspace = await makeWorkspace(db);
      const accountId = newId();
      await insertChannelAccount(db, { id: accountId, workspaceId: workspace.id, network: 'testnet', name: 'A', externalId: 'a', settings: {}, status: 'active',
        defaultTeamId: null, createdAt: 0, updatedAt: 0, sealedCredentials: sealJson(keyRing, { token: 't' }, accountId) });
      const { conversation } = await findOrCreateConversation(db, { workspaceId: workspace.id, channelAccountId: accountId, threadKey: 't', surface: 'private', contactId: null, at: 0 }, 0);
      const messageId = newId();
      await insertMessage(db, { id: messageId, workspaceId: workspace.id, conversationId: conversation.id, channelAccountId: accountId, direction: 'outbound', kind: 'dm', surface: 'private',
        platformMessageId: null, parentPlatformId: null, authorIdentityId: null, authorUserId: null, body: 'in flight', meta: {}, status: 'queued', platformCreatedAt: 0, createdAt: 0 });
      const { insertOutboxItem } = await import('../storage/repositories/outbox.repository.ts');
      await insertOutboxItem(db, { id: newId(), workspaceId: workspace.id, channelAccountId: accountId, conversationId: conversation.id, messageId, idempotencyKey: messageId,
        payload: JSON.stringify({ kind: 'dm', text: 'in flight', inReplyToPlatformId: null, recipientExternalId: 'c', threadKey: 't', idempotencyKey: messageId }), nextAttemptAt: clock.now(), createdAt: clock.now() });
      const first = sender.drain(accountId);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = sender.drain(accountId);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(channel.lookups.length, 0, 'the second drain did not reconcile the send in flight');
      release();
      await Promise.all([first, second]);
      assert.equal(channel.calls.length, 1);
      assert.equal(await (await findOutboxItemByMessage(db, messageId))?.status, 'sent');
    } finally {
      release();
      await t.dispose();
    }
  });
});
