// People and teams: creating and changing them, with every security-relevant change audited.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import { normalizeEmail, slugify, type Role, type Team, type TeamKind, type User, type Workspace } from '../core/workspace/workspace.ts';
import type { Storage, Tx } from '../storage/storage.ts';
import * as people from '../storage/repositories/workspaces.repository.ts';
import { findChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { deleteSessionsOfUser, grantTeamChannel, revokeApiTokensOfUser, revokeTeamChannel } from '../storage/repositories/identity.repository.ts';
import { hashPassword, passwordProblem } from '../security/passwords.ts';
import { recordAudit, type AuditActor } from './audit.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

export interface NewPerson {
  email: string;
  name: string;
  role: Role;
  password: string;
  teamIds?: readonly string[];
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('validation_failed', `The password ${problem}`, { field: 'password' });
}

async function insertPerson(tx: Tx, clock: Clock, workspaceId: string, input: NewPerson, passwordHash: string): Promise<User> {
  const email = normalizeEmail(input.email);
  if (await people.findUserCredentials(tx, email)) throw new DomainError('conflict', 'Someone already signs in with this e-mail', { field: 'email' });
  const now = clock.now();
  const user: User = { id: newId(now), workspaceId, email, name: input.name.trim(), role: input.role, status: 'active', createdAt: now, updatedAt: now };
  await people.insertUser(tx, { ...user, passwordHash });
  for (const teamId of input.teamIds ?? []) {
    if (!(await people.findTeam(tx, workspaceId, teamId))) throw notFound('Team');
    await people.addTeamMember(tx, workspaceId, teamId, user.id, now);
  }
  return user;
}

export async function createPerson(deps: Deps, actor: AuditActor, workspaceId: string, input: NewPerson, ip: string | null = null): Promise<User> {
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  return deps.storage.transaction(async (tx) => {
    const user = await insertPerson(tx, deps.clock, workspaceId, input, hash);
    await recordAudit(tx, deps.clock, { workspaceId, actor, action: 'user.created', target: { type: 'user', id: user.id }, ip, meta: { role: user.role } });
    return user;
  });
}

/** First run: a workspace and its first admin (`earshot admin create`). */
export async function createWorkspaceWithAdmin(deps: Deps, input: { workspaceName: string; email: string; name: string; password: string }):
  Promise<{ workspace: Workspace; admin: User }> {
  checkPassword(input.password);
  const hash = await hashPassword(input.password);
  return deps.storage.transaction(async (tx) => {
    const now = deps.clock.now();
    let slug = slugify(input.workspaceName);
    if (await people.findWorkspaceBySlug(tx, slug)) slug = `${slug}-${newId(now).slice(-6)}`;
    const workspace: Workspace = { id: newId(now), name: input.workspaceName.trim(), slug, settings: {}, createdAt: now };
    await people.insertWorkspace(tx, workspace);
    const admin = await insertPerson(tx, deps.clock, workspace.id, { email: input.email, name: input.name, role: 'admin', password: input.password }, hash);
    await recordAudit(tx, deps.clock, { workspaceId: workspace.id, actor: 'system', action: 'user.created', target: { type: 'user', id: admin.id }, meta: { role: 'admin', firstRun: true } });
    return { workspace, admin };
  });
}

export async function updatePerson(deps: Deps, principal: Principal, userId: string,
  changes: { name?: string; role?: Role; status?: User['status'] }, ip: string): Promise<User> {
  return deps.storage.transaction(async (tx) => {
    const user = await people.findUser(tx, principal.workspaceId, userId);
    if (!user) throw notFound('Person');
    if (userId === principal.userId && (changes.role !== undefined && changes.role !== 'admin' || changes.status === 'disabled')) {
      throw new DomainError('conflict', 'You cannot demote or disable yourself; ask another admin');
    }
    const now = deps.clock.now();
    await people.updateUser(tx, principal.workspaceId, userId, changes, now);
    if (changes.role !== undefined && changes.role !== user.role) {
      await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'role.changed', target: { type: 'user', id: userId }, ip, meta: { from: user.role, to: changes.role } });
    }
    if (changes.status === 'disabled' && user.status !== 'disabled') {
      // A disabled person is signed out everywhere and their tokens stop working at once.
      await deleteSessionsOfUser(tx, userId);
      await revokeApiTokensOfUser(tx, userId, now);
    }
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'user.updated', target: { type: 'user', id: userId }, ip, meta: { fields: Object.keys(changes) } });
    return (await people.findUser(tx, principal.workspaceId, userId))!;
  });
}

/** `earshot user reset-password`: sets a new password and ends the person's sessions. */
export async function resetPassword(deps: Deps, email: string, password: string): Promise<User> {
  checkPassword(password);
  const hash = await hashPassword(password);
  return deps.storage.transaction(async (tx) => {
    const found = await people.findUserCredentials(tx, normalizeEmail(email));
    if (!found) throw notFound('Person with this e-mail');
    await people.updateUser(tx, found.user.workspaceId, found.user.id, { passwordHash: hash }, deps.clock.now());
    await deleteSessionsOfUser(tx, found.user.id);
    await recordAudit(tx, deps.clock, { workspaceId: found.user.workspaceId, actor: 'system', action: 'password.reset', target: { type: 'user', id: found.user.id } });
    return found.user;
  });
}

export async function createTeam(deps: Deps, principal: Principal, input: { name: string; kind: TeamKind; settings?: Record<string, unknown> }, ip: string): Promise<Team> {
  return deps.storage.transaction(async (tx) => {
    const existing = await people.listTeams(tx, principal.workspaceId);
    if (existing.some((team) => team.name.toLowerCase() === input.name.trim().toLowerCase())) {
      throw new DomainError('conflict', 'A team with this name exists', { field: 'name' });
    }
    const now = deps.clock.now();
    const team: Team = { id: newId(now), workspaceId: principal.workspaceId, name: input.name.trim(), kind: input.kind, settings: input.settings ?? {}, createdAt: now };
    await people.insertTeam(tx, team);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'team.created', target: { type: 'team', id: team.id }, ip, meta: { kind: team.kind } });
    return team;
  });
}

export async function setTeamMembership(deps: Deps, principal: Principal, teamId: string, userId: string, member: boolean, ip: string): Promise<void> {
  await deps.storage.transaction(async (tx) => {
    const team = await people.findTeam(tx, principal.workspaceId, teamId);
    const user = await people.findUser(tx, principal.workspaceId, userId);
    if (!team) throw notFound('Team');
    if (!user) throw notFound('Person');
    if (member) await people.addTeamMember(tx, principal.workspaceId, teamId, userId, deps.clock.now());
    else await people.removeTeamMember(tx, principal.workspaceId, teamId, userId);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: member ? 'team.member_added' : 'team.member_removed', target: { type: 'team', id: teamId }, ip, meta: { userId } });
  });
}

export async function setTeamChannel(deps: Deps, principal: Principal, teamId: string, channelAccountId: string, granted: boolean, ip: string): Promise<void> {
  await deps.storage.transaction(async (tx) => {
    if (!(await people.findTeam(tx, principal.workspaceId, teamId))) throw notFound('Team');
    if (!(await findChannelAccount(tx, principal.workspaceId, channelAccountId))) throw notFound('Channel account');
    if (granted) await grantTeamChannel(tx, principal.workspaceId, teamId, channelAccountId);
    else await revokeTeamChannel(tx, principal.workspaceId, teamId, channelAccountId);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: granted ? 'team.channel_granted' : 'team.channel_revoked', target: { type: 'team', id: teamId }, ip, meta: { channelAccountId } });
  });
}
