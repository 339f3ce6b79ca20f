// The ingest pipeline on SQLite and PostgreSQL: group-commit storage, processing into threads,
// contacts and events, idempotent replays, and (PostgreSQL) two workers sharing one backlog
// without a message stored or announced twice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLogger } from '../app/logger.ts';
import { systemClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { createChannelRegistry } from '../channels/registry.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeWorkspace } from '../../test/support/factories.ts';
import { ChannelDirectory } from './channel-directory.ts';
import { InboundProcessor } from './inbound-processor.ts';
import { noInboundHooks } from './inbound-hooks.ts';
import { IngestWriter } from './ingest-writer.ts';
import { KeyRing } from '../security/secrets.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';

const registry = createChannelRegistry({ x: 'http://x.invalid', meta: 'http://meta.invalid' });
const logger = createLogger('silent');
const fixture = (network: string, name: string) => readFileSync(new URL(`../channels/${network}/fixtures/${name}.json`, import.meta.url));

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`ingest pipeline on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let account: ChannelAccount;
    let writer: IngestWriter;
    const processor = () => new InboundProcessor({ storage: t.storage, clock: systemClock, registry, directory: new ChannelDirectory({ storage: t.storage, keyRing: new KeyRing(Buffer.alloc(32, 1)), clock: systemClock }), hooks: noInboundHooks, logger });

    before(async () => {
      t = await openTestDatabase(dialect);
      const workspace = await makeWorkspace(t.storage.db);
      account = await makeChannelAccount(t.storage.db, workspace, { network: 'x', externalId: '2244994945' });
      writer = new IngestWriter({ storage: t.storage, clock: systemClock });
    });
    after(async () => { await t?.dispose(); });

    async function store(raw: Buffer) {
      const events = registry.get('x').adapter.split(raw);
      return writer.store(events.map((e) => ({ id: newId(), channelAccountId: account.id, network: 'x', platformEventId: e.platformEventId, receivedAt: Date.now(), body: e.body })), account.workspaceId);
    }

    it('stores concurrent deliveries once each, in shared commits', async () => {
      const outcomes = await Promise.all([store(fixture('x', 'mention')), store(fixture('x', 'mention')), store(fixture('x', 'reply-chain-and-echo')), store(fixture('x', 'dm-received'))]);
      assert.equal(outcomes.reduce((n, o) => n + o.stored, 0), 6);
      assert.equal(outcomes.reduce((n, o) => n + o.duplicates, 0), 1);
      const rows = await t.storage.db.selectFrom('inbound_events').select('status').execute();
      assert.equal(rows.length, 6);
    });

    it('processes the backlog into threads, contacts and events, and a second pass finds nothing', async () => {
      const summary = await processor().processNext(100);
      assert.equal(summary.events, 6);
      assert.equal(summary.messages, 5, 'the repost is ignored');
      const threads = await t.storage.db.selectFrom('conversations').select(['thread_key', 'contact_id', 'first_response_at']).orderBy('thread_key').execute();
      assert.deepEqual(threads.map((c) => c.thread_key), ['dm:6253282', 'tweet:1745000000000000001']);
      assert.equal(threads[0]!.contact_id, threads[1]!.contact_id);
      assert.equal(Number(threads[1]!.first_response_at), Date.parse('Wed Jan 10 12:06:00 +0000 2024'));
      assert.equal((await processor().processNext(100)).events, 0);
      const created = await t.storage.db.selectFrom('domain_events').select('type').where('type', '=', 'message.created').execute();
      assert.equal(created.length, 5);
    });

    it('replays an event without changing anything', async () => {
      const ids = (await t.storage.db.selectFrom('inbound_events').select('id').execute()).map((r) => r.id);
      await t.storage.db.updateTable('inbound_events').set({ status: 'received' }).execute();
      const summary = await processor().processIds(ids, { replay: true });
      assert.equal(summary.events, 6);
      assert.equal(summary.messages, 0);
      assert.equal((await t.storage.db.selectFrom('domain_events').select('id').where('type', '=', 'message.created').execute()).length, 5);
    });

    it('lets two workers share a backlog without storing or announcing a message twice', { skip: dialect === 'sqlite' ? 'one writer on SQLite' : false }, async () => {
      const tweets = Array.from({ length: 120 }, (_, i) => ({
        created_at: 'Wed Jan 10 13:00:00 +0000 2024', id_str: String(1746000000000000000n + BigInt(i)), text: `@AcmeSupport question ${i}`,
        in_reply_to_status_id_str: i % 3 === 0 || i < 3 ? null : String(1746000000000000000n + BigInt(i - 3)), in_reply_to_user_id_str: '999',
        user: { id_str: String(5000 + (i % 17)), screen_name: `user${i % 17}`, followers_count: i },
      }));
      await Promise.all(tweets.map((tweet) => store(Buffer.from(JSON.stringify({ for_user_id: '2244994945', tweet_create_events: [tweet] })))));
      const workers = [processor(), processor()];
      const drain = async (p: InboundProcessor) => { while ((await p.processNext(16)).events > 0) { /* next batch */ } };
      await Promise.all(workers.map(drain));
      const messages = await t.storage.db.selectFrom('messages').select('id').execute();
      assert.equal(messages.length, 5 + 120);
      const announced = await t.storage.db.selectFrom('domain_events').select('payload').where('type', '=', 'message.created').execute();
      assert.equal(new Set(announced.map((e) => JSON.parse(e.payload).messageId)).size, announced.length, 'each message announced once');
      assert.equal(announced.length, 5 + 120);
      const contacts = await t.storage.db.selectFrom('contact_identities').select('external_id').where('external_id', 'like', '50%').execute();
      assert.equal(contacts.length, 17, 'one identity per author, however the workers raced');
    });
  });
}
