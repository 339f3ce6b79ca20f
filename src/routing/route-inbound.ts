// The ingestion pipeline's routing hook: called in the pipeline's transaction right after an
// inbound customer message is stored (and triaged). It records the triage summary, reopens the
// conversation when the customer needs something, runs the workspace's rules, starts or resumes
// the SLA clocks, and puts the conversation in its team's queue (a drain job assigns it right
// after the commit).
import { notFound } from '../core/errors.ts';
import type { ContactFacts, RuleTrigger, TriageFacts } from '../core/routing/facts.ts';
import { clampPriority } from '../core/routing/priority.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import { emit } from '../events/emit.ts';
import type { Executor } from '../storage/storage.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import { findChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { applySla } from '../sla/sla-clocks.ts';
import type { RoutingContext } from './routing-context.ts';
import { currentRules } from './rules.service.ts';
import { factsFromConversation } from './rule-facts.ts';
import { applyPlan } from './apply-plan.ts';
import { setPriority, setStatus, syncQueue } from './conversation-changes.ts';
import type { TeamDecision } from '../core/routing/routing-plan.ts';

export interface InboundMessageFacts {
  workspaceId: string;
  conversationId: string;
  messageId: string;
  /** The platform's time of the message (epoch ms). */
  at: number;
  text: string;
  /** post, comment, reply, mention, dm, email, sms, chat... */
  messageKind: string;
  /** True when this message created the conversation; when omitted, inferred from the stored messages. */
  conversationCreated?: boolean;
  triage?: TriageFacts;
  contact?: ContactFacts;
}

export interface RoutingOutcome {
  conversation: RoutingConversation;
  rulesVersion: number;
  matchedRuleIds: string[];
  trigger: RuleTrigger;
}

async function isFirstInbound(tx: Executor, conversationId: string): Promise<boolean> {
  const row = await tx.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conversation_id', '=', conversationId).where('direction', '=', 'inbound').executeTakeFirst();
  return Number(row?.n ?? 0) <= 1;
}

/**
 * Stores the message's triage summary on the conversation. A message that needs nothing never
 * clears an ongoing need. A new conversation also takes triage's priority in the same update: it
 * has no team, queue place or SLA clock yet that a priority change would have to move.
 */
async function recordTriage(ctx: RoutingContext, tx: Executor, c: RoutingConversation, triage: TriageFacts, created: boolean, needs: boolean): Promise<RoutingConversation> {
  const needsResponse = needs ? true : created ? false : c.needsResponse;
  const raised = created && c.teamId === null && triage.priority !== undefined && clampPriority(triage.priority) > c.priority;
  const changes = {
    needsResponse, kind: triage.kind ?? c.kind, sentiment: triage.sentiment ?? c.sentiment, topic: triage.topic ?? c.topic,
    urgency: triage.urgency ?? c.urgency, language: triage.language ?? c.language, influence: triage.influence ?? c.influence,
    ...(raised ? { priority: clampPriority(triage.priority!) } : {}),
  };
  await routing.updateRoutingConversation(tx, c.workspaceId, c.id, changes, ctx.clock.now());
  if (raised) {
    await emit(tx, ctx.clock, {
      type: 'conversation.priority_changed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
      payload: { conversationId: c.id, priority: changes.priority!, previous: c.priority, reason: 'triage', byUserId: null },
    });
  }
  return { ...c, ...changes };
}

async function channelDefault(ctx: RoutingContext, tx: Executor, c: RoutingConversation): Promise<TeamDecision | null> {
  const account = await ctx.settings.get(c.workspaceId, `channel:${c.channelAccountId}`, () => findChannelAccount(tx, c.workspaceId, c.channelAccountId));
  return account?.defaultTeamId ? { kind: 'team', teamId: account.defaultTeamId, ruleId: 'channel-default' } : null;
}

export async function routeInbound(ctx: RoutingContext, tx: Executor, input: InboundMessageFacts): Promise<RoutingOutcome> {
  const c = await routing.lockRoutingConversation(tx, input.workspaceId, input.conversationId, ctx.clock.now());
  if (!c) throw notFound('Conversation');
  return routeLocked(ctx, tx, c, input);
}

/**
 * Routes a batch of new messages in order. The caller has written every one of their
 * conversations in this transaction (the ingest pipeline has: that holds their locks), so they
 * are read in one query instead of locked one by one; a conversation's second message in the
 * batch reads it again, as routing the first changed it.
 */
export async function routeInboundBatch(ctx: RoutingContext, tx: Executor, inputs: readonly InboundMessageFacts[]): Promise<RoutingOutcome[]> {
  const firsts = new Map<string, InboundMessageFacts>();
  for (const input of inputs) if (!firsts.has(input.conversationId)) firsts.set(input.conversationId, input);
  const loaded = await routing.findRoutingConversations(tx, [...firsts.values()].map((i) => ({ workspaceId: i.workspaceId, id: i.conversationId })));
  const outcomes: RoutingOutcome[] = [];
  for (const input of inputs) {
    const c = firsts.get(input.conversationId) === input ? loaded.get(input.conversationId) : undefined;
    outcomes.push(c ? await routeLocked(ctx, tx, c, input) : await routeInbound(ctx, tx, input));
  }
  return outcomes;
}

async function routeLocked(ctx: RoutingContext, tx: Executor, locked: RoutingConversation, input: InboundMessageFacts): Promise<RoutingOutcome> {
  let c = locked;
  const triage = input.triage ?? {};
  // Untriaged messages are assumed to need an answer: better a false alarm than a missed customer.
  const needs = triage.needsResponse ?? true;
  const created = input.conversationCreated ?? await isFirstInbound(tx, c.id);
  const trigger: RuleTrigger = created || (c.status === 'resolved' && needs) ? 'conversation_opened' : 'message_received';
  c = await recordTriage(ctx, tx, c, triage, created, needs);
  if (needs && c.status !== 'open') c = await setStatus(ctx, tx, c, 'open', { byUserId: null, at: input.at });
  if (triage.priority !== undefined && clampPriority(triage.priority) > c.priority) c = await setPriority(ctx, tx, c, triage.priority, 'triage', null);

  const rules = await currentRules(ctx, tx, c.workspaceId);
  // Labels are read only when some rule looks at them.
  const labels = rules.compiled.readsLabels ? await routing.listLabels(tx, c.id) : [];
  const facts = await factsFromConversation(ctx, tx, c, { trigger, text: input.text, messageKind: input.messageKind, at: input.at, triage, contact: input.contact ?? {}, labels });
  const decision = rules.compiled.decide(facts);
  // No rule chose a team and it has none: the channel's default team (before notifications, which go to its lead).
  const plan = decision.plan.team === null && c.teamId === null ? { ...decision.plan, team: await channelDefault(ctx, tx, c) } : decision.plan;
  c = await applyPlan(ctx, tx, c, plan, input.messageId);
  await emit(tx, ctx.clock, {
    type: 'conversation.routed', workspaceId: c.workspaceId, subjectId: c.id, teamId: c.teamId,
    payload: { conversationId: c.id, messageId: input.messageId, rulesVersion: rules.version, matchedRuleIds: decision.matched.map((m) => m.id), noResponse: decision.plan.noResponse },
  });
  if (needs && c.status === 'open') await applySla(ctx, tx, c, { kind: 'inbound', at: input.at });
  c = await syncQueue(ctx, tx, c);
  return { conversation: c, rulesVersion: rules.version, matchedRuleIds: decision.matched.map((m) => m.id), trigger };
}
