// Replying: the agent's message is stored with its outbox row in one transaction, then sent by
// the account's sender. Everything a platform would refuse is refused here first, in plain words.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { authorize, type Principal } from '../core/access/principal.ts';
import type { Message } from '../core/conversation/conversation.ts';
import type { ReplyKind } from '../core/replies/reply-options.ts';
import type { OutboundRequest } from '../channels/channel-adapter.ts';
import type { Executor, Storage, Tx } from '../storage/storage.ts';
import { insertMessage } from '../storage/repositories/conversations.repository.ts';
import { insertOutboxItem } from '../storage/repositories/outbox.repository.ts';
import { findTemplate } from '../storage/repositories/replies.repository.ts';
import { isUniqueViolation } from '../storage/errors.ts';
import { emit } from '../events/emit.ts';
import { loadReplyContext, loadReplyContextAsSystem, optionsFor, type ReplyContext } from './reply-context.ts';
import type { ChannelLookup, OutboxSender } from './outbox-sender.ts';

export interface ReplyDeps {
  storage: Storage;
  clock: Clock;
  channels: ChannelLookup;
  sender: OutboxSender;
  /** Collision check: refuses a reply when someone else answered after `lastSeenMessageId`. */
  assertNoNewerReply?: (tx: Tx, conversationId: string, lastSeenMessageId: string, authorUserId: string | null) => Promise<void>;
  /** A person (not a rule) answered: triage learns that the item needed a response. */
  onAgentReply?: (tx: Tx, reply: { workspaceId: string; conversationId: string; inReplyToMessageId?: string; userId: string }) => Promise<void>;
}

export interface ReplyInput {
  kind: ReplyKind;
  text?: string;
  /** The message answered (default: the customer's latest). */
  inReplyToMessageId?: string;
  /** The newest message the author saw; a newer reply by someone else is a conflict. */
  lastSeenMessageId?: string;
  template?: { id: string; variables: string[] };
}

const MESSAGE_KIND: Record<ReplyKind, string> = { public_reply: 'reply', private_reply: 'private_reply', dm: 'dm' };

function textLength(text: string): number {
  return [...new Intl.Segmenter().segment(text)].length;
}

async function templateText(deps: ReplyDeps, principal: Principal, context: ReplyContext, template: NonNullable<ReplyInput['template']>) {
  const row = await findTemplate(deps.storage.db, principal.workspaceId, template.id);
  if (!row || row.channel_account_id !== context.account.id) throw notFound('Template');
  if (template.variables.length !== row.variable_count) {
    throw new DomainError('validation_failed', `Template "${row.name}" takes ${row.variable_count} variable(s)`, { field: 'template.variables' });
  }
  const text = row.body.replace(/\{\{(\d+)\}\}/g, (_m, n: string) => template.variables[Number(n) - 1] ?? '');
  return { text, template: { name: row.name, language: row.language, variables: template.variables } };
}

function target(context: ReplyContext, input: ReplyInput): Message | null {
  if (!input.inReplyToMessageId) return context.latestInbound;
  const message = context.messages.find((m) => m.id === input.inReplyToMessageId);
  if (!message) throw notFound('Message to reply to');
  return message;
}

export async function queueReply(deps: ReplyDeps, principal: Principal, conversationId: string, input: ReplyInput): Promise<Message> {
  authorize(principal, 'conversation.reply');
  const context = await loadReplyContext(deps.storage.db, deps.channels, principal, conversationId);
  const rendered = input.template ? await templateText(deps, principal, context, input.template) : null;
  const prepared = await prepareReply(deps.storage.db, deps.clock, context, input, rendered);
  const message = outboundMessage(context, prepared, { authorUserId: principal.userId, now: deps.clock.now() });
  await deps.storage.transaction(async (tx) => {
    if (input.lastSeenMessageId && deps.assertNoNewerReply) await deps.assertNoNewerReply(tx, conversationId, input.lastSeenMessageId, principal.userId);
    await storeReply(deps, tx, context, message, prepared.request);
    await deps.onAgentReply?.(tx, {
      workspaceId: principal.workspaceId, conversationId, userId: principal.userId,
      ...(input.inReplyToMessageId ? { inReplyToMessageId: input.inReplyToMessageId } : {}),
    });
  });
  return message;
}

/**
 * A rule's acknowledgement ("Thanks, we are on it"): queued in the routing transaction through
 * the same path as a person's reply, on the surface the customer used. Skipped (with no error)
 * when the platform would refuse it now, such as outside a messaging window.
 */
export async function queueAcknowledgement(deps: ReplyDeps, tx: Executor, request: { workspaceId: string; conversationId: string; messageId: string; ruleId: string; text: string }): Promise<boolean> {
  const context = await loadReplyContextAsSystem(tx, deps.channels, request.workspaceId, request.conversationId);
  if (!context) return false;
  const kind: ReplyKind = context.conversation.surface === 'public' ? 'public_reply' : 'dm';
  let prepared: PreparedReply;
  try {
    prepared = await prepareReply(tx, deps.clock, context, { kind, text: request.text, inReplyToMessageId: request.messageId }, null);
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
  const message = outboundMessage(context, prepared, { authorUserId: null, now: deps.clock.now(), automatic: request.ruleId });
  await storeReply(deps, tx, context, message, prepared.request);
  return true;
}

interface PreparedReply {
  kind: ReplyKind;
  text: string;
  inReplyTo: string | null;
  humanAgentTag: boolean;
  template: OutboundRequest['template'] | null;
  request: Omit<OutboundRequest, 'idempotencyKey'>;
}

/** Checks a reply against the platform's rules and builds what the outbox will send. */
async function prepareReply(db: Executor, clock: Clock, context: ReplyContext, input: ReplyInput,
  rendered: { text: string; template: NonNullable<OutboundRequest['template']> } | null): Promise<PreparedReply> {
  const answered = target(context, input);
  const option = (await optionsFor(db, clock, context, answered)).find((o) => o.kind === input.kind);
  if (!option) throw new DomainError('validation_failed', `${context.adapter.displayName} has no ${input.kind.replace('_', ' ')}`, { field: 'kind' });
  if (!option.allowed) throw new DomainError('conflict', option.reason ?? 'This reply is not allowed now', { suggestion: option.suggestion, kind: input.kind });
  if (option.requiresTemplate && !rendered) {
    throw new DomainError('conflict', option.reason ?? 'Only an approved template may be sent now', { suggestion: 'Choose a template', kind: input.kind });
  }
  const text = (rendered?.text ?? input.text ?? '').trim();
  if (text === '') throw new DomainError('validation_failed', 'The reply is empty', { field: 'text' });
  if (textLength(text) > context.adapter.capabilities.maxTextLength) {
    throw new DomainError('validation_failed', `${context.adapter.displayName} allows ${context.adapter.capabilities.maxTextLength} characters; this reply has ${textLength(text)}`, { field: 'text' });
  }
  const recipient = context.customer?.externalId;
  if (input.kind === 'dm' && !recipient) throw new DomainError('conflict', 'The customer has no identity on this network to message', { suggestion: 'Reply publicly' });
  const inReplyTo = input.kind === 'dm' ? null : answered?.platformMessageId ?? null;
  if (input.kind !== 'dm' && !inReplyTo) throw new DomainError('conflict', 'There is no platform message to answer yet', { suggestion: 'Wait until the customer\'s message has arrived' });
  const template = rendered?.template ?? null;
  return {
    kind: input.kind, text, inReplyTo, humanAgentTag: option.humanAgentTag, template,
    request: {
      kind: input.kind, text, inReplyToPlatformId: inReplyTo, recipientExternalId: recipient ?? '', threadKey: context.conversation.threadKey,
      ...(inReplyTo && answered?.parentPlatformId ? { inReplyToParentPlatformId: answered.parentPlatformId } : {}),
      ...(template ? { template } : {}), ...(option.humanAgentTag ? { humanAgentTag: true } : {}),
    },
  };
}

function outboundMessage(context: ReplyContext, reply: PreparedReply, by: { authorUserId: string | null; now: number; automatic?: string }): Message {
  const { conversation } = context;
  return {
    id: newId(by.now), workspaceId: conversation.workspaceId, conversationId: conversation.id, channelAccountId: context.account.id, direction: 'outbound',
    kind: MESSAGE_KIND[reply.kind], surface: reply.kind === 'public_reply' ? 'public' : 'private', platformMessageId: null,
    parentPlatformId: reply.inReplyTo, authorIdentityId: null, authorUserId: by.authorUserId, body: reply.text,
    meta: {
      replyKind: reply.kind, ...(reply.humanAgentTag ? { humanAgentTag: true } : {}), ...(reply.template ? { template: reply.template.name } : {}),
      // Automatic replies (rule acknowledgements) are not a person's response: SLA clocks ignore them.
      ...(by.automatic ? { automatic: true, ruleId: by.automatic } : {}),
    },
    status: 'queued', platformCreatedAt: by.now, createdAt: by.now,
  };
}

/** The message, its outbox row (idempotency key = message id) and its event, in `tx`; then a drain. */
async function storeReply(deps: ReplyDeps, tx: Executor, context: ReplyContext, message: Message, request: Omit<OutboundRequest, 'idempotencyKey'>): Promise<void> {
  try {
    await insertMessage(tx, message);
  } catch (error) {
    // Two agents raced for the comment's one private reply; the database let one through.
    if (request.kind === 'private_reply' && isUniqueViolation(error)) {
      throw new DomainError('conflict', 'This comment already has its one private reply', { suggestion: 'Continue in the direct messages' });
    }
    throw error;
  }
  await insertOutboxItem(tx, {
    id: newId(message.createdAt), workspaceId: message.workspaceId, channelAccountId: context.account.id, conversationId: message.conversationId,
    messageId: message.id, idempotencyKey: message.id, payload: JSON.stringify({ ...request, idempotencyKey: message.id }),
    nextAttemptAt: message.createdAt, createdAt: message.createdAt,
  });
  await emit(tx, deps.clock, { type: 'message.created', workspaceId: message.workspaceId, subjectId: message.conversationId, teamId: context.conversation.teamId, payload: { conversationId: message.conversationId, messageId: message.id, direction: 'outbound' } });
  await deps.sender.schedule(context.account.id, message.createdAt, tx);
}
