// Changing a conversation's routing: assign or release, hand off to care, status, priority,
// labels and SLA policy; and reading its routing state (SLA clocks, breaches, who is viewing).
// Every route answers "not found" for conversations outside the caller's scope.
import { z } from 'zod';
import { conversationScope } from '../../core/access/conversation-policy.ts';
import { CONVERSATION_STATUSES } from '../../core/conversation/conversation.ts';
import { notFound } from '../../core/errors.ts';
import { MAX_PRIORITY, MIN_PRIORITY } from '../../core/routing/priority.ts';
import type { Routing } from '../../routing/routing.ts';
import * as commands from '../../routing/conversation.commands.ts';
import { findConversationInScope } from '../../storage/repositories/conversations.repository.ts';
import { findRoutingConversation, listLabels } from '../../storage/repositories/routing.repository.ts';
import { listBreaches, listClocks } from '../../storage/repositories/sla.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { errorResponseSchema } from '../errors.ts';
import { breachSchema, collisionSchema, presentBreach, presentClock, presentRouted, routedConversationSchema, slaClockSchema } from '../presenters/routing.presenter.ts';

interface Deps {
  routing: Routing;
}

const params = z.object({ id: z.string().max(64) });
const id = z.string().min(1).max(64);
const answer = { 200: z.object({ conversation: routedConversationSchema }), 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const present = (result: commands.CommandResult) => ({ conversation: presentRouted(result.conversation, result.labels) });

export function registerConversationCommandRoutes(app: ApiApp, deps: Deps): void {
  const ctx = deps.routing.ctx;

  app.post('/api/conversations/:id/assignment', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['conversations'], summary: 'Assign to a person and/or team; take it yourself or release it (others need conversation.assign_any)', params,
      body: z.object({
        assigneeId: id.nullable().optional().describe('A person in the (new) team; null releases it to the team queue'),
        teamId: id.nullable().optional().describe('Move to this team; null takes it out of every team queue'),
      }),
      response: answer,
    },
  }, async (request) => present(await commands.assignConversation(ctx, principalOf(request), request.params.id, request.body)));

  app.post('/api/conversations/:id/handoff', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['conversations'], summary: 'Hand off to care (marketing/PR to care in one step): the named care team or the first one', params,
      body: z.object({ teamId: id.optional() }), response: answer,
    },
  }, async (request) => present(await commands.handOffToCare(ctx, principalOf(request), request.params.id, request.body)));

  app.post('/api/conversations/:id/status', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['conversations'], summary: 'Change status: open, pending (waiting on the customer), snoozed (until a time), resolved', params,
      body: z.object({ status: z.enum(CONVERSATION_STATUSES), snoozedUntil: z.number().int().nullable().optional().describe('For snoozed: when it wakes (epoch ms)') }),
      response: answer,
    },
  }, async (request) => present(await commands.changeStatus(ctx, principalOf(request), request.params.id, request.body)));

  app.post('/api/conversations/:id/priority', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['conversations'], summary: 'Set priority: 0 none, 1 low, 2 medium, 3 high, 4 urgent', params,
      body: z.object({ priority: z.number().int().min(MIN_PRIORITY).max(MAX_PRIORITY) }), response: answer,
    },
  }, async (request) => present(await commands.changePriority(ctx, principalOf(request), request.params.id, request.body.priority)));

  app.post('/api/conversations/:id/labels', {
    config: { access: requires('conversation.update') },
    schema: {
      tags: ['conversations'], summary: 'Add and remove labels (lower-cased)', params,
      body: z.object({ add: z.array(z.string().min(1).max(50)).max(20).optional(), remove: z.array(z.string().min(1).max(50)).max(20).optional() }),
      response: answer,
    },
  }, async (request) => present(await commands.changeConversationLabels(ctx, principalOf(request), request.params.id, request.body)));

  app.put('/api/conversations/:id/sla-policy', {
    config: { access: requires('sla.manage') },
    schema: {
      tags: ['sla'], summary: 'Choose the SLA policy for this conversation (null: the workspace default); running deadlines move', params,
      body: z.object({ policyId: id.nullable() }), response: answer,
    },
  }, async (request) => present(await commands.changeSlaPolicy(ctx, principalOf(request), request.params.id, request.body.policyId)));

  app.get('/api/conversations/:id/routing', {
    config: { access: requires('conversation.read') },
    schema: {
      tags: ['conversations'], summary: 'Routing state: labels, queue position, SLA clocks and breaches, who is viewing and typing', params,
      response: {
        200: z.object({ conversation: routedConversationSchema, sla: z.array(slaClockSchema), breaches: z.array(breachSchema), collision: collisionSchema }),
        404: errorResponseSchema,
      },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const db = ctx.storage.db;
    const visible = await findConversationInScope(db, conversationScope(principal), request.params.id);
    const c = visible && await findRoutingConversation(db, principal.workspaceId, visible.id);
    if (!c) throw notFound('Conversation');
    const snapshot = deps.routing.collision?.snapshot(c.id) ?? { viewing: [], typing: [] };
    return {
      conversation: presentRouted(c, await listLabels(db, c.id)),
      sla: (await listClocks(db, c.id)).map(presentClock),
      breaches: (await listBreaches(db, principal.workspaceId, { conversationId: c.id, limit: 100 })).map(presentBreach),
      collision: { viewing: snapshot.viewing, typing: snapshot.typing },
    };
  });
}
