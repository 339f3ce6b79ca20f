// `earshot bench inbox`: the agent app's reads at scale (PRODUCT.md: inbox list, conversation open
// and search at 1M conversations and 10M messages, p95 < 50 ms). Seeds a large workspace
// (inbox-seed.ts), then times what each request runs (every query of the handler, the service
// layer, without HTTP): inbox views with counts as an agent in two teams, a vendor and a
// supervisor, second pages, opening a conversation with its messages, and searches. The same-run
// baseline is a primary-key read of one conversation: the floor of any request.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Principal } from '../core/access/principal.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import { Storage } from '../storage/storage.ts';
import { dropPostgresDatabase } from '../storage/dialects/postgres.ts';
import { findConversationInScope, listMessages } from '../storage/repositories/conversations.repository.ts';
import { listInbox } from '../inbox/inbox.service.ts';
import { searchMessages } from '../inbox/search.service.ts';
import { inboxQueryParams, type InboxFilterParams } from '../inbox/inbox-query.ts';
import { seedInbox, withBulkLoad, type SeededInbox } from './inbox-seed.ts';
import { machineFacts, percentile, round, type BenchReport } from './report.ts';

export interface InboxBenchOptions {
  conversations: number;
  messagesPerConversation: number;
  /** A postgres:// URL, or undefined for a SQLite file. */
  postgresUrl?: string | undefined;
  /** Keep (or reuse, when it already holds a seeded workspace) this SQLite file. */
  file?: string | undefined;
  samples: number;
  log?: (line: string) => void;
}

const SEARCHES = ['refund', '"parcel never arrived"', 'tracking number', 'charged twice', 'kalo', 'order 48213', 'crashing login', 'blue'];

async function timeEach(samples: number, ops: ReadonlyArray<() => Promise<unknown>>): Promise<number[]> {
  for (const op of ops) await op(); // warm caches and statements
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const op = ops[i % ops.length]!;
    const start = performance.now();
    await op();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const summary = (sorted: readonly number[]) => ({ p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) });

/** A workspace seeded earlier into the same file (a rerun need not seed ten million rows again). */
async function findSeeded(storage: Storage): Promise<SeededInbox | undefined> {
  const ws = await storage.db.selectFrom('workspaces').select('id').where('slug', 'like', 'inbox-bench-%').executeTakeFirst();
  if (!ws) return undefined;
  const users = await storage.db.selectFrom('users').innerJoin('team_memberships', 'team_memberships.user_id', 'users.id')
    .innerJoin('teams', 'teams.id', 'team_memberships.team_id').select(['users.id', 'users.role', 'users.name', 'teams.id as team_id', 'teams.kind'])
    .where('users.workspace_id', '=', ws.id).orderBy('users.id').execute();
  const teamsOf = (id: string) => users.filter((u) => u.id === id).map((u) => u.team_id);
  const agentIds = [...new Set(users.filter((u) => u.role === 'agent' && u.kind !== 'vendor').map((u) => u.id))];
  const first = users.find((u) => u.name === 'Agent 1')!.id;
  const vendor = users.find((u) => u.kind === 'vendor')!.id;
  const ids = await storage.db.selectFrom('conversations').select('id').where('workspace_id', '=', ws.id).execute();
  const count = await storage.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return {
    workspaceId: ws.id, supervisorId: users.find((u) => u.role === 'supervisor')!.id,
    agents: [first, ...agentIds.filter((id) => id !== first)].map((id) => ({ id, teamIds: teamsOf(id) })),
    vendorAgent: { id: vendor, teamIds: teamsOf(vendor) }, conversationIds: ids.map((r) => r.id), conversations: ids.length, messages: Number(count.n),
  };
}

async function openStorage(options: InboxBenchOptions): Promise<{ storage: Storage; dispose(): Promise<void> }> {
  if (options.postgresUrl) {
    const target = new URL(options.postgresUrl);
    target.pathname = `/earshot_bench_inbox_${process.pid}`;
    const storage = await Storage.open({ kind: 'postgres', url: target.toString(), poolSize: 4 });
    return { storage, dispose: async () => { await storage.close(); await dropPostgresDatabase(target.toString()); } };
  }
  const dir = options.file ? undefined : mkdtempSync(join(tmpdir(), 'earshot-bench-inbox-'));
  const storage = await Storage.open({ kind: 'sqlite', file: options.file ?? join(dir!, 'bench.db'), synchronous: 'NORMAL' });
  return { storage, dispose: async () => { await storage.close(); if (dir) rmSync(dir, { recursive: true, force: true }); } };
}

export async function benchInbox(options: InboxBenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const reuse = options.file !== undefined && existsSync(options.file);
  const { storage, dispose } = await openStorage(options);
  try {
    await storage.migrate();
    const now = Date.now();
    const seedStart = performance.now();
    let seeded = reuse ? await findSeeded(storage) : undefined;
    const reused = seeded !== undefined;
    if (!seeded) {
      const seed = () => seedInbox(storage, { conversations: options.conversations, messagesPerConversation: options.messagesPerConversation, now, log });
      seeded = await withBulkLoad(storage, seed, log);
    }
    const seedSeconds = round((performance.now() - seedStart) / 1000, 1);
    log(`${reused ? 'reused' : 'seeded'} ${seeded.conversations} conversations, ${seeded.messages} messages in ${seedSeconds} s; analyzing`);
    if (storage.sqlite) storage.sqlite.exec('PRAGMA analysis_limit = 2000; ANALYZE');
    else await sql`ANALYZE`.execute(storage.db);

    const person = (id: string, role: Principal['role'], teamIds: string[], vendorOnly = false): Principal =>
      ({ workspaceId: seeded.workspaceId, userId: id, name: 'Bench', email: 'bench@bench.example', role, teamIds, vendorOnly, via: 'session' });
    const agent = person(seeded.agents[0]!.id, 'agent', seeded.agents[0]!.teamIds);
    const supervisor = person(seeded.supervisorId, 'supervisor', []);
    const vendor = person(seeded.vendorAgent.id, 'agent', seeded.vendorAgent.teamIds, true);

    const list = (p: Principal, filter: InboxFilterParams & { cursor?: string }) => () => listInbox(storage, p, inboxQueryParams.parse(filter), now);
    const views = ['all', 'mine', 'unassigned', 'my_teams', 'at_risk', 'breached'] as const;
    const byView: Record<string, { p50: number; p95: number }> = {};
    const listOps: Array<() => Promise<unknown>> = [];
    for (const p of [agent, supervisor, vendor]) {
      for (const view of views) listOps.push(list(p, { view }));
      listOps.push(list(p, { network: 'x' }), list(p, { label: 'vip' }), list(p, { priority: 80 }));
      const first = await listInbox(storage, p, inboxQueryParams.parse({}), now);
      if (first.nextCursor) listOps.push(list(p, { cursor: first.nextCursor }));
    }
    for (const view of views) byView[view] = summary(await timeEach(Math.max(20, Math.floor(options.samples / 6)), [list(agent, { view }), list(supervisor, { view })]));
    const listTimes = await timeEach(options.samples, listOps);
    log(`list p95 ${summary(listTimes).p95} ms`);

    // Opening: the conversation in scope and its messages, exactly as GET /api/conversations/:id.
    const pickIds = (n: number) => Array.from({ length: n }, (_, i) => seeded.conversationIds[Math.floor(((i * 7919) % 1000) / 1000 * seeded.conversationIds.length)]!);
    const open = (p: Principal, id: string) => async () => {
      const conversation = await findConversationInScope(storage.db, conversationScope(p), id);
      if (conversation) await listMessages(storage.db, p.workspaceId, conversation.id);
    };
    const openTimes = await timeEach(options.samples, pickIds(options.samples).map((id, i) => open(i % 2 === 0 ? supervisor : agent, id)));
    log(`open p95 ${summary(openTimes).p95} ms`);

    const searchOps = SEARCHES.flatMap((q) => [agent, supervisor].map((p) => () => searchMessages(storage, p, { q, limit: 20 }, now)));
    const searchTimes = await timeEach(options.samples, searchOps);
    log(`search p95 ${summary(searchTimes).p95} ms`);

    const baselineTimes = await timeEach(options.samples, pickIds(options.samples).map((id) => () =>
      storage.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst()));

    const l = summary(listTimes);
    const o = summary(openTimes);
    const s = summary(searchTimes);
    const b = summary(baselineTimes);
    return {
      bench: 'inbox', dialect: storage.dialect, conversations: seeded.conversations, messages: seeded.messages, seeded_in_s: seedSeconds, reused_seed: reused,
      list_p50_ms: l.p50, list_p95_ms: l.p95, open_p50_ms: o.p50, open_p95_ms: o.p95, search_p50_ms: s.p50, search_p95_ms: s.p95,
      baseline_pk_p50_ms: b.p50, baseline_pk_p95_ms: b.p95,
      list_baseline_ratio: round(l.p95 / Math.max(b.p95, 0.001), 1), open_baseline_ratio: round(o.p95 / Math.max(b.p95, 0.001), 1),
      search_baseline_ratio: round(s.p95 / Math.max(b.p95, 0.001), 1),
      target_ms: 50, views: byView, samples: options.samples, ...machineFacts(),
    };
  } finally {
    await dispose();
  }
}
