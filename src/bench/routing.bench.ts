// `earshot bench routing`: routing decisions with 50 rules and 200 agents. In memory: the compiled
// rules on a message, then the choice of an agent by skills, capacity per channel and load (the
// decision itself). With storage: the ingestion hook (routeInbound in the message's transaction)
// and the drain that assigns it, on SQLite (or PostgreSQL with DATABASE_URL).
import { systemClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { chooseAgent, withOneMore, type AgentCandidate } from '../core/routing/assignment.ts';
import { parseRuleSet } from '../core/routing/rule-schema.ts';
import { CompiledRuleSet } from '../core/routing/rules-engine.ts';
import { DEFAULT_TEAM_ROUTING } from '../core/routing/routing-settings.ts';
import type { Config } from '../config/config.ts';
import type { Message } from '../core/conversation/conversation.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import { createRouting } from '../routing/routing.ts';
import { drainTeam } from '../routing/assignment.service.ts';
import { findOrCreateConversation, insertMessage, touchConversation } from '../storage/repositories/conversations.repository.ts';
import { insertRuleVersion, upsertAgentRouting, upsertTeamSettings } from '../storage/repositories/routing-config.repository.ts';
import { benchFacts, benchLanguages, benchRules, benchTopics } from './routing.fixtures.ts';
import { benchWorkspace } from './bench-workspace.ts';
import { withBenchDatabase } from './bench-database.ts';
import { machineFacts, percentile, perSecond, round, type BenchReport } from './report.ts';

export interface RoutingBenchOptions {
  decisions: number;
  storedDecisions: number;
  agents: number;
  database: Config['database'];
}

function agents(count: number): AgentCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    userId: `agent-${i}`, presence: i % 10 === 0 ? 'away' : 'online', autoAssign: true,
    skills: { languages: [benchLanguages[i % benchLanguages.length]!, 'en'], topics: i % 3 === 0 ? [benchTopics[i % benchTopics.length]!] : [] },
    capacity: null, load: { total: i % 4, perChannel: {} }, lastAssignedAt: i,
  }));
}

function inMemory(count: number, agentCount: number): { perSecond: number; p50: number; p99: number } {
  const compiled = new CompiledRuleSet(parseRuleSet({ rules: benchRules(['team-a', 'team-b', 'team-c']) }));
  let team = agents(agentCount);
  const settings = { ...DEFAULT_TEAM_ROUTING, capacity: { total: 1_000_000, perChannel: {} } };
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const facts = benchFacts(i, 'acct');
    compiled.decide(facts);
    const choice = chooseAgent({ conversationId: `c${i}`, network: facts.channel.network, language: facts.triage.language ?? null, topic: facts.triage.topic ?? null }, team, settings);
    if (choice) team = team.map((a) => (a.userId === choice.userId ? { ...a, load: withOneMore(a.load, facts.channel.network), lastAssignedAt: 1e6 + i } : a));
    latencies.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return { perSecond: perSecond(count, total), p50: round(percentile(latencies, 50), 3), p99: round(percentile(latencies, 99), 3) };
}

interface Stored {
  perSecond: number;
  p50: number;
  p99: number;
  dialect: string;
  /** The ingestion hook alone (rules, SLA clocks, queue) and the drain alone (assignment among all agents). */
  routeP99: number;
  drainP99: number;
}

async function stored(options: RoutingBenchOptions): Promise<Stored> {
  return withBenchDatabase(options.database, 'routing', async (storage) => {
    const now = systemClock.now();
    const ws = await benchWorkspace(storage, options.agents, now);
    const jobs = new EmbeddedJobQueue(storage, systemClock, { concurrency: 4 });
    const routing = createRouting({ storage, clock: systemClock, jobs });
    await upsertTeamSettings(storage.db, ws.workspace.id, ws.team.id, { capacity: { total: 1000 } }, now);
    for (const [i, agent] of ws.agents.entries()) {
      await upsertAgentRouting(storage.db, ws.workspace.id, agent.id, { presence: i % 10 === 0 ? 'away' : 'online', skills: { languages: [benchLanguages[i % benchLanguages.length]!, 'en'], topics: [] } }, now);
    }
    await insertRuleVersion(storage.db, { workspaceId: ws.workspace.id, version: 1, rules: parseRuleSet({ rules: benchRules([ws.team.id]) }), createdBy: null, comment: null, createdAt: now });
    const latencies: number[] = [];
    const routeTimes: number[] = [];
    const drainTimes: number[] = [];
    const start = performance.now();
    for (let i = 0; i < options.storedDecisions; i++) {
      const t0 = performance.now();
      const facts = benchFacts(i, ws.channel.id);
      await storage.transaction(async (tx) => {
        const at = systemClock.now();
        const { conversation, created } = await findOrCreateConversation(tx, { workspaceId: ws.workspace.id, channelAccountId: ws.channel.id, threadKey: `t-${i}`, surface: 'public', contactId: null, at }, at);
        const message: Message = {
          id: newId(at), workspaceId: ws.workspace.id, conversationId: conversation.id, channelAccountId: ws.channel.id, direction: 'inbound', kind: facts.messageKind,
          surface: 'public', platformMessageId: `p-${i}`, parentPlatformId: null, authorIdentityId: null, authorUserId: null, body: facts.text, meta: {}, status: null, platformCreatedAt: at, createdAt: at,
        };
        await insertMessage(tx, message);
        await touchConversation(tx, conversation, message, at);
        await routing.routeInbound(tx, { workspaceId: ws.workspace.id, conversationId: conversation.id, messageId: message.id, at, text: facts.text, messageKind: facts.messageKind, conversationCreated: created, triage: facts.triage, contact: facts.contact });
      });
      const t1 = performance.now();
      // A drain per message: the worst case (in production drains of a busy team coalesce).
      await drainTeam(routing.ctx, ws.workspace.id, ws.team.id);
      const t2 = performance.now();
      latencies.push(t2 - t0);
      routeTimes.push(t1 - t0);
      drainTimes.push(t2 - t1);
    }
    const total = performance.now() - start;
    const p99 = (list: number[]) => round(percentile(list.sort((a, b) => a - b), 99), 2);
    return {
      perSecond: perSecond(options.storedDecisions, total), p50: round(percentile([...latencies].sort((a, b) => a - b), 50), 2), p99: p99(latencies),
      dialect: storage.dialect, routeP99: p99(routeTimes), drainP99: p99(drainTimes),
    };
  });
}

export async function benchRouting(options: RoutingBenchOptions): Promise<BenchReport> {
  const memory = inMemory(options.decisions, options.agents);
  const db = await stored(options);
  return {
    bench: 'routing', rules: 50, agents: options.agents, decisions: options.decisions,
    decisions_per_s: memory.perSecond, p50_ms: memory.p50, p99_ms: memory.p99,
    stored_decisions: options.storedDecisions, stored_dialect: db.dialect, stored_decisions_per_s: db.perSecond, stored_p50_ms: db.p50, stored_p99_ms: db.p99,
    stored_route_p99_ms: db.routeP99, stored_drain_p99_ms: db.drainP99,
    ...machineFacts(),
  };
}
