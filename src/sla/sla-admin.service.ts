// Managing SLA policies and business hours. Every change is audited and moves the deadlines of
// running clocks (a recompute job); a policy in use is archived, never deleted, so breaches keep
// naming it.
import type { Principal } from '../core/access/principal.ts';
import { parseCalendarDefinition, type CalendarDefinition } from '../core/calendar/index.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { parseSlaPolicyDefinition, type SlaPolicy } from '../core/sla/sla-policy.ts';
import type { Tx } from '../storage/storage.ts';
import * as sla from '../storage/repositories/sla.repository.ts';
import { findTeam } from '../storage/repositories/workspaces.repository.ts';
import { recordAudit } from '../identity/audit.ts';
import type { RoutingContext } from '../routing/routing-context.ts';
import { requestRecompute } from './recompute.ts';
import { ensureDefaultPolicy } from './sla-policies.ts';

async function nameFree(tx: Tx, workspaceId: string, name: string, exceptId: string | null): Promise<void> {
  const clash = (await sla.listPolicies(tx, workspaceId, false)).find((p) => p.name.toLowerCase() === name.toLowerCase() && p.id !== exceptId);
  if (clash) throw new DomainError('conflict', 'An SLA policy with this name exists', { field: 'name' });
}

async function makeDefault(tx: Tx, workspaceId: string, id: string, now: number): Promise<void> {
  const current = await sla.findDefaultPolicy(tx, workspaceId);
  if (current && current.id !== id) await sla.updatePolicy(tx, workspaceId, current.id, { isDefault: false }, now);
  await sla.updatePolicy(tx, workspaceId, id, { isDefault: true }, now);
}

export async function listSlaPolicies(ctx: RoutingContext, workspaceId: string, includeArchived: boolean): Promise<SlaPolicy[]> {
  await ctx.storage.transaction((tx) => ensureDefaultPolicy(tx, workspaceId, ctx.clock.now()));
  return sla.listPolicies(ctx.storage.db, workspaceId, includeArchived);
}

export async function createSlaPolicy(ctx: RoutingContext, principal: Principal, input: { name: string; definition: unknown; isDefault?: boolean }, ip: string | null): Promise<SlaPolicy> {
  const definition = parseSlaPolicyDefinition(input.definition);
  const result = await ctx.storage.transaction(async (tx) => {
    const name = input.name.trim();
    await nameFree(tx, principal.workspaceId, name, null);
    const now = ctx.clock.now();
    const policy: SlaPolicy = { id: newId(now), workspaceId: principal.workspaceId, name, isDefault: false, definition, archivedAt: null, createdAt: now, updatedAt: now };
    await sla.insertPolicy(tx, policy);
    if (input.isDefault) {
      await makeDefault(tx, principal.workspaceId, policy.id, now);
      await requestRecompute(ctx, tx, principal.workspaceId);
    }
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'sla.policy_created', target: { type: 'sla_policy', id: policy.id }, ip });
    return (await sla.findPolicy(tx, principal.workspaceId, policy.id))!;
  });
  ctx.settings.invalidate(principal.workspaceId);
  return result;
}

export async function updateSlaPolicy(ctx: RoutingContext, principal: Principal, id: string,
  input: { name?: string; definition?: unknown; isDefault?: true }, ip: string | null): Promise<SlaPolicy> {
  const definition = input.definition === undefined ? undefined : parseSlaPolicyDefinition(input.definition);
  const result = await ctx.storage.transaction(async (tx) => {
    const policy = await sla.findPolicy(tx, principal.workspaceId, id);
    if (!policy || policy.archivedAt !== null) throw notFound('SLA policy');
    const now = ctx.clock.now();
    if (input.name !== undefined) await nameFree(tx, principal.workspaceId, input.name.trim(), id);
    await sla.updatePolicy(tx, principal.workspaceId, id, { ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(definition ? { definition } : {}) }, now);
    if (input.isDefault) await makeDefault(tx, principal.workspaceId, id, now);
    if (definition || input.isDefault) await requestRecompute(ctx, tx, principal.workspaceId);
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'sla.policy_changed', target: { type: 'sla_policy', id }, ip, meta: { fields: Object.keys(input) } });
    return (await sla.findPolicy(tx, principal.workspaceId, id))!;
  });
  ctx.settings.invalidate(principal.workspaceId);
  return result;
}

export async function archiveSlaPolicy(ctx: RoutingContext, principal: Principal, id: string, ip: string | null): Promise<void> {
  await ctx.storage.transaction(async (tx) => {
    const policy = await sla.findPolicy(tx, principal.workspaceId, id);
    if (!policy || policy.archivedAt !== null) throw notFound('SLA policy');
    if (policy.isDefault) throw new DomainError('conflict', 'The default policy cannot be archived; make another policy the default first');
    const now = ctx.clock.now();
    await sla.updatePolicy(tx, principal.workspaceId, id, { archivedAt: now }, now);
    // Conversations that used it fall back to the default.
    await tx.updateTable('conversations').set({ sla_policy_id: null, updated_at: now }).where('workspace_id', '=', principal.workspaceId).where('sla_policy_id', '=', id).execute();
    await requestRecompute(ctx, tx, principal.workspaceId);
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'sla.policy_archived', target: { type: 'sla_policy', id }, ip });
  });
  ctx.settings.invalidate(principal.workspaceId);
}

/** Sets (or with null clears) the business hours of the workspace (teamId null) or of a team. */
export async function setBusinessHours(ctx: RoutingContext, principal: Principal, teamId: string | null, definition: unknown | null, ip: string | null): Promise<CalendarDefinition | null> {
  const parsed = definition === null ? null : parseCalendarDefinition(definition);
  const result = await ctx.storage.transaction(async (tx) => {
    if (teamId !== null && !(await findTeam(tx, principal.workspaceId, teamId))) throw notFound('Team');
    const now = ctx.clock.now();
    if (parsed === null) {
      if (!(await sla.deleteBusinessHours(tx, principal.workspaceId, teamId ?? ''))) throw notFound('Business hours');
    } else {
      await sla.upsertBusinessHours(tx, principal.workspaceId, teamId ?? '', parsed, now);
    }
    await requestRecompute(ctx, tx, principal.workspaceId);
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'business_hours.changed', target: { type: teamId ? 'team' : 'workspace', id: teamId ?? principal.workspaceId }, ip });
    return parsed;
  });
  ctx.settings.invalidate(principal.workspaceId);
  return result;
}
