// Notifications to people (rules' notify action, SLA warnings and breaches). Written as
// notification.created events; browsers of the recipients show them.
import { emit } from '../events/emit.ts';
import type { Executor } from '../storage/storage.ts';

import type { RoutingContext } from './routing-context.ts';

/** The supervisors of a team, or the workspace's admins when it has none (or no team). */
export async function teamLeads(db: Executor, workspaceId: string, teamId: string | null): Promise<string[]> {
  if (teamId !== null) {
    const leads = await db.selectFrom('users').innerJoin('team_memberships', 'team_memberships.user_id', 'users.id').select('users.id')
      .where('team_memberships.team_id', '=', teamId).where('users.workspace_id', '=', workspaceId)
      .where('users.role', '=', 'supervisor').where('users.status', '=', 'active').execute();
    if (leads.length > 0) return leads.map((u) => u.id);
  }
  const admins = await db.selectFrom('users').select('id').where('workspace_id', '=', workspaceId).where('role', '=', 'admin').where('status', '=', 'active').execute();
  return admins.map((u) => u.id);
}

async function activeAmong(db: Executor, workspaceId: string, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom('users').select('id').where('workspace_id', '=', workspaceId).where('status', '=', 'active').where('id', 'in', [...userIds]).execute();
  return rows.map((r) => r.id);
}

export async function notify(ctx: RoutingContext, tx: Executor, input: {
  workspaceId: string; teamId: string | null; conversationId: string | null; userIds: readonly string[]; teamLeads: boolean; message: string; reason: string;
}): Promise<void> {
  const recipients = new Set(await activeAmong(tx, input.workspaceId, input.userIds));
  if (input.teamLeads) for (const id of await teamLeads(tx, input.workspaceId, input.teamId)) recipients.add(id);
  if (recipients.size === 0) return;
  await emit(tx, ctx.clock, {
    type: 'notification.created', workspaceId: input.workspaceId, subjectId: input.conversationId, teamId: input.teamId,
    payload: { recipientUserIds: [...recipients].sort(), conversationId: input.conversationId, message: input.message, reason: input.reason },
  });
}
