// Canned responses, message templates and note mentions.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';

export type CannedResponseRow = Row<'canned_responses'>;
export type MessageTemplateRow = Row<'message_templates'>;

/** The canned responses for people in `teamIds` (plus the workspace-wide ones); all when null. */
export async function listCannedResponses(db: Executor, workspaceId: string, teamIds: readonly string[] | null): Promise<CannedResponseRow[]> {
  return db.selectFrom('canned_responses').selectAll().where('workspace_id', '=', workspaceId)
    .$if(teamIds !== null, (q) => q.where((eb) => eb.or([eb('team_id', 'is', null), ...(teamIds!.length > 0 ? [eb('team_id', 'in', [...teamIds!])] : [])])))
    .orderBy('shortcut').execute();
}

export async function findCannedResponse(db: Executor, workspaceId: string, id: string): Promise<CannedResponseRow | undefined> {
  return db.selectFrom('canned_responses').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function insertCannedResponse(db: Executor, row: CannedResponseRow): Promise<void> {
  await db.insertInto('canned_responses').values(row).execute();
}

export async function updateCannedResponse(db: Executor, workspaceId: string, id: string,
  changes: Partial<Pick<CannedResponseRow, 'name' | 'shortcut' | 'body' | 'team_id'>>, now: number): Promise<void> {
  await db.updateTable('canned_responses').set({ ...changes, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function deleteCannedResponse(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('canned_responses').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listTemplates(db: Executor, workspaceId: string, channelAccountId: string): Promise<MessageTemplateRow[]> {
  return db.selectFrom('message_templates').selectAll().where('workspace_id', '=', workspaceId)
    .where('channel_account_id', '=', channelAccountId).orderBy('name').execute();
}

export async function findTemplate(db: Executor, workspaceId: string, id: string): Promise<MessageTemplateRow | undefined> {
  return db.selectFrom('message_templates').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: Executor, row: MessageTemplateRow): Promise<void> {
  await db.insertInto('message_templates').values(row).execute();
}

export async function insertMentions(db: Executor, workspaceId: string, messageId: string, userIds: readonly string[], now: number): Promise<void> {
  if (userIds.length === 0) return;
  await db.insertInto('note_mentions').values(userIds.map((userId) => ({ message_id: messageId, user_id: userId, workspace_id: workspaceId, created_at: now }))).execute();
}

/** Whether this comment already has its one private reply. */
export async function hasPrivateReply(db: Executor, channelAccountId: string, commentPlatformId: string): Promise<boolean> {
  const row = await db.selectFrom('messages').select('id').where('channel_account_id', '=', channelAccountId)
    .where('parent_platform_id', '=', commentPlatformId).where('kind', '=', 'private_reply').executeTakeFirst();
  return row !== undefined;
}
