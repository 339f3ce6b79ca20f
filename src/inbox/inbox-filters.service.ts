// Saved inbox filters. Anyone keeps their own; supervisors and admins may share one with the
// workspace. A filter only narrows a view: the caller's scope still applies when it runs.
import { z } from 'zod';
import { DomainError, notFound } from '../core/errors.ts';
import { authorize, can, type Principal } from '../core/access/principal.ts';
import { newId } from '../core/ids.ts';
import type { Clock } from '../core/clock.ts';
import type { Storage } from '../storage/storage.ts';
import * as filters from '../storage/repositories/inbox-filters.repository.ts';
import { readJson } from '../storage/repositories/json.ts';
import { inboxFilterParams, type InboxFilterParams } from './inbox-query.ts';

/** Enough for any person; a cap so one account cannot fill the table. */
export const MAX_FILTERS_PER_PERSON = 100;

export const newFilterInput = z.object({
  name: z.string().trim().min(1).max(80),
  // Forms send every field: empty ones and the page's own parameters are not part of a filter.
  query: z.preprocess((value) => (value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).filter(([key, v]) => v !== '' && v !== null && !['cursor', 'limit', 'filterId'].includes(key)))
    : value), inboxFilterParams.strict()),
  shared: z.boolean().default(false).describe('Visible to the whole workspace (supervisors and admins)'),
});
export type NewFilterInput = z.infer<typeof newFilterInput>;

export interface InboxFilter {
  id: string;
  name: string;
  query: InboxFilterParams;
  shared: boolean;
  ownerId: string;
  /** Whether the caller may delete it. */
  canDelete: boolean;
}

function present(row: filters.InboxFilterRow, principal: Principal): InboxFilter {
  // A stored query that no longer parses (an older version) runs as no filter rather than failing.
  const parsed = inboxFilterParams.safeParse(readJson(row.query, {}));
  return {
    id: row.id, name: row.name, query: parsed.success ? parsed.data : {}, shared: row.shared === 1, ownerId: row.owner_id,
    canDelete: row.owner_id === principal.userId || (row.shared === 1 && can(principal, 'inbox.filter_share')),
  };
}

export async function listFilters(storage: Storage, principal: Principal): Promise<InboxFilter[]> {
  const rows = await filters.listVisibleFilters(storage.db, principal.workspaceId, principal.userId);
  return rows.map((row) => present(row, principal));
}

/** The saved query of a filter the caller may use; "not found" otherwise. */
export async function savedQuery(storage: Storage, principal: Principal, id: string): Promise<InboxFilterParams> {
  const row = await filters.findVisibleFilter(storage.db, principal.workspaceId, principal.userId, id);
  if (!row) throw notFound('Filter');
  return present(row, principal).query;
}

export async function createFilter(deps: { storage: Storage; clock: Clock }, principal: Principal, input: NewFilterInput): Promise<InboxFilter> {
  if (input.shared) authorize(principal, 'inbox.filter_share');
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    if (await filters.countOwnFilters(tx, principal.workspaceId, principal.userId) >= MAX_FILTERS_PER_PERSON) {
      throw new DomainError('conflict', `At most ${MAX_FILTERS_PER_PERSON} saved filters per person; delete one first`);
    }
    const row: filters.InboxFilterRow = {
      id: newId(now), workspace_id: principal.workspaceId, owner_id: principal.userId, name: input.name,
      shared: input.shared ? 1 : 0, query: JSON.stringify(input.query), created_at: now, updated_at: now,
    };
    await filters.insertFilter(tx, row);
    return present(row, principal);
  });
}

export async function deleteFilter(storage: Storage, principal: Principal, id: string): Promise<void> {
  const row = await filters.findVisibleFilter(storage.db, principal.workspaceId, principal.userId, id);
  if (!row) throw notFound('Filter');
  if (!present(row, principal).canDelete) throw new DomainError('forbidden', 'Only its owner, a supervisor or an admin may delete a shared filter');
  await filters.deleteFilter(storage.db, principal.workspaceId, id);
}
