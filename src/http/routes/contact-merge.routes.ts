// Merging contacts: one person found under two identities (a Facebook commenter who also writes
// on WhatsApp). Every identity and conversation of the second contact moves to the first.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { emit } from '../../events/emit.ts';
import type { Storage } from '../../storage/storage.ts';
import { findContact, listIdentities, mergeContacts } from '../../storage/repositories/contacts.repository.ts';
import type { ApiApp } from '../app.ts';
import { principalOf } from '../auth.ts';
import { requires } from '../route-access.ts';
import { recordAudit } from '../../identity/audit.ts';

export function registerContactMergeRoutes(app: ApiApp, deps: { storage: Storage; clock: Clock }): void {
  app.post('/api/contacts/:id/merge', {
    config: { access: requires('contact.update') },
    schema: {
      tags: ['contacts'], summary: 'Merge another contact into this one (same person, several network identities)',
      params: z.object({ id: z.string().max(64) }),
      body: z.object({ fromContactId: z.string().max(64).describe('The contact to merge in; it stops existing') }),
      response: { 200: z.object({ contactId: z.string(), identities: z.array(z.object({ network: z.string(), externalId: z.string(), handle: z.string().nullable() })) }) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { id } = request.params;
    const { fromContactId } = request.body;
    if (id === fromContactId) throw new DomainError('validation_failed', 'A contact cannot be merged into itself');
    return deps.storage.transaction(async (tx) => {
      const [into, from] = await Promise.all([findContact(tx, principal.workspaceId, id), findContact(tx, principal.workspaceId, fromContactId)]);
      if (!into || !from) throw notFound('Contact');
      const now = deps.clock.now();
      await mergeContacts(tx, principal.workspaceId, id, fromContactId, now);
      await emit(tx, deps.clock, { type: 'contact.merged', workspaceId: principal.workspaceId, subjectId: id, payload: { intoContactId: id, fromContactId } });
      await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'contact.merged', target: { type: 'contact', id }, ip: request.ip, meta: { fromContactId } });
      const identities = await listIdentities(tx, principal.workspaceId, id);
      return { contactId: id, identities: identities.map((i) => ({ network: i.network, externalId: i.externalId, handle: i.handle })) };
    });
  });
}
