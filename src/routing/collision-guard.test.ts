// The reply-time collision check: a reply made on a stale view of the conversation is refused
// with 409 and the messages the author has not seen; on its own, and through the reply command.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, MINUTE } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { DomainError } from '../core/errors.ts';
import type { Message } from '../core/conversation/conversation.ts';
import type { Principal } from '../core/access/principal.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import { KeyRing, generateKey, sealJson } from '../security/secrets.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeTeam, makeUser, makeWorkspace } from '../../test/support/factories.ts';
import { ScriptedChannel } from '../../test/support/scripted-channel.ts';
import { insertChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { findOrCreateConversation, insertMessage, updateConversation } from '../storage/repositories/conversations.repository.ts';
import { OutboxSender } from '../replies/outbox-sender.ts';
import { queueReply } from '../replies/reply.commands.ts';
import { createRouting } from './routing.ts';
import { assertNoNewerReply } from './collision-guard.ts';

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`reply collision check on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    const clock = new ManualClock(Date.UTC(2026, 5, 10, 12));
    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    async function conversationWith(accountId: string, workspaceId: string, teamId: string) {
      const { conversation } = await findOrCreateConversation(t.storage.db, { workspaceId, channelAccountId: accountId, threadKey: `post-${newId()}`, surface: 'public', contactId: null, at: clock.now() }, clock.now());
      await updateConversation(t.storage.db, workspaceId, conversation.id, { teamId }, clock.now());
      const add = async (direction: Message['direction'], authorUserId: string | null): Promise<string> => {
        clock.advance(MINUTE);
        const id = newId(clock.now());
        await insertMessage(t.storage.db, {
          id, workspaceId, conversationId: conversation.id, channelAccountId: accountId, direction, kind: direction === 'inbound' ? 'comment' : 'reply', surface: 'public',
          platformMessageId: `p-${id}`, parentPlatformId: null, authorIdentityId: null, authorUserId, body: 'text', meta: {}, status: null, platformCreatedAt: clock.now(), createdAt: clock.now(),
        });
        return id;
      };
      return { conversation, add };
    }

    it('refuses a reply after someone else\'s, lists what is new, and lets customers\' messages, notes and one\'s own replies pass', async () => {
      const workspace = await makeWorkspace(t.storage.db);
      const [ana, ben] = [await makeUser(t.storage.db, workspace), await makeUser(t.storage.db, workspace)];
      const team = await makeTeam(t.storage.db, workspace, 'care', [ana, ben]);
      const accountId = newId();
      await insertChannelAccount(t.storage.db, { id: accountId, workspaceId: workspace.id, network: 'testnet', name: 'Acme', externalId: `a-${accountId}`, settings: {}, status: 'active', defaultTeamId: null, createdAt: 0, updatedAt: 0, sealedCredentials: 'sealed:x' });
      const { conversation, add } = await conversationWith(accountId, workspace.id, team.id);
      const seen = await add('inbound', null);
      await add('inbound', null);
      await add('note', ben.id);
      const check = (authorUserId: string | null) => assertNoNewerReply(t.storage.db, { workspaceId: workspace.id, conversationId: conversation.id, lastSeenMessageId: seen, authorUserId });
      assert.equal((await check(ana.id)).length, 2, 'new customer messages and notes are listed but do not block');
      await add('outbound', ana.id);
      assert.equal((await check(ana.id)).length, 3, 'one\'s own reply does not block');
      const benReply = await add('outbound', ben.id);
      await assert.rejects(check(ana.id), (error: unknown) => {
        assert.ok(error instanceof DomainError && error.code === 'conflict');
        const newMessages = error.details?.newMessages as Array<{ id: string; direction: string; authorUserId: string | null }>;
        assert.deepEqual(newMessages.at(-1), { id: benReply, direction: 'outbound', kind: 'reply', authorUserId: ben.id, platformCreatedAt: clock.now() });
        return true;
      });
      await assert.rejects(check(null), /Someone else replied/, 'with no author known, any reply since counts');
      await assert.rejects(assertNoNewerReply(t.storage.db, { workspaceId: workspace.id, conversationId: conversation.id, lastSeenMessageId: newId(), authorUserId: ana.id }), /not found/);
    });

    it('makes the reply command answer 409 through the routing module\'s hook', async () => {
      const keyRing = new KeyRing(generateKey());
      const workspace = await makeWorkspace(t.storage.db);
      const [ana, ben] = [await makeUser(t.storage.db, workspace), await makeUser(t.storage.db, workspace)];
      const team = await makeTeam(t.storage.db, workspace, 'care', [ana, ben]);
      const accountId = newId();
      await insertChannelAccount(t.storage.db, {
        id: accountId, workspaceId: workspace.id, network: 'testnet', name: 'Acme', externalId: `a-${accountId}`, settings: {}, status: 'active',
        defaultTeamId: null, createdAt: 0, updatedAt: 0, sealedCredentials: sealJson(keyRing, { token: 't' }, accountId),
      });
      const { conversation, add } = await conversationWith(accountId, workspace.id, team.id);
      const seen = await add('inbound', null);
      await add('outbound', ben.id);
      const channel = new ScriptedChannel(() => clock.now(), {}, {});
      const jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 1 });
      const routing = createRouting({ storage: t.storage, clock, jobs });
      const sender = new OutboxSender({ storage: t.storage, clock, jobs, keyRing, channels: channel.lookup(), fetch, callTimeoutMs: 2000, onDelivered: routing.replyHooks.onDelivered });
      const principal: Principal = { workspaceId: workspace.id, userId: ana.id, name: ana.name, email: ana.email, role: 'agent', teamIds: [team.id], vendorOnly: false, via: 'session' };
      const deps = { storage: t.storage, clock, channels: channel.lookup(), sender, assertNoNewerReply: routing.replyHooks.assertNoNewerReply };
      await assert.rejects(queueReply(deps, principal, conversation.id, { kind: 'public_reply', text: 'On it', lastSeenMessageId: seen }), (error: unknown) =>
        error instanceof DomainError && error.code === 'conflict');
      const latest = (await t.storage.db.selectFrom('messages').select('id').where('conversation_id', '=', conversation.id).orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()).id;
      const sent = await queueReply(deps, principal, conversation.id, { kind: 'public_reply', text: 'On it', lastSeenMessageId: latest });
      assert.equal(sent.status, 'queued', 'with an up-to-date view the reply goes out');
    });
  });
}
