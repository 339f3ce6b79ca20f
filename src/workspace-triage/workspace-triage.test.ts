// Triage per workspace on SQLite and PostgreSQL: results stored for every inbound item with the
// workspace's own topics, agents' corrections stored as labels and learned by the workspace's
// model (and by no other workspace's), and spikes in the stored stream raising alerts once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOUR, ManualClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { Message } from '../core/conversation/conversation.ts';
import type { Workspace } from '../core/workspace/workspace.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import type { IngestedMessage } from '../ingest/inbound-hooks.ts';
import { findOrCreateConversation, insertMessage } from '../storage/repositories/conversations.repository.ts';
import { countLabels, readWorkspaceTriage, saveTriageConfig } from '../storage/repositories/workspace-triage.repository.ts';
import { loadShippedModels } from '../triage/index.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeWorkspace } from '../../test/support/factories.ts';
import { createWorkspaceTriage, type WorkspaceTriage } from './workspace-triage.ts';
import { scanSpikes } from './spikes.ts';

const models = loadShippedModels();

// Loyalty-programme posts: no default topic covers them, so a workspace topic must be learned.
const LOYALTY_TEACHING = [
  'where are my miles from the flight to Lisbon',
  'my frequent flyer points never showed up',
  'the miles for my last two trips are missing from my account',
  'still no points credited for last month',
  'why did my status tier drop, I flew enough miles',
  'my loyalty points expired without warning',
  'can you add the missing miles from my trip to Rome',
  'points from my booking are not in my frequent flyer account',
  'lost my gold status even though I have the miles',
  'miles not credited again, third time',
  'my points balance is wrong after the flight',
  'the miles from my partner airline flight are missing',
];
const LOYALTY_UNSEEN = 'no miles credited for my flight to Madrid';

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`triage per workspace on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let clock: ManualClock;
    let jobs: EmbeddedJobQueue;
    let triage: WorkspaceTriage;
    let workspace: Workspace;
    let otherWorkspace: Workspace;
    let account: ChannelAccount;

    before(async () => {
      t = await openTestDatabase(dialect);
      clock = new ManualClock('2026-03-02T09:00:00Z');
      jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 2, pollMs: 60_000 });
      triage = createWorkspaceTriage({ storage: t.storage, clock, jobs, models });
      await jobs.start();
      workspace = await makeWorkspace(t.storage.db);
      otherWorkspace = await makeWorkspace(t.storage.db);
      account = await makeChannelAccount(t.storage.db, workspace, { network: 'x' });
    });
    after(async () => {
      await jobs?.stop();
      await t?.dispose();
    });

    /** Stores inbound posts and triages them as the ingest pipeline does, in one transaction. */
    async function ingest(texts: string[], options: { at?: number; followers?: number } = {}): Promise<IngestedMessage[]> {
      return t.storage.transaction(async (tx) => {
        const batch: IngestedMessage[] = [];
        for (const text of texts) {
          const at = options.at ?? clock.now();
          const thread = `t-${newId()}`;
          const { conversation, created } = await findOrCreateConversation(tx, { workspaceId: workspace.id, channelAccountId: account.id, threadKey: thread, surface: 'public', contactId: null, at }, clock.now());
          const message: Message = {
            id: newId(clock.now()), workspaceId: workspace.id, conversationId: conversation.id, channelAccountId: account.id, direction: 'inbound', kind: 'mention',
            surface: 'public', platformMessageId: `m-${newId()}`, parentPlatformId: null, authorIdentityId: null, authorUserId: null, body: text, meta: {},
            status: null, platformCreatedAt: at, createdAt: clock.now(),
          };
          await insertMessage(tx, message);
          batch.push({
            account, message, identity: null, conversation, conversationCreated: created,
            item: {
              type: 'message', platformMessageId: message.platformMessageId!, threadKey: thread, surface: 'public', kind: 'mention', parentPlatformId: null,
              text, createdAt: at, author: { network: 'x', externalId: `u-${newId()}`, followers: options.followers ?? 120 }, fromAccount: false, attachments: [], meta: {},
            },
          });
        }
        await triage.triageBatch(tx, batch);
        return batch;
      });
    }

    const topicOf = async (workspaceId: string, text: string) =>
      (await triage.engines.forWorkspace(t.storage.db, workspaceId, clock.now())).triage({ text, network: 'x', surface: 'public', messageKind: 'mention' }).topic.label;

    it('stores each item\'s triage, with the workspace\'s own topics and an explanation', async () => {
      await saveTriageConfig(t.storage.db, workspace.id, JSON.stringify({ topics: [{ id: 'baggage', keywords: ['suitcase*', 'luggage'] }, { id: 'loyalty' }, { id: 'billing' }] }), clock.now());
      triage.engines.invalidate(workspace.id);
      const [item] = await ingest(['My suitcase never arrived in Lisbon and nobody answers the phone!']);
      const stored = await t.storage.db.selectFrom('message_triage').selectAll().where('message_id', '=', item!.message.id).executeTakeFirstOrThrow();
      assert.equal(stored.topic, 'baggage');
      assert.equal(stored.needs_response, 1);
      assert.equal(stored.sentiment, 'negative');
      assert.equal(stored.workspace_id, workspace.id);
      const details = JSON.parse(stored.details) as { explanation: string[]; priority: { score: number } };
      assert.ok(details.explanation.length > 0, 'the result explains itself');
      assert.equal(details.priority.score, Number(stored.priority));
    });

    it('keeps agents\' corrections as labels and learns them into this workspace\'s model only', async () => {
      assert.notEqual(await topicOf(workspace.id, LOYALTY_UNSEEN), 'loyalty', 'before any correction');
      const items = await ingest(LOYALTY_TEACHING);
      await t.storage.transaction(async (tx) => {
        for (const item of items) {
          await triage.label(tx, { workspaceId: workspace.id, conversationId: item.conversation.id, actorId: null, feedback: [{ type: 'topic', topic: 'loyalty' }] });
        }
      });
      assert.deepEqual(await countLabels(t.storage.db, workspace.id), { total: LOYALTY_TEACHING.length, pending: LOYALTY_TEACHING.length });
      await jobs.drain();
      assert.deepEqual(await countLabels(t.storage.db, workspace.id), { total: LOYALTY_TEACHING.length, pending: 0 });
      const row = await readWorkspaceTriage(t.storage.db, workspace.id);
      assert.equal((JSON.parse(row!.learned_state!) as { updates: number }).updates, LOYALTY_TEACHING.length);
      clock.advance(2000);
      assert.equal(await topicOf(workspace.id, LOYALTY_UNSEEN), 'loyalty', 'a post it never saw, after the corrections');
      assert.notEqual(await topicOf(otherWorkspace.id, LOYALTY_UNSEEN), 'loyalty', 'another workspace learned nothing');
    });

    it('raises one alert for a burst of complaints and one for a very influential complainer', async () => {
      const start = clock.now();
      // Three quiet days: one post an hour.
      for (let hour = 0; hour < 72; hour++) await ingest(['Quick question about my booking'], { at: start + hour * HOUR });
      clock.set(start + 72 * HOUR);
      await ingest(Array.from({ length: 40 }, (_, i) => `The app is down again, cannot check in for flight ${i}`), { at: clock.now() });
      await ingest(['Your airline lost my bag and ruined my holiday'], { at: clock.now(), followers: 2_500_000 });
      clock.advance(60_000);
      const scanned = await scanSpikes({ storage: t.storage, clock, jobs }, workspace.id);
      assert.equal(scanned.more, false);
      const alerts = await t.storage.db.selectFrom('domain_events').select('payload').where('type', '=', 'alert.spike_detected').where('workspace_id', '=', workspace.id).execute();
      const kinds = alerts.map((a) => (JSON.parse(a.payload) as { kind: string; topic: string | null }));
      assert.ok(kinds.some((k) => k.kind === 'volume' && k.topic === null), `a volume alert for the account: ${JSON.stringify(kinds)}`);
      assert.equal(kinds.filter((k) => k.kind === 'influential_complaint').length, 1);
      const volume = alerts.map((a) => JSON.parse(a.payload) as { kind: string; evidence: { observed: number; expected: number; itemIds: string[] } }).find((a) => a.kind === 'volume')!;
      // Raised as the burst happens (at the tenth post of the hour), not when the hour closes.
      assert.ok(volume.evidence.observed >= 10 && volume.evidence.expected <= 2, JSON.stringify(volume.evidence));
      // Scanning again finds nothing new and raises nothing more.
      clock.advance(60_000);
      assert.deepEqual(await scanSpikes({ storage: t.storage, clock, jobs }, workspace.id), { alerts: 0, more: false });
    });
  });
}
