// Routing configuration and agent state: versioned rule sets, team routing settings (whose row
// also serves as the team queue's lock), agent profiles with presence, and live connections.
import { sql } from 'kysely';
import type { Presence } from '../../core/routing/assignment.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';

export interface RuleVersion {
  workspaceId: string;
  version: number;
  rules: unknown;
  createdBy: string | null;
  comment: string | null;
  createdAt: number;
}

const toRuleVersion = (row: Row<'routing_rule_versions'>): RuleVersion => ({
  workspaceId: row.workspace_id, version: Number(row.version), rules: readJson(row.rules, { rules: [] }),
  createdBy: row.created_by, comment: row.comment, createdAt: Number(row.created_at),
});

export async function currentRuleVersionNumber(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('routing_rule_versions').select((eb) => eb.fn.max('version').as('v'))
    .where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function findRuleVersion(db: Executor, workspaceId: string, version: number): Promise<RuleVersion | undefined> {
  const row = await db.selectFrom('routing_rule_versions').selectAll().where('workspace_id', '=', workspaceId).where('version', '=', version).executeTakeFirst();
  return row && toRuleVersion(row);
}

/** Inserts the next version; false when `version` was taken by a concurrent edit. */
export async function insertRuleVersion(db: Executor, version: RuleVersion): Promise<boolean> {
  const result = await db.insertInto('routing_rule_versions').values({
    workspace_id: version.workspaceId, version: version.version, rules: writeJson(version.rules),
    created_by: version.createdBy, comment: version.comment, created_at: version.createdAt,
  }).onConflict((oc) => oc.columns(['workspace_id', 'version']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function listRuleVersions(db: Executor, workspaceId: string, limit: number): Promise<Array<Omit<RuleVersion, 'rules'> & { ruleCount: number }>> {
  const rows = await db.selectFrom('routing_rule_versions').selectAll().where('workspace_id', '=', workspaceId)
    .orderBy('version', 'desc').limit(limit).execute();
  return rows.map((row) => {
    const { rules, ...rest } = toRuleVersion(row);
    return { ...rest, ruleCount: ((rules as { rules?: unknown[] }).rules ?? []).length };
  });
}

export async function findTeamSettings(db: Executor, workspaceId: string, teamId: string): Promise<unknown> {
  const row = await db.selectFrom('routing_team_settings').select('settings').where('workspace_id', '=', workspaceId).where('team_id', '=', teamId).executeTakeFirst();
  return row ? readJson(row.settings, {}) : {};
}

export async function upsertTeamSettings(db: Executor, workspaceId: string, teamId: string, settings: unknown, now: number): Promise<void> {
  await db.insertInto('routing_team_settings').values({ team_id: teamId, workspace_id: workspaceId, settings: writeJson(settings), drain_seq: 0, updated_at: now })
    .onConflict((oc) => oc.column('team_id').doUpdateSet({ settings: writeJson(settings), updated_at: now })).execute();
}

/**
 * Takes the team queue's lock for the rest of the transaction by writing its row: PostgreSQL
 * holds the row lock until commit, SQLite has one writer. Drains of one team never overlap.
 */
export async function lockTeamQueue(db: Executor, workspaceId: string, teamId: string, now: number): Promise<void> {
  await db.insertInto('routing_team_settings').values({ team_id: teamId, workspace_id: workspaceId, settings: '{}', drain_seq: 1, updated_at: now })
    .onConflict((oc) => oc.column('team_id').doUpdateSet({ drain_seq: sql`routing_team_settings.drain_seq + 1` })).execute();
}

export interface AgentRouting {
  userId: string;
  workspaceId: string;
  skills: unknown;
  capacity: unknown;
  autoAssign: boolean;
  presence: Presence;
  presenceChangedAt: number;
  manualAway: boolean;
  lastAssignedAt: number;
}

const toAgentRouting = (row: Row<'agent_routing'>): AgentRouting => ({
  userId: row.user_id, workspaceId: row.workspace_id, skills: readJson(row.skills, {}), capacity: row.capacity === null ? null : readJson(row.capacity, null),
  autoAssign: Number(row.auto_assign) === 1, presence: row.presence, presenceChangedAt: Number(row.presence_changed_at),
  manualAway: Number(row.manual_away) === 1, lastAssignedAt: Number(row.last_assigned_at),
});

export function defaultAgentRouting(workspaceId: string, userId: string): AgentRouting {
  return { userId, workspaceId, skills: {}, capacity: null, autoAssign: true, presence: 'offline', presenceChangedAt: 0, manualAway: false, lastAssignedAt: 0 };
}

export async function findAgentRouting(db: Executor, workspaceId: string, userId: string): Promise<AgentRouting> {
  const row = await db.selectFrom('agent_routing').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return row ? toAgentRouting(row) : defaultAgentRouting(workspaceId, userId);
}

/** Profiles of these people (defaults for those who have none yet). */
export async function listAgentRouting(db: Executor, workspaceId: string, userIds: readonly string[]): Promise<Map<string, AgentRouting>> {
  const result = new Map(userIds.map((id) => [id, defaultAgentRouting(workspaceId, id)]));
  if (userIds.length === 0) return result;
  const rows = await db.selectFrom('agent_routing').selectAll().where('workspace_id', '=', workspaceId).where('user_id', 'in', [...userIds]).execute();
  for (const row of rows) result.set(row.user_id, toAgentRouting(row));
  return result;
}

export async function listAgentRoutingOfWorkspace(db: Executor, workspaceId: string): Promise<AgentRouting[]> {
  const rows = await db.selectFrom('agent_routing').selectAll().where('workspace_id', '=', workspaceId).execute();
  return rows.map(toAgentRouting);
}

export async function upsertAgentRouting(db: Executor, workspaceId: string, userId: string,
  changes: Partial<Pick<AgentRouting, 'skills' | 'capacity' | 'autoAssign' | 'presence' | 'presenceChangedAt' | 'manualAway' | 'lastAssignedAt'>>, now: number): Promise<void> {
  const set: Record<string, unknown> = { updated_at: now };
  if (changes.skills !== undefined) set.skills = writeJson(changes.skills);
  if (changes.capacity !== undefined) set.capacity = changes.capacity === null ? null : writeJson(changes.capacity);
  if (changes.autoAssign !== undefined) set.auto_assign = changes.autoAssign ? 1 : 0;
  if (changes.presence !== undefined) set.presence = changes.presence;
  if (changes.presenceChangedAt !== undefined) set.presence_changed_at = changes.presenceChangedAt;
  if (changes.manualAway !== undefined) set.manual_away = changes.manualAway ? 1 : 0;
  if (changes.lastAssignedAt !== undefined) set.last_assigned_at = changes.lastAssignedAt;
  const base = defaultAgentRouting(workspaceId, userId);
  await db.insertInto('agent_routing').values({
    user_id: userId, workspace_id: workspaceId, skills: writeJson(base.skills), capacity: null, auto_assign: 1, presence: 'offline',
    presence_changed_at: 0, manual_away: 0, last_assigned_at: 0, ...set, updated_at: now,
  } as Row<'agent_routing'>).onConflict((oc) => oc.column('user_id').doUpdateSet(set)).execute();
}

export interface ConnectionRow {
  id: string;
  userId: string;
  seenAt: number;
  activeAt: number;
}

export async function insertConnection(db: Executor, row: { id: string; workspaceId: string; userId: string; at: number }): Promise<void> {
  await db.insertInto('presence_connections').values({
    id: row.id, workspace_id: row.workspaceId, user_id: row.userId, opened_at: row.at, seen_at: row.at, active_at: row.at,
  }).execute();
}

export async function deleteConnection(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('presence_connections').where('id', '=', id).execute();
}

export async function touchConnections(db: Executor, ids: readonly string[], seenAt: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('presence_connections').set({ seen_at: seenAt }).where('id', 'in', [...ids]).execute();
}

export async function markConnectionActive(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('presence_connections').set({ active_at: at, seen_at: at }).where('id', '=', id).execute();
}

export async function listConnectionsOf(db: Executor, userId: string): Promise<ConnectionRow[]> {
  const rows = await db.selectFrom('presence_connections').select(['id', 'user_id', 'seen_at', 'active_at']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, seenAt: Number(r.seen_at), activeAt: Number(r.active_at) }));
}

/** Removes connections whose process stopped heartbeating; returns their owners. */
export async function deleteStaleConnections(db: Executor, before: number): Promise<Array<{ workspaceId: string; userId: string }>> {
  const rows = await db.deleteFrom('presence_connections').where('seen_at', '<', before).returning(['workspace_id', 'user_id']).execute();
  return rows.map((r) => ({ workspaceId: r.workspace_id, userId: r.user_id }));
}

/** People shown as present (online or away), for the crash sweep. */
export async function listPresentAgents(db: Executor): Promise<Array<{ workspaceId: string; userId: string }>> {
  const rows = await db.selectFrom('agent_routing').select(['workspace_id', 'user_id']).where('presence', '!=', 'offline').execute();
  return rows.map((r) => ({ workspaceId: r.workspace_id, userId: r.user_id }));
}
