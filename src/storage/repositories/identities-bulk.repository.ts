// Resolving the authors of a batch of inbound messages to contact identities in a few statements:
// one identity per network account (handle, name, followers, verified), created with its own
// contact the first time it is seen and refreshed with what the platform says now.
import type { ContactIdentity, IdentityProfile } from '../../core/contact/contact.ts';
import { newId } from '../../core/ids.ts';
import type { Executor } from '../storage.ts';
import { toIdentity } from './contacts.repository.ts';
import { writeJson } from './json.ts';

export const identityKey = (network: string, externalId: string): string => `${network}\u0000${externalId}`;

function changesOf(existing: ContactIdentity, profile: IdentityProfile) {
  const next = {
    handle: profile.handle ?? existing.handle, display_name: profile.displayName ?? existing.displayName,
    followers: profile.followers ?? existing.followers, verified: (profile.verified ?? existing.verified) ? 1 : 0,
  };
  const same = next.handle === existing.handle && next.display_name === existing.displayName
    && next.followers === existing.followers && next.verified === (existing.verified ? 1 : 0);
  return same ? null : next;
}

async function selectIdentities(db: Executor, workspaceId: string, network: string, ids: readonly string[]): Promise<ContactIdentity[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('contact_identities').selectAll()
    .where('workspace_id', '=', workspaceId).where('network', '=', network).where('external_id', 'in', ids).execute();
  return rows.map(toIdentity);
}

async function createIdentities(db: Executor, workspaceId: string, profiles: readonly IdentityProfile[], now: number): Promise<void> {
  if (profiles.length === 0) return;
  const made = profiles.map((p) => ({ profile: p, contactId: newId(now), identityId: newId(now) }));
  await db.insertInto('contacts').values(made.map((m) => ({
    id: m.contactId, workspace_id: workspaceId, name: m.profile.displayName || m.profile.handle || m.profile.externalId,
    notes: null, private_fields: '{}', created_at: now, updated_at: now,
  }))).execute();
  const inserted = await db.insertInto('contact_identities').values(made.map((m) => ({
    id: m.identityId, workspace_id: workspaceId, contact_id: m.contactId, network: m.profile.network, external_id: m.profile.externalId,
    handle: m.profile.handle ?? null, display_name: m.profile.displayName ?? null, followers: m.profile.followers ?? null,
    verified: m.profile.verified ? 1 : 0, profile: writeJson(m.profile.profile ?? {}), created_at: now, updated_at: now,
  }))).onConflict((oc) => oc.columns(['workspace_id', 'network', 'external_id']).doNothing()).returning('id').execute();
  // Another worker created some of them first: drop the contacts made for those here.
  const kept = new Set(inserted.map((row) => row.id));
  const orphans = made.filter((m) => !kept.has(m.identityId)).map((m) => m.contactId);
  if (orphans.length > 0) await db.deleteFrom('contacts').where('id', 'in', orphans).execute();
}

/** The identity of each author, keyed by identityKey(network, externalId). */
export async function resolveIdentities(db: Executor, workspaceId: string, profiles: readonly IdentityProfile[], now: number): Promise<Map<string, ContactIdentity>> {
  // The latest profile of each author wins (the batch is in platform-time order).
  const latest = new Map(profiles.map((p) => [identityKey(p.network, p.externalId), p]));
  const networks = new Map<string, IdentityProfile[]>();
  // Rows are always written in the same order (by external id), so two workers resolving
  // overlapping authors at once wait for each other instead of deadlocking (PostgreSQL).
  for (const p of [...latest.values()].sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0))) {
    networks.set(p.network, [...(networks.get(p.network) ?? []), p]);
  }
  const result = new Map<string, ContactIdentity>();
  for (const [network, group] of networks) {
    const ids = group.map((p) => p.externalId);
    const existing = new Map((await selectIdentities(db, workspaceId, network, ids)).map((i) => [i.externalId, i]));
    await createIdentities(db, workspaceId, group.filter((p) => !existing.has(p.externalId)), now);
    for (const identity of await selectIdentities(db, workspaceId, network, ids.filter((id) => !existing.has(id)))) existing.set(identity.externalId, identity);
    for (const profile of group) {
      const identity = existing.get(profile.externalId);
      if (!identity) continue;
      const changes = changesOf(identity, profile);
      if (changes) await db.updateTable('contact_identities').set({ ...changes, updated_at: now }).where('id', '=', identity.id).execute();
      result.set(identityKey(network, profile.externalId), changes
        ? { ...identity, handle: changes.handle, displayName: changes.display_name, followers: changes.followers, verified: changes.verified === 1, updatedAt: now }
        : identity);
    }
  }
  return result;
}
