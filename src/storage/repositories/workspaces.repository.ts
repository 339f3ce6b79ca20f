// Workspaces, their people and their teams.
import type { Role, Team, TeamKind, User, Workspace, WorkspaceSettings } from '../../core/workspace/workspace.ts';
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';

const toWorkspace = (row: Row<'workspaces'>): Workspace => ({
  id: row.id, name: row.name, slug: row.slug, settings: readJson<WorkspaceSettings>(row.settings, {}), createdAt: Number(row.created_at),
});

export const toUser = (row: Row<'users'>): User => ({
  id: row.id, workspaceId: row.workspace_id, email: row.email, name: row.name, role: row.role,
  status: row.status, createdAt: Number(row.created_at), updatedAt: Number(row.updated_at),
});

const toTeam = (row: Row<'teams'>): Team => ({
  id: row.id, workspaceId: row.workspace_id, name: row.name, kind: row.kind,
  settings: readJson(row.settings, {}), createdAt: Number(row.created_at),
});

export async function insertWorkspace(db: Executor, workspace: Workspace): Promise<void> {
  await db.insertInto('workspaces').values({
    id: workspace.id, name: workspace.name, slug: workspace.slug, settings: writeJson(workspace.settings), created_at: workspace.createdAt,
  }).execute();
}

export async function findWorkspace(db: Executor, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toWorkspace(row);
}

export async function findWorkspaceBySlug(db: Executor, slug: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toWorkspace(row);
}

export async function insertUser(db: Executor, user: User & { passwordHash: string | null }): Promise<void> {
  await db.insertInto('users').values({
    id: user.id, workspace_id: user.workspaceId, email: user.email, name: user.name, role: user.role,
    password_hash: user.passwordHash, status: user.status, created_at: user.createdAt, updated_at: user.updatedAt,
  }).execute();
}

export async function findUser(db: Executor, workspaceId: string, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** The user and their password hash, for signing in (email is unique across workspaces). */
export async function findUserCredentials(db: Executor, email: string): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function listUsers(db: Executor, workspaceId: string): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
  return rows.map(toUser);
}

export async function updateUser(db: Executor, workspaceId: string, id: string,
  changes: Partial<{ name: string; role: Role; status: User['status']; passwordHash: string }>, now: number): Promise<boolean> {
  const result = await db.updateTable('users').set({
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.role !== undefined ? { role: changes.role } : {}),
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
    updated_at: now,
  }).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertTeam(db: Executor, team: Team): Promise<void> {
  await db.insertInto('teams').values({
    id: team.id, workspace_id: team.workspaceId, name: team.name, kind: team.kind, settings: writeJson(team.settings), created_at: team.createdAt,
  }).execute();
}

export async function findTeam(db: Executor, workspaceId: string, id: string): Promise<Team | undefined> {
  const row = await db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row && toTeam(row);
}

export async function listTeams(db: Executor, workspaceId: string, kind?: TeamKind): Promise<Team[]> {
  const rows = await db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId)
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind!)).orderBy('name').execute();
  return rows.map(toTeam);
}

export async function addTeamMember(db: Executor, workspaceId: string, teamId: string, userId: string, now: number): Promise<void> {
  await db.insertInto('team_memberships').values({ team_id: teamId, user_id: userId, workspace_id: workspaceId, created_at: now })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing()).execute();
}

export async function removeTeamMember(db: Executor, workspaceId: string, teamId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('team_memberships')
    .where('workspace_id', '=', workspaceId).where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listTeamsOfUser(db: Executor, workspaceId: string, userId: string): Promise<Team[]> {
  const rows = await db.selectFrom('teams').innerJoin('team_memberships', 'team_memberships.team_id', 'teams.id')
    .selectAll('teams').where('team_memberships.workspace_id', '=', workspaceId).where('team_memberships.user_id', '=', userId)
    .orderBy('teams.name').execute();
  return rows.map(toTeam);
}

export async function listTeamMembers(db: Executor, workspaceId: string, teamId: string): Promise<User[]> {
  const rows = await db.selectFrom('users').innerJoin('team_memberships', 'team_memberships.user_id', 'users.id')
    .selectAll('users').where('team_memberships.workspace_id', '=', workspaceId).where('team_memberships.team_id', '=', teamId)
    .orderBy('users.name').execute();
  return rows.map(toUser);
}
