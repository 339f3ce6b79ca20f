// Triage through the API: the workspace's triage config (topics, priority weights) and what it
// has learned, an item's triage with its explanation, and people's corrections.
import { z } from 'zod';
import { KINDS, SENTIMENTS } from '../../triage/index.ts';
import {
  correctConversationTriage, readConversationTriage, readTriageSettings, updateTriageConfig, type TriageServiceDeps,
} from '../../workspace-triage/triage.service.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { presentRouted, routedConversationSchema } from '../presenters/routing.presenter.ts';

const params = z.object({ id: z.string().max(64) });

const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,64}$/).describe('Lower-case letters, digits and _; default ids use the shipped topic model'),
  keywords: z.array(z.string().min(1).max(100)).max(100).optional().describe('Words that point to the topic (a trailing * matches any ending)'),
  examples: z.array(z.string().min(1).max(1000)).max(200).optional().describe('Example posts learned into the workspace model'),
});
const configSchema = z.object({
  topics: z.array(topicSchema).max(50).optional(),
  priorityWeights: z.record(z.string(), z.number().min(0).max(100)).optional().describe('Weights of the priority components (normalized by their sum)'),
  needsResponseThreshold: z.number().min(0).max(1).optional(),
});

const settingsSchema = z.object({
  config: configSchema,
  topics: z.array(z.string()).describe('The topics triage assigns in this workspace'),
  version: z.number().int(),
  learned: z.object({
    updates: z.number().int().describe('Labels the workspace model has learned from'),
    labels: z.number().int().describe('Labels recorded from agents\' actions'),
    pending: z.number().int().describe('Labels not yet learned (a job applies them within seconds)'),
  }),
});

const itemTriageSchema = z.object({
  messageId: z.string(), needsResponse: z.boolean(), kind: z.string(), sentiment: z.string(), topic: z.string(),
  urgency: z.number().int(), language: z.string(), influence: z.number(), priority: z.number().int().describe('0..100'),
  modelVersion: z.string(), details: z.record(z.string(), z.unknown()).describe('Scores, priority components and the explanation'),
}).nullable();

export function registerTriageRoutes(app: ApiApp, deps: TriageServiceDeps): void {
  app.get('/api/triage/config', {
    config: { access: requires('routing.read') },
    schema: { tags: ['triage'], summary: 'The workspace\'s triage config and what its model has learned', response: { 200: settingsSchema } },
  }, async (request) => readTriageSettings(deps, principalOf(request)));

  app.put('/api/triage/config', {
    config: { access: requires('routing.manage') },
    schema: {
      tags: ['triage'], summary: 'Replace the workspace\'s triage config (topics with keywords and examples, priority weights)',
      body: configSchema, response: { 200: settingsSchema, 400: errorResponseSchema },
    },
  }, async (request) => updateTriageConfig(deps, principalOf(request), request.body));

  app.get('/api/conversations/:id/triage', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['triage'], summary: 'Triage of the conversation\'s latest inbound item, with its explanation (null before any)', params,
      response: { 200: z.object({ triage: itemTriageSchema }), 404: errorResponseSchema },
    },
  }, async (request) => ({ triage: await readConversationTriage(deps, principalOf(request), request.params.id) }));

  app.post('/api/conversations/:id/triage', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['triage'], summary: 'Correct triage (kind, topic, sentiment); the workspace\'s model learns from it', params,
      body: z.object({ kind: z.enum(KINDS).optional(), topic: z.string().min(1).max(64).optional(), sentiment: z.enum(SENTIMENTS).optional() }),
      response: { 200: z.object({ conversation: routedConversationSchema }), 400: errorResponseSchema, 404: errorResponseSchema },
    },
  }, async (request) => {
    const result = await correctConversationTriage(deps, principalOf(request), request.params.id, request.body);
    return { conversation: presentRouted(result.conversation, result.labels) };
  });
}
