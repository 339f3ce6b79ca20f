// Triage per workspace: the config and learned-state row, the labels agents' actions produced,
// each inbound item's stored triage result, and the stream the spike detector reads.
import type { Executor } from '../storage.ts';
import type { NewRow, Row } from '../schema.ts';

export type WorkspaceTriageRow = Row<'workspace_triage'>;

export async function readWorkspaceTriage(db: Executor, workspaceId: string): Promise<WorkspaceTriageRow | undefined> {
  return db.selectFrom('workspace_triage').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}

/** The row's version (0 when the workspace has none yet): cached engines compare it. */
export async function readTriageVersion(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('workspace_triage').select('version').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

export async function ensureWorkspaceTriage(db: Executor, workspaceId: string, now: number): Promise<void> {
  await db.insertInto('workspace_triage').values({ workspace_id: workspaceId, updated_at: now })
    .onConflict((oc) => oc.column('workspace_id').doNothing()).execute();
}

export async function saveTriageConfig(db: Executor, workspaceId: string, configJson: string, now: number): Promise<void> {
  await ensureWorkspaceTriage(db, workspaceId, now);
  await db.updateTable('workspace_triage')
    .set((eb) => ({ config: configJson, version: eb('version', '+', 1), updated_at: now }))
    .where('workspace_id', '=', workspaceId).execute();
}

/** Saves the learned state if nobody else saved since `expectedVersion`; false otherwise. */
export async function saveLearnedState(db: Executor, workspaceId: string, stateJson: string, expectedVersion: number, now: number): Promise<boolean> {
  const result = await db.updateTable('workspace_triage')
    .set({ learned_state: stateJson, version: expectedVersion + 1, updated_at: now })
    .where('workspace_id', '=', workspaceId).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertTriageLabels(db: Executor, rows: NewRow<'triage_labels'>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('triage_labels').values(rows).execute();
}

/** A pending label with what triage needs to see the item again. */
export interface PendingLabel {
  id: string;
  action: string;
  value: string | null;
  text: string;
  network: string;
  surface: 'public' | 'private';
  messageKind: string;
  followers: number | null;
  verified: boolean;
}

export async function pendingLabels(db: Executor, workspaceId: string, limit: number): Promise<PendingLabel[]> {
  const rows = await db.selectFrom('triage_labels as l')
    .innerJoin('messages as m', 'm.id', 'l.message_id')
    .innerJoin('channel_accounts as a', 'a.id', 'm.channel_account_id')
    .leftJoin('contact_identities as i', 'i.id', 'm.author_identity_id')
    .select(['l.id', 'l.action', 'l.value', 'm.body', 'm.surface', 'm.kind', 'a.network', 'i.followers', 'i.verified'])
    .where('l.workspace_id', '=', workspaceId).where('l.applied_at', 'is', null)
    .orderBy('l.created_at').orderBy('l.id').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, action: r.action, value: r.value, text: r.body, network: r.network, surface: r.surface, messageKind: r.kind,
    followers: r.followers === null ? null : Number(r.followers), verified: Number(r.verified ?? 0) === 1,
  }));
}

export async function markLabelsApplied(db: Executor, ids: string[], at: number): Promise<void> {
  if (ids.length > 0) await db.updateTable('triage_labels').set({ applied_at: at }).where('id', 'in', ids).execute();
}

export async function countLabels(db: Executor, workspaceId: string): Promise<{ total: number; pending: number }> {
  const row = await db.selectFrom('triage_labels')
    .select((eb) => [eb.fn.countAll().as('total'), eb.fn.count('id').filterWhere('applied_at', 'is', null).as('pending')])
    .where('workspace_id', '=', workspaceId).executeTakeFirst();
  return { total: Number(row?.total ?? 0), pending: Number(row?.pending ?? 0) };
}

export async function insertMessageTriage(db: Executor, rows: NewRow<'message_triage'>[]): Promise<void> {
  if (rows.length === 0) return;
  // Re-processing an item (a replay) triages it again: the newest result wins.
  await db.insertInto('message_triage').values(rows).onConflict((oc) => oc.column('message_id').doUpdateSet((eb) => ({
    needs_response: eb.ref('excluded.needs_response'), kind: eb.ref('excluded.kind'), sentiment: eb.ref('excluded.sentiment'),
    negative: eb.ref('excluded.negative'), topic: eb.ref('excluded.topic'), urgency: eb.ref('excluded.urgency'),
    language: eb.ref('excluded.language'), influence: eb.ref('excluded.influence'), priority: eb.ref('excluded.priority'),
    model_version: eb.ref('excluded.model_version'), details: eb.ref('excluded.details'),
  }))).execute();
}

export async function findMessageTriage(db: Executor, workspaceId: string, messageId: string): Promise<Row<'message_triage'> | undefined> {
  return db.selectFrom('message_triage').selectAll().where('workspace_id', '=', workspaceId).where('message_id', '=', messageId).executeTakeFirst();
}

/** The conversation's newest inbound message: the one an agent's action speaks about. */
export async function latestInboundMessageId(db: Executor, workspaceId: string, conversationId: string): Promise<string | null> {
  const row = await db.selectFrom('messages').select('id')
    .where('workspace_id', '=', workspaceId).where('conversation_id', '=', conversationId).where('direction', '=', 'inbound')
    .orderBy('platform_created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

export interface StreamCursor {
  at: number;
  id: string;
}

/** Triaged items after `cursor`, triaged no later than `until`, in the order they were triaged. */
export async function readTriageStream(db: Executor, workspaceId: string, cursor: StreamCursor, until: number, limit: number): Promise<Row<'message_triage'>[]> {
  return db.selectFrom('message_triage').selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('created_at', '>', cursor.at), eb.and([eb('created_at', '=', cursor.at), eb('message_id', '>', cursor.id)])]))
    .where('created_at', '<=', until)
    .orderBy('created_at').orderBy('message_id').limit(limit).execute();
}

/** Moves the spike reader from `from` to `to` with its new state; false when another reader moved it first. */
export async function saveSpikeState(db: Executor, workspaceId: string, stateJson: string, from: StreamCursor, to: StreamCursor, now: number): Promise<boolean> {
  const result = await db.updateTable('workspace_triage')
    .set({ spike_state: stateJson, spike_cursor_at: to.at, spike_cursor_id: to.id, updated_at: now })
    .where('workspace_id', '=', workspaceId).where('spike_cursor_at', '=', from.at).where('spike_cursor_id', '=', from.id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
