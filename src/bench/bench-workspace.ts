// A workspace for benchmarks: one care team of agents and a channel, inserted directly.
import { newId } from '../core/ids.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { Team, User, Workspace } from '../core/workspace/workspace.ts';
import type { Storage } from '../storage/storage.ts';
import { addTeamMember, insertTeam, insertUser, insertWorkspace } from '../storage/repositories/workspaces.repository.ts';
import { insertChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';

export interface BenchWorkspace {
  workspace: Workspace;
  team: Team;
  agents: User[];
  channel: ChannelAccount;
}

export async function benchWorkspace(storage: Storage, agentCount: number, now: number): Promise<BenchWorkspace> {
  return storage.transaction(async (tx) => {
    const workspace: Workspace = { id: newId(now), name: 'Bench', slug: `bench-${newId(now).slice(-8)}`, settings: {}, createdAt: now };
    await insertWorkspace(tx, workspace);
    const team: Team = { id: newId(now), workspaceId: workspace.id, name: 'Care', kind: 'care', settings: {}, createdAt: now };
    await insertTeam(tx, team);
    const agents: User[] = [];
    for (let i = 0; i < agentCount; i++) {
      const user: User = { id: newId(now), workspaceId: workspace.id, email: `agent${i}-${newId(now).slice(-8)}@bench.example`, name: `Agent ${i}`, role: i === 0 ? 'supervisor' : 'agent', status: 'active', createdAt: now, updatedAt: now };
      await insertUser(tx, { ...user, passwordHash: null });
      await addTeamMember(tx, workspace.id, team.id, user.id, now);
      agents.push(user);
    }
    const channel: ChannelAccount = {
      id: newId(now), workspaceId: workspace.id, network: 'x', name: 'Bench on X', externalId: `bench-${newId(now)}`, settings: {}, status: 'active',
      defaultTeamId: team.id, createdAt: now, updatedAt: now,
    };
    await insertChannelAccount(tx, { ...channel, sealedCredentials: 'sealed:bench' });
    return { workspace, team, agents, channel };
  });
}
