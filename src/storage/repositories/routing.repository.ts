// Routing state of conversations: the triage summary, labels, the team waiting queues and the
// agents' loads. Team settings, agent profiles and presence are in routing-config.repository.ts.
import { sql } from 'kysely';
import type { RoutingConversation } from '../../core/routing/routing-conversation.ts';
import type { ConversationStatus } from '../../core/conversation/conversation.ts';
import type { Load } from '../../core/routing/assignment.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { toConversation } from './conversations.repository.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

type ConversationRow = Row<'conversations'> & { network: string };

export const toRoutingConversation = (row: ConversationRow): RoutingConversation => ({
  ...toConversation(row), network: row.network,
  needsResponse: row.needs_response === null ? null : Number(row.needs_response) === 1,
  kind: row.kind, sentiment: row.sentiment, topic: row.topic, urgency: num(row.urgency), language: row.language,
  influence: num(row.influence), slaPolicyId: row.sla_policy_id, queuedAt: num(row.queued_at), assignedAt: num(row.assigned_at),
});

function selectRouting(db: Executor) {
  return db.selectFrom('conversations').innerJoin('channel_accounts', 'channel_accounts.id', 'conversations.channel_account_id')
    .selectAll('conversations').select('channel_accounts.network');
}

export async function findRoutingConversation(db: Executor, workspaceId: string, id: string): Promise<RoutingConversation | undefined> {
  const row = await selectRouting(db).where('conversations.workspace_id', '=', workspaceId).where('conversations.id', '=', id).executeTakeFirst();
  return row && toRoutingConversation(row);
}

/** Several conversations of known workspaces in one query (missing ones are left out). */
export async function findRoutingConversations(db: Executor, keys: ReadonlyArray<{ workspaceId: string; id: string }>): Promise<Map<string, RoutingConversation>> {
  const found = new Map<string, RoutingConversation>();
  if (keys.length === 0) return found;
  const workspaceOf = new Map(keys.map((k) => [k.id, k.workspaceId]));
  const rows = await selectRouting(db).where('conversations.id', 'in', [...workspaceOf.keys()]).execute();
  for (const row of rows) if (workspaceOf.get(row.id) === row.workspace_id) found.set(row.id, toRoutingConversation(row));
  return found;
}

export interface RoutingChanges {
  status?: ConversationStatus;
  priority?: number;
  teamId?: string | null;
  assigneeId?: string | null;
  snoozedUntil?: number | null;
  needsResponse?: boolean | null;
  kind?: string | null;
  sentiment?: string | null;
  topic?: string | null;
  urgency?: number | null;
  language?: string | null;
  influence?: number | null;
  slaPolicyId?: string | null;
  queuedAt?: number | null;
  assignedAt?: number | null;
  firstResponseAt?: number | null;
}

const COLUMN: Record<keyof RoutingChanges, string> = {
  status: 'status', priority: 'priority', teamId: 'team_id', assigneeId: 'assignee_id', snoozedUntil: 'snoozed_until',
  needsResponse: 'needs_response', kind: 'kind', sentiment: 'sentiment', topic: 'topic', urgency: 'urgency', language: 'language',
  influence: 'influence', slaPolicyId: 'sla_policy_id', queuedAt: 'queued_at', assignedAt: 'assigned_at', firstResponseAt: 'first_response_at',
};

export async function updateRoutingConversation(db: Executor, workspaceId: string, id: string, changes: RoutingChanges, now: number): Promise<void> {
  const set: Record<string, unknown> = { updated_at: now };
  for (const [key, value] of Object.entries(changes) as Array<[keyof RoutingChanges, unknown]>) {
    if (value === undefined) continue;
    set[COLUMN[key]] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  await db.updateTable('conversations').set(set).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** A team's waiting conversations in drain order: rank = queued_at - priority × step (see core/routing/queue-order.ts). */
export async function listWaiting(db: Executor, workspaceId: string, teamId: string, agingStepMs: number, limit: number): Promise<RoutingConversation[]> {
  const rows = await selectRouting(db)
    .where('conversations.workspace_id', '=', workspaceId).where('conversations.team_id', '=', teamId)
    .where('conversations.queued_at', 'is not', null)
    .orderBy(sql`conversations.queued_at - conversations.priority * ${agingStepMs}`).orderBy('conversations.queued_at').orderBy('conversations.id')
    .limit(limit).execute();
  return rows.map(toRoutingConversation);
}

export async function countWaiting(db: Executor, workspaceId: string): Promise<Array<{ teamId: string; waiting: number; oldestQueuedAt: number }>> {
  const rows = await db.selectFrom('conversations')
    .select(['team_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('queued_at').as('oldest')])
    .where('workspace_id', '=', workspaceId).where('queued_at', 'is not', null).where('team_id', 'is not', null)
    .groupBy('team_id').execute();
  return rows.map((r) => ({ teamId: r.team_id!, waiting: Number(r.n), oldestQueuedAt: Number(r.oldest) }));
}

/** Open conversations per agent and network: what counts against capacity. */
export async function loadsOf(db: Executor, workspaceId: string, userIds: readonly string[]): Promise<Map<string, Load>> {
  const loads = new Map<string, Load>(userIds.map((id) => [id, { total: 0, perChannel: {} }]));
  if (userIds.length === 0) return loads;
  const rows = await db.selectFrom('conversations').innerJoin('channel_accounts', 'channel_accounts.id', 'conversations.channel_account_id')
    .select(['conversations.assignee_id', 'channel_accounts.network', (eb) => eb.fn.countAll<number>().as('n')])
    .where('conversations.workspace_id', '=', workspaceId).where('conversations.status', '=', 'open')
    .where('conversations.assignee_id', 'in', [...userIds])
    .groupBy(['conversations.assignee_id', 'channel_accounts.network']).execute();
  for (const row of rows) {
    const load = loads.get(row.assignee_id!)!;
    const n = Number(row.n);
    loads.set(row.assignee_id!, { total: load.total + n, perChannel: { ...load.perChannel, [row.network]: n } });
  }
  return loads;
}

/** An agent's conversations in the given statuses (reassignment when they go offline). */
export async function listAssigned(db: Executor, workspaceId: string, userId: string, statuses: readonly ConversationStatus[]): Promise<RoutingConversation[]> {
  const rows = await selectRouting(db).where('conversations.workspace_id', '=', workspaceId)
    .where('conversations.assignee_id', '=', userId).where('conversations.status', 'in', [...statuses])
    .orderBy('conversations.id').execute();
  return rows.map(toRoutingConversation);
}

export async function listLabels(db: Executor, conversationId: string): Promise<string[]> {
  const rows = await db.selectFrom('conversation_labels').select('label').where('conversation_id', '=', conversationId).orderBy('label').execute();
  return rows.map((r) => r.label);
}

export async function listLabelsOf(db: Executor, conversationIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(conversationIds.map((id) => [id, []]));
  if (conversationIds.length === 0) return result;
  const rows = await db.selectFrom('conversation_labels').select(['conversation_id', 'label'])
    .where('conversation_id', 'in', [...conversationIds]).orderBy('label').execute();
  for (const row of rows) result.get(row.conversation_id)?.push(row.label);
  return result;
}

/** Adds labels not yet present; returns those actually added. */
export async function addLabels(db: Executor, workspaceId: string, conversationId: string, labels: readonly string[], now: number): Promise<string[]> {
  const existing = new Set(await listLabels(db, conversationId));
  const added = [...new Set(labels)].filter((l) => !existing.has(l));
  if (added.length > 0) {
    await db.insertInto('conversation_labels')
      .values(added.map((label) => ({ conversation_id: conversationId, label, workspace_id: workspaceId, created_at: now })))
      .onConflict((oc) => oc.columns(['conversation_id', 'label']).doNothing()).execute();
  }
  return added;
}

export async function removeLabels(db: Executor, conversationId: string, labels: readonly string[]): Promise<string[]> {
  if (labels.length === 0) return [];
  const existing = new Set(await listLabels(db, conversationId));
  const removed = [...new Set(labels)].filter((l) => existing.has(l));
  if (removed.length > 0) await db.deleteFrom('conversation_labels').where('conversation_id', '=', conversationId).where('label', 'in', removed).execute();
  return removed;
}

/** Messages stored after the given one (by storage order), oldest first: the collision check. */
export async function listMessagesAfter(db: Executor, conversationId: string, after: { createdAt: number; id: string }, limit: number) {
  return db.selectFrom('messages').select(['id', 'direction', 'kind', 'author_user_id', 'author_identity_id', 'platform_created_at', 'created_at'])
    .where('conversation_id', '=', conversationId)
    .where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]))
    .orderBy('created_at').orderBy('id').limit(limit).execute();
}

/**
 * Locks the conversation for the rest of the transaction by writing its row (PostgreSQL holds the
 * row lock until commit; SQLite has one writer), then reads it. Every change to routing or SLA
 * state starts here, so a timer and a command on one conversation never interleave.
 */
export async function lockRoutingConversation(db: Executor, workspaceId: string, id: string, now: number): Promise<RoutingConversation | undefined> {
  await db.updateTable('conversations').set({ updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return findRoutingConversation(db, workspaceId, id);
}

/** Agents' conversation teams: which queues gain room when an agent frees capacity. */
export async function listTeamIdsOfUser(db: Executor, workspaceId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('team_memberships').select('team_id').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  return rows.map((r) => r.team_id);
}
