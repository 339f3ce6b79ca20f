// The workspace's routing rules: every edit stores a new version (history is kept; the highest
// version is in force), references to teams, people and SLA policies are checked on save, and any
// version or draft can be dry-run against a sample message.
import type { Principal } from '../core/access/principal.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { parseRuleSet, type RuleAction, type RuleSet } from '../core/routing/rule-schema.ts';
import { CompiledRuleSet, type DryRunResult } from '../core/routing/rules-engine.ts';
import type { Executor } from '../storage/storage.ts';
import * as config from '../storage/repositories/routing-config.repository.ts';
import { recordAudit } from '../identity/audit.ts';
import type { RoutingContext } from './routing-context.ts';
import { factsFromSample, type RuleSample } from './rule-facts.ts';

export interface CurrentRules {
  version: number;
  set: RuleSet;
  compiled: CompiledRuleSet;
}

const EMPTY: RuleSet = { rules: [] };
const EMPTY_COMPILED = new CompiledRuleSet(EMPTY);

export async function currentRules(ctx: RoutingContext, db: Executor, workspaceId: string): Promise<CurrentRules> {
  const version = await ctx.settings.get(workspaceId, 'rules-version', () => config.currentRuleVersionNumber(db, workspaceId));
  if (version === 0) return { version, set: EMPTY, compiled: EMPTY_COMPILED };
  // A version never changes once stored: read, validate and compile it once per process.
  const cached = await ctx.parsedRuleSets.getAsync(`${workspaceId}:${version}`, async () => {
    const stored = await config.findRuleVersion(db, workspaceId, version);
    const set = parseRuleSet(stored?.rules ?? EMPTY);
    return { set, compiled: new CompiledRuleSet(set) };
  });
  return { version, ...cached };
}

/** The ids a rule set names that do not exist (or are archived) in the workspace. */
async function unknownReferences(db: Executor, workspaceId: string, set: RuleSet): Promise<string[]> {
  const actions: RuleAction[] = set.rules.flatMap((r) => r.then);
  const teamIds = new Set(actions.flatMap((a) => (a.type === 'assign_team' ? [a.teamId] : a.type === 'handoff_to_care' || a.type === 'assign_agent' ? (a.teamId ? [a.teamId] : []) : [])));
  const userIds = new Set(actions.flatMap((a) => (a.type === 'assign_agent' ? [a.userId] : a.type === 'notify' ? a.userIds : [])));
  const policyIds = new Set(actions.flatMap((a) => (a.type === 'apply_sla' ? [a.policyId] : [])));
  const present = async (table: 'teams' | 'users', ids: Set<string>) => ids.size === 0 ? new Set<string>()
    : new Set((await db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute()).map((r) => r.id));
  const teams = await present('teams', teamIds);
  const users = await present('users', userIds);
  const policies = policyIds.size === 0 ? new Set<string>() : new Set((await db.selectFrom('sla_policies').select('id')
    .where('workspace_id', '=', workspaceId).where('archived_at', 'is', null).where('id', 'in', [...policyIds]).execute()).map((r) => r.id));
  return [
    ...[...teamIds].filter((id) => !teams.has(id)).map((id) => `team ${id}`),
    ...[...userIds].filter((id) => !users.has(id)).map((id) => `person ${id}`),
    ...[...policyIds].filter((id) => !policies.has(id)).map((id) => `SLA policy ${id}`),
  ];
}

/** Stores the rules as the next version. `expectedVersion` is the version the editor started from. */
export async function saveRules(ctx: RoutingContext, principal: Principal, input: { rules: unknown; expectedVersion: number; comment?: string | null }, ip: string | null): Promise<CurrentRules> {
  const set = parseRuleSet({ rules: input.rules });
  const result = await ctx.storage.transaction(async (tx) => {
    const missing = await unknownReferences(tx, principal.workspaceId, set);
    if (missing.length > 0) throw new DomainError('validation_failed', `The rules name what does not exist: ${missing.join(', ')}`, { unknown: missing });
    const current = await config.currentRuleVersionNumber(tx, principal.workspaceId);
    const version = input.expectedVersion + 1;
    const stored = current === input.expectedVersion && await config.insertRuleVersion(tx, {
      workspaceId: principal.workspaceId, version, rules: set, createdBy: principal.userId, comment: input.comment ?? null, createdAt: ctx.clock.now(),
    });
    if (!stored) throw new DomainError('conflict', `The rules changed since version ${input.expectedVersion}; load version ${current} and apply your edit again`, { currentVersion: current });
    await recordAudit(tx, ctx.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'routing.rules_changed', target: { type: 'routing_rules', id: String(version) }, ip, meta: { rules: set.rules.length } });
    return { version, set, compiled: new CompiledRuleSet(set) };
  });
  ctx.settings.invalidate(principal.workspaceId);
  return result;
}

export async function ruleVersion(db: Executor, workspaceId: string, version: number): Promise<{ version: number; set: RuleSet; createdBy: string | null; comment: string | null; createdAt: number }> {
  const stored = await config.findRuleVersion(db, workspaceId, version);
  if (!stored) throw notFound('Rules version');
  return { version, set: parseRuleSet(stored.rules), createdBy: stored.createdBy, comment: stored.comment, createdAt: stored.createdAt };
}

/** Runs a draft (or the rules in force, or a stored version) against a sample message, explaining every rule. */
export async function dryRun(ctx: RoutingContext, workspaceId: string, input: { sample: RuleSample; rules?: unknown; version?: number }): Promise<DryRunResult & { version: number | null }> {
  const db = ctx.storage.db;
  let compiled: CompiledRuleSet;
  let version: number | null = null;
  if (input.rules !== undefined) compiled = new CompiledRuleSet(parseRuleSet({ rules: input.rules }));
  else if (input.version !== undefined) {
    compiled = new CompiledRuleSet((await ruleVersion(db, workspaceId, input.version)).set);
    version = input.version;
  } else {
    const current = await currentRules(ctx, db, workspaceId);
    compiled = current.compiled;
    version = current.version;
  }
  const facts = await factsFromSample(ctx, db, workspaceId, input.sample);
  return { ...compiled.explain(facts), version };
}
