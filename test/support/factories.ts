// Factories that build realistic rows with their parents, for tests on any dialect.
import { newId } from '../../src/core/ids.ts';
import type { ChannelAccount } from '../../src/core/channel/channel-account.ts';
import type { Role, Team, TeamKind, User, Workspace } from '../../src/core/workspace/workspace.ts';
import type { Executor } from '../../src/storage/storage.ts';
import { insertTeam, insertUser, insertWorkspace, addTeamMember } from '../../src/storage/repositories/workspaces.repository.ts';
import { insertChannelAccount } from '../../src/storage/repositories/channel-accounts.repository.ts';

let counter = 0;
const next = () => ++counter;

export async function makeWorkspace(db: Executor, overrides: Partial<Workspace> = {}): Promise<Workspace> {
  const n = next();
  const workspace: Workspace = { id: newId(), name: `Acme ${n}`, slug: `acme-${n}-${newId().slice(-6)}`, settings: {}, createdAt: Date.now(), ...overrides };
  await insertWorkspace(db, workspace);
  return workspace;
}

export async function makeUser(db: Executor, workspace: Workspace, overrides: Partial<User> & { passwordHash?: string | null } = {}): Promise<User> {
  const n = next();
  const { passwordHash = null, ...rest } = overrides;
  const user: User = {
    id: newId(), workspaceId: workspace.id, email: `agent${n}-${newId().slice(-6)}@acme.test`, name: `Agent ${n}`,
    role: 'agent' as Role, status: 'active', createdAt: Date.now(), updatedAt: Date.now(), ...rest,
  };
  await insertUser(db, { ...user, passwordHash });
  return user;
}

export async function makeTeam(db: Executor, workspace: Workspace, kind: TeamKind = 'care', members: User[] = []): Promise<Team> {
  const team: Team = { id: newId(), workspaceId: workspace.id, name: `${kind} team ${next()}`, kind, settings: {}, createdAt: Date.now() };
  await insertTeam(db, team);
  for (const member of members) await addTeamMember(db, workspace.id, team.id, member.id, Date.now());
  return team;
}

export async function makeChannelAccount(db: Executor, workspace: Workspace, overrides: Partial<ChannelAccount> = {}): Promise<ChannelAccount> {
  const account: ChannelAccount = {
    id: newId(), workspaceId: workspace.id, network: 'facebook', name: 'Acme on Facebook', externalId: `page-${newId().slice(-12)}`,
    settings: {}, status: 'active', defaultTeamId: null, createdAt: Date.now(), updatedAt: Date.now(), ...overrides,
  };
  await insertChannelAccount(db, { ...account, sealedCredentials: 'sealed:test' });
  return account;
}
