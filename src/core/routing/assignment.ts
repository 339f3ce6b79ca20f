// Choosing who gets a conversation. Pure: the caller supplies the team's agents with their
// presence, skills, capacity and current load. Only online agents with room for one more
// conversation on this channel are eligible; skills rank them; the team's strategy picks one.
import type { AgentSkills, Capacity, TeamRoutingSettings } from './routing-settings.ts';

export type Presence = 'online' | 'away' | 'offline';

export interface Load {
  total: number;
  perChannel: Readonly<Record<string, number>>;
}

export interface AgentCandidate {
  userId: string;
  presence: Presence;
  autoAssign: boolean;
  skills: AgentSkills;
  /** The agent's own capacity, or null for the team's. */
  capacity: Capacity | null;
  load: Load;
  /** Epoch ms of the agent's last assignment (0 if never): round robin's pointer. */
  lastAssignedAt: number;
}

export interface WorkItem {
  conversationId: string;
  /** The channel network (capacity is per network). */
  network: string;
  language: string | null;
  topic: string | null;
}

export type SkillFit = 'yes' | 'unknown' | 'no';

export interface AssignmentChoice {
  userId: string;
  language: SkillFit;
  topic: SkillFit;
  /** How many agents were eligible (online, auto-assign, room on this channel). */
  eligible: number;
}

export function hasRoom(agent: AgentCandidate, network: string, teamCapacity: Capacity): boolean {
  const capacity = agent.capacity ?? teamCapacity;
  if (agent.load.total >= capacity.total) return false;
  const channelCap = capacity.perChannel[network];
  return channelCap === undefined || (agent.load.perChannel[network] ?? 0) < channelCap;
}

function fit(wanted: string | null, offered: readonly string[]): SkillFit {
  if (wanted === null) return 'unknown';
  if (offered.length === 0) return 'unknown';
  return offered.some((o) => o.toLowerCase() === wanted.toLowerCase()) ? 'yes' : 'no';
}

const SCORE: Record<SkillFit, number> = { yes: 2, unknown: 1, no: 0 };

/**
 * Whether the team can ever serve this skill: someone (whatever their presence or load) fits or
 * has no restriction. When nobody can, `required` falls back to anyone so the customer is not
 * left waiting forever.
 */
function servable(item: WorkItem, team: readonly AgentCandidate[], dimension: 'language' | 'topic'): boolean {
  const wanted = dimension === 'language' ? item.language : item.topic;
  return team.some((a) => fit(wanted, dimension === 'language' ? a.skills.languages : a.skills.topics) !== 'no');
}

function loadRatio(agent: AgentCandidate, teamCapacity: Capacity): number {
  const total = (agent.capacity ?? teamCapacity).total;
  return total === 0 ? Infinity : agent.load.total / total;
}

/** The agent to assign `item` to, or null when nobody eligible has room (the item waits). */
export function chooseAgent(item: WorkItem, team: readonly AgentCandidate[], settings: TeamRoutingSettings,
  exclude: ReadonlySet<string> = new Set()): AssignmentChoice | null {
  const eligible = team.filter((a) => a.presence === 'online' && a.autoAssign && !exclude.has(a.userId) && hasRoom(a, item.network, settings.capacity));
  if (eligible.length === 0) return null;
  const scored = eligible.map((agent) => {
    const language = fit(item.language, agent.skills.languages);
    const topic = fit(item.topic, agent.skills.topics);
    return { agent, language, topic, score: SCORE[language] * 3 + SCORE[topic] };
  });
  const strict = settings.skills === 'required';
  const allowed = scored.filter((s) =>
    !strict || ((s.language !== 'no' || !servable(item, team, 'language')) && (s.topic !== 'no' || !servable(item, team, 'topic'))));
  if (allowed.length === 0) return null;
  const best = Math.max(...allowed.map((s) => s.score));
  const top = allowed.filter((s) => s.score === best);
  top.sort((a, b) => (settings.strategy === 'balanced' ? loadRatio(a.agent, settings.capacity) - loadRatio(b.agent, settings.capacity) : 0)
    || a.agent.lastAssignedAt - b.agent.lastAssignedAt || (a.agent.userId < b.agent.userId ? -1 : 1));
  const chosen = top[0]!;
  return { userId: chosen.agent.userId, language: chosen.language, topic: chosen.topic, eligible: eligible.length };
}

/** The agent's load after taking one more conversation on `network`. */
export function withOneMore(load: Load, network: string): Load {
  return { total: load.total + 1, perChannel: { ...load.perChannel, [network]: (load.perChannel[network] ?? 0) + 1 } };
}
