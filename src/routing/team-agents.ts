// A team's agents as assignment candidates: active members with their routing profile (skills,
// own capacity, auto-assign), presence, current load and round-robin pointer.
import type { AgentCandidate } from '../core/routing/assignment.ts';
import { agentSkillsSchema, capacitySchema, readTeamRoutingSettings, type AgentSkills, type Capacity, type TeamRoutingSettings } from '../core/routing/routing-settings.ts';
import { ParsedCache } from './routing-context.ts';
import type { Executor } from '../storage/storage.ts';
import { listTeamMembers } from '../storage/repositories/workspaces.repository.ts';
import { findTeamSettings, listAgentRouting, type AgentRouting } from '../storage/repositories/routing-config.repository.ts';
import { loadsOf } from '../storage/repositories/routing.repository.ts';

// Profiles are read on every drain; validated skills and capacities are kept by their JSON.
const parsed = new ParsedCache<{ skills: AgentSkills; capacity: Capacity | null }>(5000);

function profileParts(profile: AgentRouting): { skills: AgentSkills; capacity: Capacity | null } {
  return parsed.get(JSON.stringify([profile.skills, profile.capacity]), () => {
    const skills = agentSkillsSchema.safeParse(profile.skills ?? {});
    const capacity = profile.capacity === null ? null : capacitySchema.safeParse(profile.capacity);
    return { skills: skills.success ? skills.data : { languages: [], topics: [] }, capacity: capacity?.success ? capacity.data : null };
  });
}

export function toCandidate(profile: AgentRouting, load: AgentCandidate['load']): AgentCandidate {
  return { userId: profile.userId, presence: profile.presence, autoAssign: profile.autoAssign, ...profileParts(profile), load, lastAssignedAt: profile.lastAssignedAt };
}

export async function teamSettings(db: Executor, workspaceId: string, teamId: string): Promise<TeamRoutingSettings> {
  return readTeamRoutingSettings(await findTeamSettings(db, workspaceId, teamId));
}

export async function teamCandidates(db: Executor, workspaceId: string, teamId: string): Promise<AgentCandidate[]> {
  const members = (await listTeamMembers(db, workspaceId, teamId)).filter((u) => u.status === 'active');
  const ids = members.map((m) => m.id);
  const [profiles, loads] = await Promise.all([listAgentRouting(db, workspaceId, ids), loadsOf(db, workspaceId, ids)]);
  return ids.map((id) => toCandidate(profiles.get(id)!, loads.get(id)!));
}
