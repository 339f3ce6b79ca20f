// SLA rows: business-hours calendars, policies, clocks and breaches.
import type { SlaClock } from '../../core/sla/sla-clock.ts';
import type { SlaPolicy, SlaTarget } from '../../core/sla/sla-policy.ts';
import { parseSlaPolicyDefinition } from '../../core/sla/sla-policy.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';
import { refreshSlaSummary } from './inbox-summary.repository.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

/** '' is the workspace's calendar; a team id is the team's. */
export type CalendarScope = '' | string;

export async function findBusinessHours(db: Executor, workspaceId: string, scope: CalendarScope): Promise<{ definition: string; updatedAt: number } | undefined> {
  const row = await db.selectFrom('business_hours').select(['definition', 'updated_at']).where('workspace_id', '=', workspaceId).where('scope', '=', scope).executeTakeFirst();
  return row && { definition: row.definition, updatedAt: Number(row.updated_at) };
}

/** The team's calendar if it has one, else the workspace's. */
export async function findEffectiveBusinessHours(db: Executor, workspaceId: string, teamId: string | null): Promise<string | undefined> {
  const rows = await db.selectFrom('business_hours').select(['scope', 'definition']).where('workspace_id', '=', workspaceId)
    .where('scope', 'in', teamId === null ? [''] : ['', teamId]).execute();
  return (rows.find((r) => r.scope !== '') ?? rows[0])?.definition;
}

export async function upsertBusinessHours(db: Executor, workspaceId: string, scope: CalendarScope, definition: unknown, now: number): Promise<void> {
  const text = writeJson(definition);
  await db.insertInto('business_hours').values({ workspace_id: workspaceId, scope, definition: text, updated_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'scope']).doUpdateSet({ definition: text, updated_at: now })).execute();
}

export async function deleteBusinessHours(db: Executor, workspaceId: string, scope: CalendarScope): Promise<boolean> {
  const result = await db.deleteFrom('business_hours').where('workspace_id', '=', workspaceId).where('scope', '=', scope).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// Definitions are read on every SLA change; parsing (zod) is cached by the stored text.
const parsedDefinitions = new Map<string, SlaPolicy['definition']>();
function definitionOf(text: string): SlaPolicy['definition'] {
  let parsed = parsedDefinitions.get(text);
  if (!parsed) {
    parsed = parseSlaPolicyDefinition(readJson(text, {}));
    if (parsedDefinitions.size >= 1000) parsedDefinitions.clear();
    parsedDefinitions.set(text, parsed);
  }
  return parsed;
}

const toPolicy = (row: Row<'sla_policies'>): SlaPolicy => ({
  id: row.id, workspaceId: row.workspace_id, name: row.name, isDefault: Number(row.is_default) === 1,
  definition: definitionOf(row.definition), archivedAt: num(row.archived_at),
  createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

export async function insertPolicy(db: Executor, policy: SlaPolicy): Promise<void> {
  await db.insertInto('sla_policies').values({
    id: policy.id, workspace_id: policy.workspaceId, name: policy.name, is_default: policy.isDefault ? 1 : 0,
    definition: writeJson(policy.definition), archived_at: policy.archivedAt, created_at: policy.createdAt, updated_at: policy.updatedAt,
  }).execute();
}

export async function updatePolicy(db: Executor, workspaceId: string, id: string,
  changes: Partial<Pick<SlaPolicy, 'name' | 'definition' | 'isDefault' | 'archivedAt'>>, now: number): Promise<void> {
  await db.updateTable('sla_policies').set({
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.definition !== undefined ? { definition: writeJson(changes.definition) } : {}),
    ...(changes.isDefault !== undefined ? { is_default: changes.isDefault ? 1 : 0 } : {}),
    ...(changes.archivedAt !== undefined ? { archived_at: changes.archivedAt } : {}),
    updated_at: now,
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findPolicy(db: Executor, workspaceId: string, id: string): Promise<SlaPolicy | undefined> {
  const row = await db.selectFrom('sla_policies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toPolicy(row);
}

export async function findDefaultPolicy(db: Executor, workspaceId: string): Promise<SlaPolicy | undefined> {
  const row = await db.selectFrom('sla_policies').selectAll().where('workspace_id', '=', workspaceId)
    .where('is_default', '=', 1).where('archived_at', 'is', null).executeTakeFirst();
  return row && toPolicy(row);
}

export async function listPolicies(db: Executor, workspaceId: string, includeArchived: boolean): Promise<SlaPolicy[]> {
  const rows = await db.selectFrom('sla_policies').selectAll().where('workspace_id', '=', workspaceId)
    .$if(!includeArchived, (q) => q.where('archived_at', 'is', null)).orderBy('name').execute();
  return rows.map(toPolicy);
}

export const toClock = (row: Row<'sla_clocks'>): SlaClock => ({
  conversationId: row.conversation_id, target: row.target, cycle: Number(row.cycle), policyId: row.policy_id, targetMs: Number(row.target_ms),
  businessHours: Number(row.business_hours) === 1, status: row.status, outcome: row.outcome, startedAt: Number(row.started_at),
  segmentStartedAt: num(row.segment_started_at), runningWallMs: Number(row.running_wall_ms), runningBusinessMs: Number(row.running_business_ms),
  dueAt: num(row.due_at), warnAt: num(row.warn_at), warnedAt: num(row.warned_at), breachedAt: num(row.breached_at), stoppedAt: num(row.stopped_at),
});

function clockColumns(clock: SlaClock) {
  return {
    policy_id: clock.policyId, target_ms: clock.targetMs, business_hours: clock.businessHours ? 1 : 0, status: clock.status, outcome: clock.outcome,
    started_at: clock.startedAt, segment_started_at: clock.segmentStartedAt, running_wall_ms: clock.runningWallMs,
    running_business_ms: clock.runningBusinessMs, due_at: clock.dueAt, warn_at: clock.warnAt, warned_at: clock.warnedAt,
    breached_at: clock.breachedAt, stopped_at: clock.stoppedAt,
  };
}

export async function saveClock(db: Executor, workspaceId: string, clock: SlaClock, now: number): Promise<void> {
  const columns = clockColumns(clock);
  await db.insertInto('sla_clocks').values({ conversation_id: clock.conversationId, target: clock.target, cycle: clock.cycle, workspace_id: workspaceId, ...columns, updated_at: now })
    .onConflict((oc) => oc.columns(['conversation_id', 'target', 'cycle']).doUpdateSet({ ...columns, updated_at: now })).execute();
  // The inbox reads the nearest deadline from the conversation's row.
  await refreshSlaSummary(db, clock.conversationId);
}

/**
 * The conversation's clocks that have not stopped (by target and cycle), and the highest cycle
 * each target has reached (the next clock of a target takes the next cycle): one query where a
 * customer message needs both.
 */
export async function listCurrentClocks(db: Executor, conversationId: string): Promise<{ active: SlaClock[]; lastCycles: Map<SlaTarget, number> }> {
  const rows = await db.selectFrom('sla_clocks').selectAll().where('conversation_id', '=', conversationId)
    .where((eb) => eb.or([
      eb('status', '!=', 'stopped'),
      eb('cycle', '=', eb.selectFrom('sla_clocks as last').select((l) => l.fn.max('last.cycle').as('c'))
        .whereRef('last.conversation_id', '=', 'sla_clocks.conversation_id').whereRef('last.target', '=', 'sla_clocks.target')),
    ]))
    .orderBy('target').orderBy('cycle').execute();
  const clocks = rows.map(toClock);
  const lastCycles = new Map<SlaTarget, number>();
  for (const clock of clocks) lastCycles.set(clock.target, Math.max(lastCycles.get(clock.target) ?? 0, clock.cycle));
  return { active: clocks.filter((c) => c.status !== 'stopped'), lastCycles };
}

export async function listClocks(db: Executor, conversationId: string): Promise<SlaClock[]> {
  const rows = await db.selectFrom('sla_clocks').selectAll().where('conversation_id', '=', conversationId).orderBy('started_at').orderBy('target').execute();
  return rows.map(toClock);
}

export async function findClock(db: Executor, conversationId: string, target: SlaTarget, cycle: number): Promise<SlaClock | undefined> {
  const row = await db.selectFrom('sla_clocks').selectAll().where('conversation_id', '=', conversationId).where('target', '=', target).where('cycle', '=', cycle).executeTakeFirst();
  return row && toClock(row);
}

/** Running clocks of a workspace (a calendar or policy changed: deadlines move). */
export async function listRunningClocks(db: Executor, workspaceId: string, limit: number, after = ''): Promise<SlaClock[]> {
  const rows = await db.selectFrom('sla_clocks').selectAll().where('workspace_id', '=', workspaceId).where('status', '=', 'running')
    .where('conversation_id', '>', after).orderBy('conversation_id').orderBy('target').limit(limit).execute();
  return rows.map(toClock);
}

export interface Breach {
  id: string;
  workspaceId: string;
  conversationId: string;
  teamId: string | null;
  policyId: string;
  target: SlaTarget;
  cycle: number;
  targetMs: number;
  businessHours: boolean;
  dueAt: number;
  detectedAt: number;
  metAt: number | null;
  actualMs: number | null;
  actualWallMs: number | null;
  actualBusinessMs: number | null;
}

const toBreach = (row: Row<'sla_breaches'>): Breach => ({
  id: row.id, workspaceId: row.workspace_id, conversationId: row.conversation_id, teamId: row.team_id, policyId: row.policy_id,
  target: row.target, cycle: Number(row.cycle), targetMs: Number(row.target_ms), businessHours: Number(row.business_hours) === 1,
  dueAt: Number(row.due_at), detectedAt: Number(row.detected_at), metAt: num(row.met_at), actualMs: num(row.actual_ms),
  actualWallMs: num(row.actual_wall_ms), actualBusinessMs: num(row.actual_business_ms),
});

/** Records a breach once per conversation, target and cycle; true when this call recorded it. */
export async function insertBreach(db: Executor, breach: Breach): Promise<boolean> {
  const result = await db.insertInto('sla_breaches').values({
    id: breach.id, workspace_id: breach.workspaceId, conversation_id: breach.conversationId, team_id: breach.teamId, policy_id: breach.policyId,
    target: breach.target, cycle: breach.cycle, target_ms: breach.targetMs, business_hours: breach.businessHours ? 1 : 0, due_at: breach.dueAt,
    detected_at: breach.detectedAt, met_at: null, actual_ms: null, actual_wall_ms: null, actual_business_ms: null,
  }).onConflict((oc) => oc.columns(['conversation_id', 'target', 'cycle']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The target was finally met (late): the breach gets its actual durations. */
export async function completeBreach(db: Executor, conversationId: string, target: SlaTarget, cycle: number,
  actual: { metAt: number; actualMs: number; wallMs: number; businessMs: number }): Promise<void> {
  await db.updateTable('sla_breaches').set({ met_at: actual.metAt, actual_ms: actual.actualMs, actual_wall_ms: actual.wallMs, actual_business_ms: actual.businessMs })
    .where('conversation_id', '=', conversationId).where('target', '=', target).where('cycle', '=', cycle).where('met_at', 'is', null).execute();
}

export async function listBreaches(db: Executor, workspaceId: string, filter: { from?: number; to?: number; teamIds?: readonly string[]; conversationId?: string; limit: number }): Promise<Breach[]> {
  const rows = await db.selectFrom('sla_breaches').selectAll().where('workspace_id', '=', workspaceId)
    .$if(filter.from !== undefined, (q) => q.where('due_at', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('due_at', '<', filter.to!))
    .$if(filter.teamIds !== undefined, (q) => (filter.teamIds!.length === 0 ? q.where('team_id', '=', '\u0000') : q.where('team_id', 'in', [...filter.teamIds!])))
    .$if(filter.conversationId !== undefined, (q) => q.where('conversation_id', '=', filter.conversationId!))
    .orderBy('due_at', 'desc').limit(filter.limit).execute();
  return rows.map(toBreach);
}
