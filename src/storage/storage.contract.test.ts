// The storage contract: every repository behaves the same on SQLite and on PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../core/ids.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeTeam, makeUser, makeWorkspace } from '../../test/support/factories.ts';
import * as workspaces from './repositories/workspaces.repository.ts';
import * as channels from './repositories/channel-accounts.repository.ts';
import * as contacts from './repositories/contacts.repository.ts';
import * as conversations from './repositories/conversations.repository.ts';
import * as inbound from './repositories/inbound-events.repository.ts';
import * as outbox from './repositories/outbox.repository.ts';
import * as events from './repositories/events.repository.ts';
import * as audit from './repositories/audit.repository.ts';
import * as jobs from './repositories/jobs.repository.ts';
import { dialectFeatures } from './dialects/features.ts';
import type { Message } from '../core/conversation/conversation.ts';

function message(overrides: Partial<Message> & Pick<Message, 'workspaceId' | 'conversationId' | 'channelAccountId'>): Message {
  return {
    id: newId(), direction: 'inbound', kind: 'comment', surface: 'public', platformMessageId: `m-${newId()}`,
    parentPlatformId: null, authorIdentityId: null, authorUserId: null, body: 'my bag never arrived', meta: {},
    status: null, platformCreatedAt: Date.now(), createdAt: Date.now(), ...overrides,
  };
}

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`storage contract on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    it('applies migrations once and reports none pending', async () => {
      assert.deepEqual(await t.storage.migrate(), []);
      assert.deepEqual(await t.storage.pendingMigrations(), []);
    });

    it('keeps people and teams inside their workspace', async () => {
      const acme = await makeWorkspace(t.storage.db);
      const other = await makeWorkspace(t.storage.db);
      const agent = await makeUser(t.storage.db, acme, { passwordHash: 'hash' });
      const team = await makeTeam(t.storage.db, acme, 'vendor', [agent]);
      assert.equal((await workspaces.findUser(t.storage.db, acme.id, agent.id))?.email, agent.email);
      assert.equal(await workspaces.findUser(t.storage.db, other.id, agent.id), undefined);
      assert.deepEqual((await workspaces.listTeamsOfUser(t.storage.db, acme.id, agent.id)).map((x) => x.id), [team.id]);
      assert.equal((await workspaces.findUserCredentials(t.storage.db, agent.email))?.passwordHash, 'hash');
      await assert.rejects(makeUser(t.storage.db, other, { email: agent.email }), 'an e-mail signs in to one workspace');
    });

    it('finds channel accounts by the platform id, without their credentials', async () => {
      const acme = await makeWorkspace(t.storage.db);
      const account = await makeChannelAccount(t.storage.db, acme, { externalId: 'page-777' });
      const found = await channels.findChannelAccountByExternalId(t.storage.db, 'facebook', 'page-777');
      assert.equal(found?.id, account.id);
      assert.equal(Object.hasOwn(found!, 'credentials'), false);
      assert.equal(await channels.readSealedCredentials(t.storage.db, account.id), 'sealed:test');
      await assert.rejects(makeChannelAccount(t.storage.db, acme, { externalId: 'page-777' }));
    });

    it('resolves one contact per network identity and refreshes what the platform says', async () => {
      const acme = await makeWorkspace(t.storage.db);
      const first = await contacts.upsertIdentity(t.storage.db, acme.id, { network: 'x', externalId: '42', handle: 'jane', followers: 10 }, 1000);
      const again = await contacts.upsertIdentity(t.storage.db, acme.id, { network: 'x', externalId: '42', followers: 250_000, verified: true }, 2000);
      assert.equal(again.id, first.id);
      assert.equal(again.contactId, first.contactId);
      assert.equal(again.followers, 250_000);
      assert.equal(again.handle, 'jane');
      assert.equal(again.verified, true);
      const other = await contacts.upsertIdentity(t.storage.db, acme.id, { network: 'facebook', externalId: 'psid-9', displayName: 'Jane D' }, 3000);
      assert.notEqual(other.contactId, first.contactId);
      await contacts.mergeContacts(t.storage.db, acme.id, first.contactId, other.contactId, 4000);
      const identities = await contacts.listIdentities(t.storage.db, acme.id, first.contactId);
      assert.deepEqual(identities.map((i) => i.network), ['facebook', 'x']);
      assert.equal(await contacts.findContact(t.storage.db, acme.id, other.contactId), undefined);
    });

    it('threads messages, drops platform duplicates and orders by platform time', async () => {
      const acme = await makeWorkspace(t.storage.db);
      const account = await makeChannelAccount(t.storage.db, acme);
      const ref = { workspaceId: acme.id, channelAccountId: account.id, threadKey: 'post-1', surface: 'public' as const, contactId: null, at: 5000 };
      const { conversation, created } = await conversations.findOrCreateConversation(t.storage.db, ref, 5000);
      assert.equal(created, true);
      const second = await conversations.findOrCreateConversation(t.storage.db, ref, 6000);
      assert.equal(second.created, false);
      assert.equal(second.conversation.id, conversation.id);

      const base = { workspaceId: acme.id, conversationId: conversation.id, channelAccountId: account.id };
      const late = message({ ...base, platformMessageId: 'c-2', platformCreatedAt: 7000, body: 'second' });
      const early = message({ ...base, platformMessageId: 'c-1', platformCreatedAt: 6000, body: 'first' });
      assert.equal(await conversations.insertMessage(t.storage.db, late), true);
      assert.equal(await conversations.insertMessage(t.storage.db, early), true);
      assert.equal(await conversations.insertMessage(t.storage.db, { ...early, id: newId() }), false, 'a redelivered comment is not stored twice');
      const listed = await conversations.listMessages(t.storage.db, acme.id, conversation.id);
      assert.deepEqual(listed.map((m) => m.body), ['first', 'second']);

      await conversations.touchConversation(t.storage.db, conversation, late, 8000);
      const touched = (await conversations.findConversation(t.storage.db, acme.id, conversation.id))!;
      await conversations.touchConversation(t.storage.db, touched, early, 9000);
      const after = (await conversations.findConversation(t.storage.db, acme.id, conversation.id))!;
      assert.equal(after.lastMessageAt, 7000, 'an older message arriving late does not move the clock back');
      assert.equal(after.lastInboundAt, 7000);
      const stranger = await makeWorkspace(t.storage.db);
      assert.equal(await conversations.findConversation(t.storage.db, stranger.id, conversation.id), undefined);
    });

    it('stores each platform event once', async () => {
      const event = { id: newId(), channelAccountId: 'acct-1', network: 'x', platformEventId: 'evt-1', receivedAt: 1, body: '{}' };
      assert.deepEqual(await inbound.insertInboundEvents(t.storage.db, [event]), [event.id]);
      const second = { ...event, id: newId() };
      const third = { ...event, id: newId(), platformEventId: 'evt-2' };
      assert.deepEqual(await inbound.insertInboundEvents(t.storage.db, [second, third]), [third.id]);
      await inbound.markInboundEvent(t.storage.db, event.id, 'quarantined', 'missing field', 5);
      const stored = await inbound.findInboundEvent(t.storage.db, event.id);
      assert.equal(stored?.status, 'quarantined');
      assert.equal(stored?.attempts, 1);
      assert.deepEqual((await inbound.listInboundEvents(t.storage.db, ['acct-1'], 'quarantined', 10)).map((e) => e.id), [event.id]);
    });

    it('queues each reply once and moves it only from the status it is in', async () => {
      const acme = await makeWorkspace(t.storage.db);
      const item = { id: newId(), workspaceId: acme.id, channelAccountId: 'a', conversationId: 'c', messageId: 'm', idempotencyKey: `k-${newId()}`, payload: '{}', nextAttemptAt: 10, createdAt: 10 };
      assert.equal(await outbox.insertOutboxItem(t.storage.db, item), true);
      assert.equal(await outbox.insertOutboxItem(t.storage.db, { ...item, id: newId() }), false);
      assert.equal(await outbox.transitionOutboxItem(t.storage.db, item.id, 'queued', { status: 'sending' }, 11), true);
      assert.equal(await outbox.transitionOutboxItem(t.storage.db, item.id, 'queued', { status: 'sending' }, 12), false, 'a second sender does not take it');
      assert.equal((await outbox.listDueOutboxItems(t.storage.db, 'a', 100, 10)).length, 0);
    });

    it('numbers domain events in commit order and drops those of a rolled-back transaction', async () => {
      const features = dialectFeatures(t.storage.dialect);
      const start = await events.latestEventCursor(t.storage.db, features);
      const make = (name: string) => ({ id: newId(), type: 'workspace.created' as const, workspaceId: 'w', payload: { name }, occurredAt: 1 });
      await t.storage.transaction((tx) => events.appendEvents(tx, [make('a'), make('b')]));
      await assert.rejects(t.storage.transaction(async (tx) => { await events.appendEvents(tx, [make('lost')]); throw new Error('rollback'); }));
      await events.appendEvents(t.storage.db, [make('c')]);
      // On PostgreSQL an event becomes readable once no older write transaction anywhere on the
      // server is still running (other test files share the server), so wait for it.
      let read: Awaited<ReturnType<typeof events.readEventsAfter>>['events'] = [];
      let cursor = start;
      for (let i = 0; i < 100 && read.length < 3; i++) {
        ({ events: read, cursor } = await events.readEventsAfter(t.storage.db, features, start, 10));
        if (read.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual(read.map((e) => (e.payload as { name: string }).name), ['a', 'b', 'c']);
      assert.deepEqual((await events.readEventsAfter(t.storage.db, features, cursor, 10)).events, []);
    });

    it('claims due jobs under a lease, retries, buries and replaces by unique key', async () => {
      const features = dialectFeatures(t.storage.dialect);
      const names = ['contract.job'];
      const job = (id: string, runAt: number, uniqueKey: string | null = null) =>
        ({ id, name: 'contract.job', payload: '{}', runAt, maxAttempts: 2, uniqueKey, createdAt: 0 });
      await jobs.insertJob(t.storage.db, job('j1', 100));
      await jobs.insertJob(t.storage.db, job('j2', 5000));
      await jobs.insertJob(t.storage.db, job('timer-a', 3000, 'timer:1'));
      await jobs.insertJob(t.storage.db, job('timer-b', 200, 'timer:1'));
      assert.equal(await jobs.nextDueTime(t.storage.db, names), 100);
      const claimed = await jobs.claimDueJobs(t.storage.db, features, { now: 1000, limit: 10, workerId: 'w1', leaseMs: 60_000, names });
      assert.deepEqual(claimed.map((j) => j.id).sort(), ['j1', 'timer-a'], 'the rescheduled timer keeps its row, with the new time');
      assert.equal(claimed.find((j) => j.id === 'timer-a')?.run_at, 200);
      assert.equal((await jobs.claimDueJobs(t.storage.db, features, { now: 1000, limit: 10, workerId: 'w2', leaseMs: 60_000, names })).length, 0);

      await jobs.retryJob(t.storage.db, 'j1', 'w1', 1500, 'Error: boom');
      await jobs.completeJobs(t.storage.db, ['timer-a'], 'w1');
      const retried = await jobs.claimDueJobs(t.storage.db, features, { now: 2000, limit: 10, workerId: 'w1', leaseMs: 10, names });
      assert.deepEqual(retried.map((j) => [j.id, j.attempts]), [['j1', 2]]);
      assert.equal(await jobs.releaseExpiredLeases(t.storage.db, 3000), 1, 'a vanished worker\'s job returns to the queue');
      const again = await jobs.claimDueJobs(t.storage.db, features, { now: 3000, limit: 10, workerId: 'w3', leaseMs: 60_000, names });
      await jobs.buryJob(t.storage.db, again[0]!.id, 'w3', 'Error: still broken');
      assert.deepEqual((await jobs.listDeadJobs(t.storage.db, 10)).map((j) => [j.id, j.last_error]), [['j1', 'Error: still broken']]);
      assert.deepEqual(await jobs.countJobsByStatus(t.storage.db), { pending: 1, running: 0, dead: 1 });
      assert.equal(await jobs.deleteJobByKey(t.storage.db, 'timer:1'), false);
    });

    it('keeps the audit log per workspace, newest first', async () => {
      const acme = await makeWorkspace(t.storage.db);
      for (const [i, action] of ['login', 'login.failed', 'token.created'].entries()) {
        await audit.appendAudit(t.storage.db, { id: newId(), workspaceId: acme.id, actorUserId: null, actorKind: 'user', action, targetType: null, targetId: null, ip: '127.0.0.1', meta: { i }, createdAt: 100 + i });
      }
      const page = await audit.listAudit(t.storage.db, acme.id, { limit: 2 });
      assert.deepEqual(page.map((e) => e.action), ['token.created', 'login.failed']);
      const older = await audit.listAudit(t.storage.db, acme.id, { limit: 2, before: page[1]!.createdAt });
      assert.deepEqual(older.map((e) => e.action), ['login']);
      assert.deepEqual((await audit.listAudit(t.storage.db, (await makeWorkspace(t.storage.db)).id, { limit: 5 })), []);
    });
  });
}
