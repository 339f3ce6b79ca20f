// Routing rules (versioned, dry-run), team routing settings, agent skills and capacity, the live
// queues, and presence.
import { z } from 'zod';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import type { Routing } from '../../routing/routing.ts';
import { currentRules, dryRun, ruleVersion, saveRules } from '../../routing/rules.service.ts';
import * as admin from '../../routing/routing-admin.service.ts';
import { listRuleVersions } from '../../storage/repositories/routing-config.repository.ts';
import { listLabelsOf } from '../../storage/repositories/routing.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { presentRouted, routedConversationSchema, ruleJsonSchema } from '../presenters/routing.presenter.ts';

interface Deps {
  routing: Routing;
}

const id = z.string().min(1).max(64);
const rulesAnswer = z.object({ version: z.number().describe('0 before the first save'), rules: z.array(ruleJsonSchema) });
const settingsSchema = z.record(z.string(), z.unknown()).describe('TeamRoutingSettings: strategy, autoAssign, capacity, skills, agingMinutesPerPriority, reassignWhenOffline');
const agentSchema = z.object({
  userId: z.string(), name: z.string(), teamIds: z.array(z.string()),
  presence: z.enum(['online', 'away', 'offline']), presenceChangedAt: z.number(), manualAway: z.boolean(), autoAssign: z.boolean(),
  skills: z.object({ languages: z.array(z.string()), topics: z.array(z.string()) }),
  capacity: z.object({ total: z.number(), perChannel: z.record(z.string(), z.number()) }).nullable().describe('null: the team\'s'),
  load: z.object({ total: z.number(), perChannel: z.record(z.string(), z.number()) }).describe('Open conversations held, in total and per network'),
}).describe('AgentRouting');
const presentAgent = (a: admin.AgentView): z.infer<typeof agentSchema> => ({
  userId: a.userId, name: a.name, teamIds: a.teamIds, presence: a.presence, presenceChangedAt: a.presenceChangedAt, manualAway: a.manualAway,
  autoAssign: a.autoAssign, skills: a.skills, capacity: a.capacity, load: { total: a.load.total, perChannel: { ...a.load.perChannel } },
});

const sampleSchema = z.object({
  text: z.string().max(20_000),
  trigger: z.enum(['conversation_opened', 'message_received']).optional(),
  channelAccountId: id.optional(), network: z.string().max(32).optional(), surface: z.enum(['public', 'private']).optional(), messageKind: z.string().max(32).optional(),
  triage: z.object({
    needsResponse: z.boolean().optional(), kind: z.string().max(32).optional(), sentiment: z.string().max(32).optional(), sentimentScore: z.number().optional(),
    topic: z.string().max(64).optional(), urgency: z.number().optional(), language: z.string().max(8).optional(), influence: z.number().optional(),
    influenceTier: z.string().max(16).optional(), priority: z.number().optional(),
  }).optional(),
  contact: z.object({ name: z.string().max(200).optional(), followers: z.number().nullable().optional(), verified: z.boolean().optional(),
    attributes: z.record(z.string().max(64), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional() }).optional(),
  labels: z.array(z.string().max(50)).max(50).optional(), priority: z.number().int().min(0).max(4).optional(),
  teamId: id.nullable().optional(), assigneeId: id.nullable().optional(), at: z.number().int().optional(),
  insideBusinessHours: z.boolean().optional(), minutesSinceLastReply: z.number().nullable().optional(),
}).describe('A sample message and its context, as live routing would see it');

const dryRunAnswer = z.object({
  version: z.number().nullable().describe('The stored version run, or null for a draft'),
  matched: z.array(z.object({ id: z.string(), name: z.string() })),
  plan: z.record(z.string(), z.unknown()).describe('What live routing would do: team, agent, priority, labels, slaPolicyId, acknowledgements, noResponse, notifications'),
  rules: z.array(z.object({
    id: z.string(), name: z.string(), outcome: z.enum(['matched', 'not_matched', 'disabled', 'other_trigger', 'after_stop']),
    trace: z.record(z.string(), z.unknown()).optional().describe('Each condition with passed and the actual value'),
    actions: z.array(z.record(z.string(), z.unknown())),
  })),
});

export function registerRoutingRoutes(app: ApiApp, deps: Deps): void {
  const ctx = deps.routing.ctx;

  app.get('/api/routing/rules', {
    config: { access: requires('routing.read') },
    schema: { tags: ['routing'], summary: 'The routing rules in force, in order', response: { 200: rulesAnswer } },
  }, async (request) => {
    const current = await currentRules(ctx, ctx.storage.db, principalOf(request).workspaceId);
    return { version: current.version, rules: current.set.rules };
  });

  app.put('/api/routing/rules', {
    config: { access: requires('routing.manage') },
    schema: {
      tags: ['routing'], summary: 'Replace the rules: stored as a new version (409 if someone saved since expectedVersion)',
      body: z.object({
        rules: z.array(z.record(z.string(), z.unknown())).max(500).describe('Rules in order (docs/routing-and-sla.md)'),
        expectedVersion: z.number().int().min(0).describe('The version this edit started from'),
        comment: z.string().max(500).nullable().optional(),
      }),
      response: { 200: rulesAnswer, 400: errorResponseSchema, 409: errorResponseSchema },
    },
  }, async (request) => {
    const saved = await saveRules(ctx, principalOf(request), request.body, request.ip);
    return { version: saved.version, rules: saved.set.rules };
  });

  app.get('/api/routing/rules/versions', {
    config: { access: requires('routing.read') },
    schema: {
      tags: ['routing'], summary: 'Rule history, newest first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ versions: z.array(z.object({ version: z.number(), ruleCount: z.number(), createdBy: z.string().nullable(), comment: z.string().nullable(), createdAt: z.number() })) }) },
    },
  }, async (request) => ({
    versions: (await listRuleVersions(ctx.storage.db, principalOf(request).workspaceId, request.query.limit))
      .map((v) => ({ version: v.version, ruleCount: v.ruleCount, createdBy: v.createdBy, comment: v.comment, createdAt: v.createdAt })),
  }));

  app.get('/api/routing/rules/versions/:version', {
    config: { access: requires('routing.read') },
    schema: {
      tags: ['routing'], summary: 'One stored version of the rules', params: z.object({ version: z.coerce.number().int().min(1) }),
      response: { 200: rulesAnswer.extend({ createdBy: z.string().nullable(), comment: z.string().nullable(), createdAt: z.number() }), 404: errorResponseSchema },
    },
  }, async (request) => {
    const v = await ruleVersion(ctx.storage.db, principalOf(request).workspaceId, request.params.version);
    return { version: v.version, rules: v.set.rules, createdBy: v.createdBy, comment: v.comment, createdAt: v.createdAt };
  });

  app.post('/api/routing/rules/dry-run', {
    config: { access: requires('routing.read') },
    schema: {
      tags: ['routing'], summary: 'Run the rules (in force, a stored version, or a draft) on a sample message: which matched and why',
      body: z.object({ sample: sampleSchema, rules: z.array(z.record(z.string(), z.unknown())).max(500).optional(), version: z.number().int().min(1).optional() }),
      response: { 200: dryRunAnswer, 400: errorResponseSchema, 404: errorResponseSchema },
    },
  }, async (request) => {
    const result = await dryRun(ctx, principalOf(request).workspaceId, request.body);
    return {
      version: result.version, matched: result.matched, plan: { ...result.plan },
      rules: result.rules.map((r) => ({ id: r.id, name: r.name, outcome: r.outcome, ...(r.trace ? { trace: { ...r.trace } } : {}), actions: r.actions.map((a) => ({ ...a })) })),
    };
  });

  app.get('/api/routing/teams/:id/settings', {
    config: { access: requires('routing.read') },
    schema: { tags: ['routing'], summary: 'A team\'s routing settings (defaults filled in)', params: z.object({ id }), response: { 200: settingsSchema, 404: errorResponseSchema } },
  }, async (request) => ({ ...(await admin.getTeamSettings(ctx, principalOf(request), request.params.id)) }));

  app.put('/api/routing/teams/:id/settings', {
    config: { access: requires('routing.manage') },
    schema: { tags: ['routing'], summary: 'Set a team\'s routing settings', params: z.object({ id }), body: settingsSchema, response: { 200: settingsSchema, 400: errorResponseSchema, 404: errorResponseSchema } },
  }, async (request) => ({ ...(await admin.setTeamSettings(ctx, principalOf(request), request.params.id, request.body, request.ip)) }));

  app.get('/api/routing/agents', {
    config: { access: requires('routing.read') },
    schema: { tags: ['routing'], summary: 'Everyone\'s presence, skills, capacity and current load', response: { 200: z.object({ agents: z.array(agentSchema) }) } },
  }, async (request) => ({ agents: (await admin.listAgents(ctx, principalOf(request).workspaceId)).map(presentAgent) }));

  app.put('/api/routing/agents/:userId', {
    config: { access: requires('routing.manage') },
    schema: {
      tags: ['routing'], summary: 'Set a person\'s skills, own capacity and auto-assignment', params: z.object({ userId: id }),
      body: z.record(z.string(), z.unknown()).describe('{ skills: { languages, topics }, capacity: { total, perChannel } | null, autoAssign }'),
      response: { 200: agentSchema, 400: errorResponseSchema, 404: errorResponseSchema },
    },
  }, async (request) => presentAgent(await admin.setAgentProfile(ctx, principalOf(request), request.params.userId, request.body, request.ip)));

  app.get('/api/routing/queues', {
    config: { access: requires('routing.read') },
    schema: {
      tags: ['routing'], summary: 'Each team\'s waiting queue and who is online',
      response: { 200: z.object({ queues: z.array(z.object({ teamId: z.string(), name: z.string(), waiting: z.number(), oldestQueuedAt: z.number().nullable(), online: z.number(), away: z.number() })) }) },
    },
  }, async (request) => ({ queues: await admin.queueSummaries(ctx, principalOf(request).workspaceId) }));

  app.get('/api/routing/queues/:id', {
    config: { access: requires('routing.read') },
    schema: {
      tags: ['routing'], summary: 'A team\'s waiting conversations in the order they will be assigned', params: z.object({ id }),
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: { 200: z.object({ conversations: z.array(routedConversationSchema) }), 404: errorResponseSchema },
    },
  }, async (request) => {
    const waiting = await admin.queueOf(ctx, principalOf(request).workspaceId, request.params.id, request.query.limit);
    const labels = await listLabelsOf(ctx.storage.db, waiting.map((c) => c.id));
    return { conversations: waiting.map((c) => presentRouted(c, labels.get(c.id) ?? [])) };
  });

  app.get('/api/presence', {
    config: { access: requires('team.read') },
    schema: {
      tags: ['presence'], summary: 'Presence of the people the caller works with (their teams; leads: everyone)',
      response: { 200: z.object({ people: z.array(z.object({ userId: z.string(), name: z.string(), presence: z.enum(['online', 'away', 'offline']), since: z.number() })) }) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const wholeWorkspace = conversationScope(principal).kind === 'workspace';
    const agents = (await admin.listAgents(ctx, principal.workspaceId))
      .filter((a) => wholeWorkspace || a.userId === principal.userId || a.teamIds.some((t) => principal.teamIds.includes(t)));
    return { people: agents.map((a) => ({ userId: a.userId, name: a.name, presence: a.presence, since: a.presenceChangedAt })) };
  });

  app.put('/api/presence/me', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['presence'], summary: 'Choose away (no new work) or available; online also needs an open app',
      body: z.object({ away: z.boolean() }), response: { 200: z.object({ presence: z.enum(['online', 'away', 'offline']) }) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    return { presence: await deps.routing.presence.setManualAway(principal.workspaceId, principal.userId, request.body.away) };
  });
}
