// Saved inbox filters: a person's own, and those shared with the whole workspace.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type InboxFilterRow = Row<'inbox_filters'>;

/** The filters this person may use: their own and the workspace's shared ones, by name. */
export async function listVisibleFilters(db: Executor, workspaceId: string, userId: string): Promise<InboxFilterRow[]> {
  return db.selectFrom('inbox_filters').selectAll().where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('shared', '=', 1)]))
    .orderBy('name').orderBy('id').execute();
}

export async function findVisibleFilter(db: Executor, workspaceId: string, userId: string, id: string): Promise<InboxFilterRow | undefined> {
  return db.selectFrom('inbox_filters').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id)
    .where((eb) => eb.or([eb('owner_id', '=', userId), eb('shared', '=', 1)])).executeTakeFirst();
}

export async function countOwnFilters(db: Executor, workspaceId: string, userId: string): Promise<number> {
  const row = await db.selectFrom('inbox_filters').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId).where('owner_id', '=', userId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertFilter(db: Executor, row: InboxFilterRow): Promise<void> {
  await db.insertInto('inbox_filters').values(row).execute();
}

export async function deleteFilter(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('inbox_filters').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
