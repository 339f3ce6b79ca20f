// `earshot bench analytics`: the full dashboard (every query behind it: KPIs, times, trends,
// heatmap, channels, topics, agents, teams, spikes, backlog) over a workspace of a million
// conversations on a temporary SQLite database, for a mix of ranges and filters. The same-run
// baseline recomputes only the headline KPIs straight from the per-conversation facts (what a
// dashboard without rollups would scan on every view); the ratio is what the rollups buy. The
// incremental fold (facts and rollups from conversations with messages) is timed on a sample.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY, HOUR, MINUTE, systemClock } from '../core/clock.ts';
import { localDayOf, formatLocalDate, timeZone } from '../core/calendar/index.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import { Storage } from '../storage/storage.ts';
import { dashboard, type AnalyticsQuery } from '../analytics/analytics.service.ts';
import { insertHistory, type HistoricalConversation } from '../analytics/history/insert-history.ts';
import { refreshFacts } from '../analytics/rollups/refresh-facts.ts';
import { addTeamMember, insertTeam, insertUser, insertWorkspace } from '../storage/repositories/workspaces.repository.ts';
import { insertChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { writeBenchConversations, type BenchPeople } from './analytics-data.ts';
import { machineFacts, percentile, round, type BenchReport } from './report.ts';

export interface AnalyticsBenchOptions {
  conversations: number;
  days: number;
  iterations: number;
  progress: (line: string) => void;
}

const ZONE = 'Europe/Amsterdam';

export async function benchAnalytics(options: AnalyticsBenchOptions): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-bench-analytics-'));
  const storage = await Storage.open({ kind: 'sqlite', file: join(dir, 'bench.db'), synchronous: 'NORMAL' });
  try {
    await storage.migrate();
    const now = systemClock.now();
    const zone = timeZone(ZONE);
    const people = await benchPeople(storage, now);
    options.progress(`Writing ${options.conversations.toLocaleString('en')} conversations over ${options.days} days...`);
    const written = await writeBenchConversations(storage, people, zone, options.conversations, options.days, now, options.progress);
    const rollupRows = Number((await storage.db.selectFrom('analytics_daily').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const admin: Principal = { workspaceId: people.workspaceId, userId: people.agents[0]!.id, name: 'Bench', email: 'bench@bench.example', role: 'admin', teamIds: [], vendorOnly: false, via: 'session' };
    const deps = { storage, clock: systemClock };
    const today = localDayOf(zone, now);
    const date = (daysAgo: number) => formatLocalDate(today - daysAgo);
    // What people open: the default 28 days, a quarter, a week, and filtered views.
    const named: Array<[string, AnalyticsQuery]> = [
      ['default_28_days', {}],
      ['quarter', { from: date(89), to: date(0) }],
      ['week', { from: date(6), to: date(0) }],
      ['one_agent', { agents: [people.agents[3]!.id] }],
      ['topic_and_priority', { topics: ['baggage'], priorities: [2, 3] }],
      ['channel_and_team', { accounts: [people.channelAccountIds[1]!], teams: [people.agents[0]!.teamId] }],
    ];
    const views = named.map(([, q]) => q);
    const perView = new Map<string, number[]>();
    options.progress('Warming up, then timing the dashboard...');
    for (const view of views) await dashboard(deps, admin, view);
    const timings: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < options.iterations; i++) {
      const view = views[i % views.length]!;
      let t = performance.now();
      await dashboard(deps, admin, view);
      const took = performance.now() - t;
      timings.push(took);
      const name = named[i % named.length]![0];
      perView.set(name, [...(perView.get(name) ?? []), took]);
      t = performance.now();
      await kpisFromFacts(storage, people.workspaceId, now - 28 * DAY, now);
      baseline.push(performance.now() - t);
    }
    timings.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    options.progress('Timing the incremental fold on a sample...');
    const fold = await foldSample(storage, people, now);
    const p95 = percentile(timings, 95);
    const baselineP95 = percentile(baseline, 95);
    return {
      bench: 'analytics',
      conversations: options.conversations,
      days: options.days,
      rollup_rows: rollupRows,
      dashboard_p50_ms: round(percentile(timings, 50)),
      dashboard_p95_ms: round(p95),
      dashboard_max_ms: round(timings.at(-1) ?? 0),
      dashboard_target_ms: 200,
      iterations: options.iterations,
      views_p50_ms: Object.fromEntries([...perView].map(([name, list]) => [name, round(percentile([...list].sort((a, b) => a - b), 50))])),
      baseline_raw_facts_kpis_p95_ms: round(baselineP95),
      dashboard_vs_raw_kpis_ratio: round(p95 / baselineP95, 3),
      fold_conversations_per_s: fold,
      write_rows_s: round(written.insertMs / 1000, 1),
      build_rollups_s: round(written.rollupMs / 1000, 1),
      database: 'sqlite',
      ...machineFacts(),
    };
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline: the headline KPIs recomputed from the per-conversation rows of 28 days. */
async function kpisFromFacts(storage: Storage, workspaceId: string, from: number, to: number): Promise<void> {
  await storage.db.selectFrom('analytics_facts').where('workspace_id', '=', workspaceId).where('started_at', '>=', from).where('started_at', '<', to)
    .select((eb) => [
      eb.fn.countAll().as('conversations'), eb.fn.sum('needs_response').as('needs'), eb.fn.sum('answered').as('answered'),
      eb.fn.sum('answered_in_sla').as('in_sla'), eb.fn.sum('sla_met').as('met'), eb.fn.sum('sla_missed').as('missed'),
    ]).executeTakeFirst();
}

async function benchPeople(storage: Storage, now: number): Promise<BenchPeople> {
  return storage.transaction(async (tx) => {
    const workspaceId = newId(now);
    await insertWorkspace(tx, { id: workspaceId, name: 'Bench Air', slug: `bench-${workspaceId.slice(-8)}`, settings: { timeZone: ZONE }, createdAt: now });
    const agents: Array<{ id: string; teamId: string }> = [];
    for (const [t, kind] of (['care', 'care', 'vendor'] as const).entries()) {
      const teamId = newId(now);
      await insertTeam(tx, { id: teamId, workspaceId, name: `Team ${t}`, kind, settings: {}, createdAt: now });
      for (let a = 0; a < 5; a++) {
        const id = newId(now);
        await insertUser(tx, { id, workspaceId, email: `agent-${t}-${a}-${id.slice(-6)}@bench.example`, name: `Agent ${t}.${a}`, role: 'agent', status: 'active', createdAt: now, updatedAt: now, passwordHash: null });
        await addTeamMember(tx, workspaceId, teamId, id, now);
        agents.push({ id, teamId });
      }
    }
    const channelAccountIds: string[] = [];
    for (const network of ['x', 'facebook', 'instagram', 'whatsapp']) {
      const id = newId(now);
      await insertChannelAccount(tx, { id, workspaceId, network, name: `Bench ${network}`, externalId: `bench-${network}-${id}`, settings: {}, status: 'active', defaultTeamId: null, createdAt: now, updatedAt: now, sealedCredentials: 'sealed:bench' });
      channelAccountIds.push(id);
    }
    return { workspaceId, channelAccountIds, agents };
  });
}

/** Conversations with messages and SLA clocks folded into facts and rollups, per second. */
async function foldSample(storage: Storage, people: BenchPeople, now: number): Promise<number> {
  const sample: HistoricalConversation[] = Array.from({ length: 2000 }, (_, i) => {
    const at = now - 2 * DAY + i * 60_000;
    const agent = people.agents[i % people.agents.length]!;
    return {
      workspaceId: people.workspaceId, channelAccountId: people.channelAccountIds[i % 4]!, network: 'x', surface: 'public', teamId: agent.teamId, assigneeId: agent.id,
      topic: 'baggage', sentiment: 'negative', priority: 2, needsResponse: true, subject: null, author: { externalId: `fold-${i % 300}`, handle: `c${i}`, followers: 100 },
      messages: [{ direction: 'inbound', at, body: 'bag?' }, { direction: 'outbound', at: at + 20 * MINUTE, body: 'on it', authorUserId: agent.id }],
      resolvedAt: at + HOUR, clocks: [{ target: 'first_response', cycle: 1, targetMs: HOUR, startedAt: at, stoppedAt: at + 20 * MINUTE, outcome: 'met' }],
    };
  });
  const ids = await storage.transaction((tx) => insertHistory(tx, sample, now));
  const t = performance.now();
  await storage.transaction(async (tx) => {
    for (let i = 0; i < ids.length; i += 500) await refreshFacts(tx, ids.slice(i, i + 500), { now });
  });
  return Math.round(ids.length / ((performance.now() - t) / 1000));
}
