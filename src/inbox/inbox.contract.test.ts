// The inbox and search contract: views, order, keyset pages, scope and full-text search behave the
// same on SQLite and PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../core/ids.ts';
import { conversationScope, type ConversationScope } from '../core/access/conversation-policy.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Team, User, Workspace } from '../core/workspace/workspace.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { makeChannelAccount, makeTeam, makeUser, makeWorkspace } from '../../test/support/factories.ts';
import * as contacts from '../storage/repositories/contacts.repository.ts';
import { insertMessage, touchConversation, findConversation } from '../storage/repositories/conversations.repository.ts';
import { refreshMessageSummary } from '../storage/repositories/inbox-summary.repository.ts';
import { saveClock } from '../storage/repositories/sla.repository.ts';
import { countInboxViews, listContactConversations, listInboxPage, type InboxCaller } from '../storage/repositories/inbox.repository.ts';
import { messageSearchFor } from '../storage/search/message-search.ts';
import { parseSearchTerms } from '../storage/search/search-terms.ts';
import { rankByRelevance } from '../storage/search/rank.ts';
import type { Executor } from '../storage/storage.ts';
import { resolveInboxQuery, type InboxFilterParams } from './inbox-query.ts';
import { sortKeyOf, type SortKey } from './inbox-order.ts';
import { slaState } from './inbox-row.ts';

const NOW = Date.UTC(2025, 0, 15, 12);
const MINUTE = 60_000;

interface World {
  workspace: Workspace;
  other: Workspace;
  care: Team;
  vendor: Team;
  agent: User;
  supervisor: User;
  vendorAgent: User;
  x: ChannelAccount;
  fb: ChannelAccount;
  /** Conversations by name. */
  c: Record<string, string>;
  contactId: string;
}

interface Spec {
  team: 'care' | 'vendor' | null;
  priority: number;
  due?: number;
  warn?: number;
  waiting?: number;
  assignee?: 'agent' | 'supervisor';
  channel?: 'x' | 'fb';
  status?: 'open' | 'pending' | 'resolved';
  labels?: string[];
  text?: string;
  contact?: boolean;
}

const principal = (w: World, user: User, teams: Team[], vendorOnly = false): Principal => ({
  workspaceId: w.workspace.id, userId: user.id, name: user.name, email: user.email, role: user.role,
  teamIds: teams.map((t) => t.id), vendorOnly, via: 'session',
});

async function addConversation(db: Executor, w: World, name: string, spec: Spec): Promise<void> {
  const id = newId();
  const channel = spec.channel === 'fb' ? w.fb : w.x;
  await db.insertInto('conversations').values({
    id, workspace_id: w.workspace.id, channel_account_id: channel.id, contact_id: spec.contact ? w.contactId : null, thread_key: `t-${id}`,
    surface: 'public', status: spec.status ?? 'open', priority: spec.priority,
    team_id: spec.team === null ? null : w[spec.team].id,
    assignee_id: spec.assignee ? w[spec.assignee].id : null, subject: null, snoozed_until: null,
    last_message_at: spec.waiting ?? NOW - 100 * MINUTE, last_inbound_at: null, last_outbound_at: null, first_response_at: null,
    created_at: NOW - 200 * MINUTE, updated_at: NOW,
    sla_due_at: spec.due ?? null, sla_warn_at: spec.warn ?? null, sla_status: spec.due === undefined ? null : 'running',
    sentiment: 'negative', topic: 'delivery', needs_response: 1, kind: 'complaint', influence: 0.4,
  }).execute();
  for (const label of spec.labels ?? []) {
    await db.insertInto('conversation_labels').values({ conversation_id: id, label, workspace_id: w.workspace.id, created_at: NOW }).execute();
  }
  if (spec.waiting !== undefined || spec.text !== undefined) {
    await insertMessage(db, {
      id: newId(), workspaceId: w.workspace.id, conversationId: id, channelAccountId: channel.id, direction: 'inbound', kind: 'comment',
      surface: 'public', platformMessageId: `m-${newId()}`, parentPlatformId: null, authorIdentityId: null, authorUserId: null,
      body: spec.text ?? `message of ${name}`, meta: {}, status: null, platformCreatedAt: spec.waiting ?? NOW - 100 * MINUTE, createdAt: NOW,
    });
    await refreshMessageSummary(db, [id]);
  }
  w.c[name] = id;
}

async function build(db: Executor): Promise<World> {
  const workspace = await makeWorkspace(db);
  const other = await makeWorkspace(db);
  const agent = await makeUser(db, workspace);
  const supervisor = await makeUser(db, workspace, { role: 'supervisor' });
  const vendorAgent = await makeUser(db, workspace);
  const care = await makeTeam(db, workspace, 'care', [agent, supervisor]);
  const vendor = await makeTeam(db, workspace, 'vendor', [vendorAgent]);
  const x = await makeChannelAccount(db, workspace, { network: 'x', name: 'Acme on X', externalId: `x-${newId()}` });
  const fb = await makeChannelAccount(db, workspace, { network: 'facebook', name: 'Acme on Facebook' });
  const identity = await contacts.upsertIdentity(db, workspace.id, { network: 'x', externalId: `u-${newId()}`, handle: 'jane', followers: 250_000, verified: true }, NOW);
  const w: World = { workspace, other, care, vendor, agent, supervisor, vendorAgent, x, fb, c: {}, contactId: identity.contactId };
  // Priority first; then the nearest deadline; then the longest wait; no deadline goes last.
  await addConversation(db, w, 'urgent', { team: 'care', priority: 90, waiting: NOW - 5 * MINUTE, labels: ['vip'], contact: true });
  await addConversation(db, w, 'breached', { team: 'care', priority: 50, due: NOW - 10 * MINUTE, warn: NOW - 20 * MINUTE, waiting: NOW - 70 * MINUTE });
  await addConversation(db, w, 'atRisk', { team: 'care', priority: 50, due: NOW + 5 * MINUTE, warn: NOW - MINUTE, waiting: NOW - 55 * MINUTE, assignee: 'agent' });
  await addConversation(db, w, 'ok', { team: 'care', priority: 50, due: NOW + 50 * MINUTE, warn: NOW + 40 * MINUTE, waiting: NOW - 10 * MINUTE, channel: 'fb' });
  await addConversation(db, w, 'oldWait', { team: 'care', priority: 50, waiting: NOW - 300 * MINUTE, labels: ['vip', 'refund'] });
  await addConversation(db, w, 'newWait', { team: 'care', priority: 50, waiting: NOW - 3 * MINUTE });
  await addConversation(db, w, 'low', { team: 'care', priority: 10, waiting: NOW - 30 * MINUTE, assignee: 'agent', contact: true });
  await addConversation(db, w, 'vendorOne', { team: 'vendor', priority: 60, waiting: NOW - 30 * MINUTE });
  await addConversation(db, w, 'noTeam', { team: null, priority: 70, waiting: NOW - 30 * MINUTE });
  await addConversation(db, w, 'resolved', { team: 'care', priority: 99, status: 'resolved', contact: true });
  await addConversation(db, w, 'pending', { team: 'care', priority: 40, status: 'pending' });
  return w;
}

const callerOf = (p: Principal): InboxCaller => ({ scope: conversationScope(p), userId: p.userId, teamIds: p.teamIds });

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`inbox contract on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    let w: World;
    const names = (ids: readonly string[]) => ids.map((id) => Object.entries(w.c).find(([, v]) => v === id)?.[0] ?? id);
    const list = async (p: Principal, filter: InboxFilterParams = {}, limit = 50, after?: SortKey) =>
      names((await listInboxPage(t.storage.db, callerOf(p), resolveInboxQuery({ limit, ...filter }), after, NOW)).map((r) => r.id));
    const agent = () => principal(w, w.agent, [w.care]);
    const supervisor = () => principal(w, w.supervisor, [w.care]);
    const vendor = () => principal(w, w.vendorAgent, [w.vendor], true);

    before(async () => {
      t = await openTestDatabase(dialect);
      w = await build(t.storage.db);
    });
    after(async () => { await t?.dispose(); });

    it('sorts by priority, then the nearest deadline, then the longest wait', async () => {
      assert.deepEqual(await list(supervisor()), ['urgent', 'noTeam', 'vendorOne', 'breached', 'atRisk', 'ok', 'oldWait', 'newWait', 'low']);
    });

    it('pages by keyset without gaps or repeats, whatever the page size', async () => {
      const whole = await listInboxPage(t.storage.db, callerOf(supervisor()), resolveInboxQuery({ limit: 50 }), undefined, NOW);
      for (const size of [1, 2, 4]) {
        const seen: string[] = [];
        let after: SortKey | undefined;
        for (;;) {
          const page = await listInboxPage(t.storage.db, callerOf(supervisor()), resolveInboxQuery({ limit: size }), after, NOW);
          seen.push(...page.slice(0, size).map((r) => r.id));
          if (page.length <= size) break;
          const last = page[size - 1]!;
          after = sortKeyOf({ id: last.id, priority: last.priority, slaDueAt: last.sla.dueAt, waitingSince: last.waitingSince });
        }
        assert.deepEqual(seen, whole.map((r) => r.id), `page size ${size}`);
      }
    });

    it('shows an agent only their teams, a vendor only the vendor queue, another workspace nothing', async () => {
      assert.deepEqual(await list(agent()), ['urgent', 'breached', 'atRisk', 'ok', 'oldWait', 'newWait', 'low']);
      assert.deepEqual(await list(vendor()), ['vendorOne']);
      const outsider: Principal = { ...supervisor(), workspaceId: w.other.id, teamIds: [] };
      assert.deepEqual(await list(outsider), []);
      assert.deepEqual(await list(agent(), { teamId: w.vendor.id }), [], 'a team filter cannot widen the scope');
      assert.deepEqual(await list(vendor(), { view: 'mine' }), []);
    });

    it('answers each view and filter', async () => {
      assert.deepEqual(await list(agent(), { view: 'mine' }), ['atRisk', 'low']);
      assert.deepEqual(await list(agent(), { view: 'unassigned' }), ['urgent', 'breached', 'ok', 'oldWait', 'newWait']);
      assert.deepEqual(await list(supervisor(), { view: 'unassigned' }), ['urgent', 'noTeam', 'vendorOne', 'breached', 'ok', 'oldWait', 'newWait']);
      assert.deepEqual(await list(supervisor(), { view: 'my_teams' }), ['urgent', 'breached', 'atRisk', 'ok', 'oldWait', 'newWait', 'low']);
      assert.deepEqual(await list(supervisor(), { view: 'breached' }), ['breached']);
      assert.deepEqual(await list(agent(), { view: 'at_risk' }), ['atRisk']);
      assert.deepEqual(await list(supervisor(), { status: 'pending' }), ['pending']);
      assert.deepEqual(await list(supervisor(), { status: 'resolved' }), ['resolved']);
      assert.deepEqual(await list(supervisor(), { network: 'facebook' }), ['ok']);
      assert.deepEqual(await list(supervisor(), { channelId: w.fb.id }), ['ok']);
      assert.deepEqual(await list(supervisor(), { priority: 60 }), ['urgent', 'noTeam', 'vendorOne']);
      assert.deepEqual(await list(supervisor(), { label: 'vip' }), ['urgent', 'oldWait']);
      assert.deepEqual(await list(supervisor(), { assigneeId: w.agent.id }), ['atRisk', 'low']);
      assert.deepEqual(await list(supervisor(), { view: 'unassigned', teamId: w.vendor.id }), ['vendorOne']);
    });

    it('counts open conversations per view for the caller', async () => {
      assert.deepEqual(await countInboxViews(t.storage.db, callerOf(agent()), NOW), { mine: 2, unassigned: 5, my_teams: 7, at_risk: 1, breached: 1 });
      assert.deepEqual(await countInboxViews(t.storage.db, callerOf(supervisor()), NOW), { mine: 0, unassigned: 7, my_teams: 7, at_risk: 1, breached: 1 });
      assert.deepEqual(await countInboxViews(t.storage.db, callerOf(vendor()), NOW), { mine: 0, unassigned: 1, my_teams: 1, at_risk: 0, breached: 0 });
    });

    it('reads the row: author, snippet, SLA state, waiting time, channel', async () => {
      const [row] = await listInboxPage(t.storage.db, callerOf(agent()), resolveInboxQuery({ limit: 1 }), undefined, NOW);
      assert.equal(row?.id, w.c.urgent);
      assert.equal(row?.channelName, 'Acme on X');
      assert.equal(row?.network, 'x');
      assert.equal(row?.snippet, 'message of urgent');
      assert.equal(row?.waitingSince, NOW - 5 * MINUTE);
      assert.equal(row?.author.contactId, w.contactId);
      assert.deepEqual(row?.needsResponse, { required: true, kind: 'complaint' });
      const [breached] = await listInboxPage(t.storage.db, callerOf(agent()), resolveInboxQuery({ limit: 1, view: 'breached' }), undefined, NOW);
      assert.equal(slaState(breached!.sla, NOW), 'breached');
    });

    it('keeps the summary in step with messages and SLA clocks', async () => {
      const db = t.storage.db;
      const id = w.c.newWait!;
      const author = await contacts.upsertIdentity(db, w.workspace.id, { network: 'x', externalId: `a-${newId()}`, handle: 'sam', followers: 12 }, NOW);
      await insertMessage(db, {
        id: newId(), workspaceId: w.workspace.id, conversationId: id, channelAccountId: w.x.id, direction: 'inbound', kind: 'reply', surface: 'public',
        platformMessageId: `m-${newId()}`, parentPlatformId: null, authorIdentityId: author.id, authorUserId: null,
        body: 'still   waiting\nfor my parcel', meta: {}, status: null, platformCreatedAt: NOW - MINUTE, createdAt: NOW,
      });
      await refreshMessageSummary(db, [id]);
      let row = (await listInboxPage(db, callerOf(supervisor()), resolveInboxQuery({ limit: 50, label: undefined }), undefined, NOW)).find((r) => r.id === id)!;
      assert.equal(row.snippet, 'still   waiting\nfor my parcel');
      assert.equal(row.author.handle, 'sam');
      assert.equal(row.waitingSince, NOW - 3 * MINUTE, 'waiting since the first unanswered message');
      await touchConversation(db, (await findConversation(db, w.workspace.id, id))!, { direction: 'outbound', platformCreatedAt: NOW }, NOW);
      await saveClock(db, w.workspace.id, {
        conversationId: id, target: 'next_response', cycle: 1, policyId: 'p', targetMs: 3_600_000, businessHours: false, status: 'running', outcome: null,
        startedAt: NOW, segmentStartedAt: NOW, runningWallMs: 0, runningBusinessMs: 0, dueAt: NOW + 60 * MINUTE, warnAt: NOW + 45 * MINUTE,
        warnedAt: null, breachedAt: null, stoppedAt: null,
      }, NOW);
      row = (await listInboxPage(db, callerOf(supervisor()), resolveInboxQuery({ limit: 50 }), undefined, NOW)).find((r) => r.id === id)!;
      assert.equal(row.waitingSince, null, 'answered');
      assert.deepEqual(row.sla, { dueAt: NOW + 60 * MINUTE, warnAt: NOW + 45 * MINUTE, status: 'running' });
    });

    it('lists a contact\'s past conversations within the scope, latest first', async () => {
      const scope = (p: Principal): ConversationScope => conversationScope(p);
      const all = await listContactConversations(t.storage.db, scope(supervisor()), w.contactId, 20);
      assert.deepEqual(new Set(names(all.map((r) => r.id))), new Set(['urgent', 'low', 'resolved']));
      assert.deepEqual(await listContactConversations(t.storage.db, scope(vendor()), w.contactId, 20), []);
    });

    describe('search', () => {
      const search = async (p: Principal, q: string) => rankByRelevance(
        await messageSearchFor(t.storage.dialect).candidates(t.storage.db, conversationScope(p), parseSearchTerms(q)), parseSearchTerms(q));

      before(async () => {
        const db = t.storage.db;
        await addConversation(db, w, 'parcel1', { team: 'care', priority: 5, text: 'Where is my parcel? parcel number 12345, the parcel is late' });
        await addConversation(db, w, 'parcel2', { team: 'care', priority: 5, text: 'I love the new app, also a parcel question about shipping and delivery times to Lisbon' });
        await addConversation(db, w, 'vendorParcel', { team: 'vendor', priority: 5, text: 'vendor parcel lost' });
        await addConversation(db, w, 'cafe', { team: 'care', priority: 5, text: 'Le café était froid, très déçu 😡 日本語 テスト' });
        await addConversation(db, w, 'sql', { team: 'care', priority: 5, text: "name'; drop table messages; -- and NEAR(this) \"quoted\"" });
      });

      it('finds words, ranks the better match first and keeps to the scope', async () => {
        const hits = await search(agent(), 'parcel');
        assert.equal(names(hits.map((h) => h.conversationId))[0], 'parcel1', 'three mentions rank first');
        assert.deepEqual(names(hits.map((h) => h.conversationId)), ['parcel1', 'newWait', 'parcel2'], 'then the shorter message');
        assert.deepEqual(names((await search(vendor(), 'parcel')).map((h) => h.conversationId)), ['vendorParcel']);
        assert.deepEqual(await search({ ...supervisor(), workspaceId: w.other.id }, 'parcel'), []);
        assert.deepEqual(names((await search(agent(), '"parcel number"')).map((h) => h.conversationId)), ['parcel1']);
        assert.deepEqual(names((await search(agent(), 'parcel lisbon')).map((h) => h.conversationId)), ['parcel2']);
      });

      it('never fails on hostile or odd input', async () => {
        for (const q of ['"', '""', '*', 'parcel*', 'NEAR(', 'NEAR(parcel late)', "'; drop table messages; --", 'a OR b NOT c AND', '(((', '^parcel',
          '-parcel', 'parcel:late', '\u0000', '\u0301', '😡', '   ', '"unbalanced parcel', 'col:parcel', '{body}: parcel', '\\', '%_%']) {
          await assert.doesNotReject(search(supervisor(), q), `query ${JSON.stringify(q)}`);
        }
        assert.deepEqual(names((await search(agent(), "'; drop table messages; --")).map((h) => h.conversationId)), ['sql']);
        assert.deepEqual(names((await search(agent(), 'NEAR(this)')).map((h) => h.conversationId)), ['sql']);
        assert.deepEqual(names((await search(agent(), '"unbalanced parcel')).map((h) => h.conversationId)).length, 0);
      });

      it('matches unicode words', async () => {
        assert.deepEqual(names((await search(agent(), 'CAFÉ')).map((h) => h.conversationId)), ['cafe']);
        assert.deepEqual(names((await search(agent(), 'déçu')).map((h) => h.conversationId)), ['cafe']);
      });

      it('follows edits and deletions of messages', async () => {
        const db = t.storage.db;
        const [hit] = await search(agent(), 'froid');
        await db.updateTable('messages').set({ body: 'now it is hot' }).where('id', '=', hit!.messageId).execute();
        assert.deepEqual(await search(agent(), 'froid'), []);
        assert.equal((await search(agent(), 'hot')).length, 1);
        await db.updateTable('messages').set({ deleted_at: NOW }).where('id', '=', hit!.messageId).execute();
        assert.deepEqual(await search(agent(), 'hot'), []);
        await db.deleteFrom('messages').where('id', '=', hit!.messageId).execute();
        assert.deepEqual(await search(agent(), 'hot'), []);
      });
    });
  });
}
