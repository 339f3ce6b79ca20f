// What people do with triage through the API: read and change the workspace's triage config,
// read an item's triage with its explanation, and correct a conversation's triage (which the
// workspace's model learns from).
import type { Clock } from '../core/clock.ts';
import { authorize, type Principal } from '../core/access/principal.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { Routing } from '../routing/routing.ts';
import { correctTriage, type CommandResult } from '../routing/conversation.commands.ts';
import type { Storage } from '../storage/storage.ts';
import { findConversationInScope } from '../storage/repositories/conversations.repository.ts';
import {
  countLabels, findMessageTriage, latestInboundMessageId, readWorkspaceTriage, saveTriageConfig,
} from '../storage/repositories/workspace-triage.repository.ts';
import { parseTriageConfig, type Kind, type Sentiment, type TriageConfig } from '../triage/index.ts';
import { loadedTriage, type WorkspaceTriageEngines } from './engines.ts';

export interface TriageServiceDeps {
  storage: Storage;
  clock: Clock;
  engines: WorkspaceTriageEngines;
  routing: Routing;
}

export interface TriageSettings {
  config: TriageConfig;
  topics: string[];
  version: number;
  learned: { updates: number; labels: number; pending: number };
}

export async function readTriageSettings(deps: TriageServiceDeps, principal: Principal): Promise<TriageSettings> {
  authorize(principal, 'routing.read');
  const db = deps.storage.db;
  const row = await readWorkspaceTriage(db, principal.workspaceId);
  const { config, state } = loadedTriage(row);
  const engine = await deps.engines.forWorkspace(db, principal.workspaceId);
  const labels = await countLabels(db, principal.workspaceId);
  return { config, topics: [...engine.topics], version: Number(row?.version ?? 0), learned: { updates: state?.updates ?? 0, labels: labels.total, pending: labels.pending } };
}

export async function updateTriageConfig(deps: TriageServiceDeps, principal: Principal, value: unknown): Promise<TriageSettings> {
  authorize(principal, 'routing.manage');
  let config: TriageConfig;
  try {
    config = parseTriageConfig(value);
  } catch (error) {
    throw new DomainError('validation_failed', `Triage config: ${(error as Error).message}`, { field: 'config' });
  }
  await saveTriageConfig(deps.storage.db, principal.workspaceId, JSON.stringify(config), deps.clock.now());
  deps.engines.invalidate(principal.workspaceId);
  return readTriageSettings(deps, principal);
}

/** The stored triage of the conversation's newest inbound item, with its explanation. */
export async function readConversationTriage(deps: TriageServiceDeps, principal: Principal, conversationId: string) {
  authorize(principal, 'conversation.read');
  const db = deps.storage.db;
  if (!(await findConversationInScope(db, conversationScope(principal), conversationId))) throw notFound('Conversation');
  const messageId = await latestInboundMessageId(db, principal.workspaceId, conversationId);
  const row = messageId ? await findMessageTriage(db, principal.workspaceId, messageId) : undefined;
  if (!row) return null;
  return {
    messageId: row.message_id, needsResponse: row.needs_response === 1, kind: row.kind, sentiment: row.sentiment, topic: row.topic,
    urgency: Number(row.urgency), language: row.language, influence: Number(row.influence), priority: Number(row.priority),
    modelVersion: row.model_version, details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export async function correctConversationTriage(deps: TriageServiceDeps, principal: Principal, conversationId: string,
  input: { kind?: Kind; topic?: string; sentiment?: Sentiment }): Promise<CommandResult> {
  authorize(principal, 'conversation.update');
  if (input.topic !== undefined) {
    const engine = await deps.engines.forWorkspace(deps.storage.db, principal.workspaceId);
    if (!engine.topics.includes(input.topic)) {
      throw new DomainError('validation_failed', `Unknown topic; this workspace's topics are ${engine.topics.join(', ')}`, { field: 'topic' });
    }
  }
  return correctTriage(deps.routing.ctx, principal, conversationId, input);
}
