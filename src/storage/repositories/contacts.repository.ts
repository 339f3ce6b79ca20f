// Contacts and their identities on each network.
import type { Contact, ContactIdentity, IdentityProfile } from '../../core/contact/contact.ts';
import { newId } from '../../core/ids.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';

export const toContact = (row: Row<'contacts'>): Contact => ({
  id: row.id, workspaceId: row.workspace_id, name: row.name, notes: row.notes,
  privateFields: readJson(row.private_fields, {}), createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

export const toIdentity = (row: Row<'contact_identities'>): ContactIdentity => ({
  id: row.id, workspaceId: row.workspace_id, contactId: row.contact_id, network: row.network, externalId: row.external_id,
  handle: row.handle, displayName: row.display_name, followers: row.followers === null ? null : Number(row.followers),
  verified: row.verified === 1, profile: readJson(row.profile, {}), createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

export async function findContact(db: Executor, workspaceId: string, id: string): Promise<Contact | undefined> {
  const row = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toContact(row);
}

export async function listIdentities(db: Executor, workspaceId: string, contactId: string): Promise<ContactIdentity[]> {
  const rows = await db.selectFrom('contact_identities').selectAll()
    .where('workspace_id', '=', workspaceId).where('contact_id', '=', contactId).orderBy('network').execute();
  return rows.map(toIdentity);
}

export async function findIdentity(db: Executor, workspaceId: string, network: string, externalId: string): Promise<ContactIdentity | undefined> {
  const row = await db.selectFrom('contact_identities').selectAll()
    .where('workspace_id', '=', workspaceId).where('network', '=', network).where('external_id', '=', externalId).executeTakeFirst();
  return row && toIdentity(row);
}

/**
 * The identity for this network account, created with a new contact the first time it is seen,
 * and refreshed with what the platform now says (handle, name, followers, verified).
 */
export async function upsertIdentity(db: Executor, workspaceId: string, profile: IdentityProfile, now: number): Promise<ContactIdentity> {
  const existing = await findIdentity(db, workspaceId, profile.network, profile.externalId);
  if (existing) {
    const changes = {
      handle: profile.handle ?? existing.handle,
      display_name: profile.displayName ?? existing.displayName,
      followers: profile.followers ?? existing.followers,
      verified: (profile.verified ?? existing.verified) ? 1 : 0,
    };
    const unchanged = changes.handle === existing.handle && changes.display_name === existing.displayName
      && changes.followers === existing.followers && changes.verified === (existing.verified ? 1 : 0);
    if (unchanged) return existing;
    await db.updateTable('contact_identities').set({ ...changes, updated_at: now }).where('id', '=', existing.id).execute();
    return { ...existing, handle: changes.handle, displayName: changes.display_name, followers: changes.followers, verified: changes.verified === 1, updatedAt: now };
  }
  const contactId = newId(now);
  const name = profile.displayName || profile.handle || profile.externalId;
  await db.insertInto('contacts').values({
    id: contactId, workspace_id: workspaceId, name, notes: null, private_fields: '{}', created_at: now, updated_at: now,
  }).execute();
  const identity: ContactIdentity = {
    id: newId(now), workspaceId, contactId, network: profile.network, externalId: profile.externalId,
    handle: profile.handle ?? null, displayName: profile.displayName ?? null, followers: profile.followers ?? null,
    verified: profile.verified ?? false, profile: profile.profile ?? {}, createdAt: now, updatedAt: now,
  };
  await db.insertInto('contact_identities').values({
    id: identity.id, workspace_id: workspaceId, contact_id: contactId, network: identity.network, external_id: identity.externalId,
    handle: identity.handle, display_name: identity.displayName, followers: identity.followers, verified: identity.verified ? 1 : 0,
    profile: writeJson(identity.profile), created_at: now, updated_at: now,
  }).execute();
  return identity;
}

/** Moves every identity and conversation of `fromId` to `intoId` and deletes `fromId`. */
export async function mergeContacts(db: Executor, workspaceId: string, intoId: string, fromId: string, now: number): Promise<void> {
  await db.updateTable('contact_identities').set({ contact_id: intoId, updated_at: now })
    .where('workspace_id', '=', workspaceId).where('contact_id', '=', fromId).execute();
  await db.updateTable('conversations').set({ contact_id: intoId, updated_at: now })
    .where('workspace_id', '=', workspaceId).where('contact_id', '=', fromId).execute();
  await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', fromId).execute();
  await db.updateTable('contacts').set({ updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', intoId).execute();
}
