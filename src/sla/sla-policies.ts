// Which SLA policy applies to a conversation: the one a rule or a person chose, else the
// workspace default, created on first need as the social default (first response in 60 minutes).
import { sql } from 'kysely';
import { newId } from '../core/ids.ts';
import { parseSlaPolicyDefinition, SOCIAL_DEFAULT_POLICY, type SlaPolicy } from '../core/sla/sla-policy.ts';
import type { Executor } from '../storage/storage.ts';
import { findDefaultPolicy, findPolicy } from '../storage/repositories/sla.repository.ts';
import { writeJson } from '../storage/repositories/json.ts';
import type { SettingsCache } from '../routing/settings-cache.ts';

export async function ensureDefaultPolicy(db: Executor, workspaceId: string, now: number): Promise<SlaPolicy> {
  const existing = await findDefaultPolicy(db, workspaceId);
  if (existing) return existing;
  // A concurrent first use may insert it too: the partial unique index keeps one.
  await db.insertInto('sla_policies').values({
    id: newId(now), workspace_id: workspaceId, name: SOCIAL_DEFAULT_POLICY.name, is_default: 1,
    definition: writeJson(parseSlaPolicyDefinition(SOCIAL_DEFAULT_POLICY.definition)), archived_at: null, created_at: now, updated_at: now,
  }).onConflict((oc) => oc.column('workspace_id').where(sql<boolean>`is_default = 1 and archived_at is null`).doNothing()).execute();
  return (await findDefaultPolicy(db, workspaceId))!;
}

export async function policyFor(db: Executor, conversation: { workspaceId: string; slaPolicyId: string | null }, now: number, settings?: SettingsCache): Promise<SlaPolicy> {
  const cached = <T>(key: string, load: () => Promise<T>) => (settings ? settings.get(conversation.workspaceId, key, load) : load());
  if (conversation.slaPolicyId !== null) {
    const chosen = await cached(`sla-policy:${conversation.slaPolicyId}`, () => findPolicy(db, conversation.workspaceId, conversation.slaPolicyId!));
    if (chosen) return chosen;
  }
  // Only a default that already existed is cached: one created here may yet roll back.
  const existing = await cached('sla-policy:default', () => findDefaultPolicy(db, conversation.workspaceId));
  return existing ?? ensureDefaultPolicy(db, conversation.workspaceId, now);
}
