// A routing and SLA harness on a test database: a workspace with a care team of agents, a
// channel, the job engine on a ManualClock, and `deliverInbound` doing what the ingestion
// pipeline does (store the message, touch the conversation, call the routing hook) in one
// transaction. `settle()` runs every job due at the clock's time.
import { ManualClock } from '../../src/core/clock.ts';
import { newId } from '../../src/core/ids.ts';
import type { Message } from '../../src/core/conversation/conversation.ts';
import type { ChannelAccount } from '../../src/core/channel/channel-account.ts';
import type { Team, User, Workspace } from '../../src/core/workspace/workspace.ts';
import type { TriageFacts } from '../../src/core/routing/facts.ts';
import { EmbeddedJobQueue } from '../../src/jobs/embedded-queue.ts';
import { createRouting, type Routing } from '../../src/routing/routing.ts';
import type { RoutingOutcome } from '../../src/routing/route-inbound.ts';
import { findOrCreateConversation, insertMessage, touchConversation } from '../../src/storage/repositories/conversations.repository.ts';
import { upsertAgentRouting } from '../../src/storage/repositories/routing-config.repository.ts';
import { nextDueTime } from '../../src/storage/repositories/jobs.repository.ts';
import type { TestDatabase } from './databases.ts';
import { makeChannelAccount, makeTeam, makeUser, makeWorkspace } from './factories.ts';

export interface RoutingHarness {
  clock: ManualClock;
  jobs: EmbeddedJobQueue;
  routing: Routing;
  workspace: Workspace;
  channel: ChannelAccount;
  care: Team;
  agents: User[];
  lead: User;
  deliverInbound(thread: string, text: string, options?: { triage?: TriageFacts; at?: number; channel?: ChannelAccount }): Promise<RoutingOutcome>;
  deliverReply(conversationId: string, authorUserId: string | null, options?: { at?: number; channel?: ChannelAccount }): Promise<void>;
  setOnline(userIds: readonly string[], presence?: 'online' | 'away' | 'offline'): Promise<void>;
  /** Runs every job due now. */
  settle(): Promise<void>;
  /** Moves the clock forward to `until`, firing each timer at its own time on the way. */
  advanceTo(until: number, onFire?: (at: number) => void): Promise<void>;
  /** Stops the job engine, lets the clock run to `until` with nothing running (the process is down), then starts a new engine and routing module on the same database. */
  restart(until: number): Promise<void>;
  close(): Promise<void>;
}

export async function routingHarness(t: TestDatabase, options: { agents?: number; start?: string; clock?: ManualClock } = {}): Promise<RoutingHarness> {
  const clock = options.clock ?? new ManualClock(options.start ?? '2026-03-02T09:00:00Z');
  const db = t.storage.db;
  const workspace = await makeWorkspace(db, { createdAt: clock.now() });
  const lead = await makeUser(db, workspace, { role: 'supervisor', name: 'Lea Lead' });
  const agents: User[] = [];
  for (let i = 0; i < (options.agents ?? 3); i++) agents.push(await makeUser(db, workspace, { name: `Agent ${String.fromCharCode(65 + i)}` }));
  const care = await makeTeam(db, workspace, 'care', [lead, ...agents]);
  const channel = await makeChannelAccount(db, workspace, { network: 'x', defaultTeamId: care.id });
  await upsertAgentRouting(db, workspace.id, lead.id, { autoAssign: false }, clock.now());

  let jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 4, pollMs: 60_000, onError: (error, job) => { if (job.name !== 'job-leases') console.error(`job ${job.name} failed:`, error); } });
  let routing = createRouting({ storage: t.storage, clock, jobs });
  await jobs.start();

  const harness: RoutingHarness = {
    clock, jobs, routing, workspace, channel, care, agents, lead,
    async deliverInbound(thread, text, opts = {}) {
      const account = opts.channel ?? channel;
      const at = opts.at ?? clock.now();
      return t.storage.transaction(async (tx) => {
        const { conversation, created } = await findOrCreateConversation(tx, { workspaceId: workspace.id, channelAccountId: account.id, threadKey: thread, surface: 'public', contactId: null, at }, clock.now());
        const message: Message = {
          id: newId(clock.now()), workspaceId: workspace.id, conversationId: conversation.id, channelAccountId: account.id, direction: 'inbound', kind: 'mention',
          surface: 'public', platformMessageId: `m-${newId()}`, parentPlatformId: null, authorIdentityId: null, authorUserId: null, body: text, meta: {},
          status: null, platformCreatedAt: at, createdAt: clock.now(),
        };
        await insertMessage(tx, message);
        await touchConversation(tx, conversation, message, clock.now());
        return harness.routing.routeInbound(tx, {
          workspaceId: workspace.id, conversationId: conversation.id, messageId: message.id, at, text, messageKind: 'mention', conversationCreated: created,
          ...(opts.triage ? { triage: opts.triage } : {}),
        });
      });
    },
    async deliverReply(conversationId, authorUserId, opts = {}) {
      const at = opts.at ?? clock.now();
      await t.storage.transaction(async (tx) => {
        const row = await tx.selectFrom('conversations').selectAll().where('id', '=', conversationId).executeTakeFirstOrThrow();
        const message: Message = {
          id: newId(clock.now()), workspaceId: workspace.id, conversationId, channelAccountId: row.channel_account_id, direction: 'outbound', kind: 'reply',
          surface: 'public', platformMessageId: `r-${newId()}`, parentPlatformId: null, authorIdentityId: null, authorUserId, body: 'On it!', meta: {},
          status: 'sent', platformCreatedAt: at, createdAt: clock.now(),
        };
        await insertMessage(tx, message);
        await harness.routing.recordAgentResponse(tx, { workspaceId: workspace.id, conversationId, at, authorUserId });
      });
    },
    async setOnline(userIds, presence = 'online') {
      for (const userId of userIds) await upsertAgentRouting(db, workspace.id, userId, { presence }, clock.now());
    },
    settle: () => jobs.drain(),
    async advanceTo(until, onFire) {
      for (;;) {
        await jobs.drain();
        const next = await nextDueTime(db, [...JOB_NAMES]);
        if (next === null || next > until) break;
        clock.set(Math.max(next, clock.now()));
        onFire?.(clock.now());
      }
      clock.set(until);
      await jobs.drain();
    },
    async restart(until) {
      await jobs.stop();
      clock.set(until);
      jobs = new EmbeddedJobQueue(t.storage, clock, { concurrency: 4, pollMs: 60_000, onError: (error, job) => { if (job.name !== 'job-leases') console.error(`job ${job.name} failed:`, error); } });
      routing = createRouting({ storage: t.storage, clock, jobs });
      harness.jobs = jobs;
      harness.routing = routing;
      await jobs.start();
    },
    async close() {
      await jobs.stop();
    },
  };
  return harness;
}

const JOB_NAMES = ['sla.breach', 'sla.warning', 'sla.recompute', 'routing.drain', 'conversation.wake', 'presence.check', 'presence.sweep', 'routing.reassign_offline'];
