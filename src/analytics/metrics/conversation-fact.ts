// The per-conversation facts analytics is built from: computed from the conversation as it is
// now (its messages, SLA clocks and triage), never accumulated from events, so recomputing a fact
// is idempotent and a late or repeated event cannot count twice. Definitions (docs/analytics.md):
//   started      the first inbound message's platform time (else when the conversation was created)
//   answered     an agent responded (first_response_at set by the reply path; automatic
//                acknowledgements are not responses)
//   first response   first_response_at − started
//   next responses   for each later customer turn (inbound after an agent response), the time to
//                    the next agent response
//   resolution   resolved_at − started, while the conversation is resolved
//   within SLA   the first-response SLA clock was met; with no first-response clock, answered
//                within 60 minutes (PRODUCT.md: the social default)
// Each duration is kept twice: on the wall clock and in business hours (the conversation's team's
// calendar, else the workspace's, else around the clock).

export const DEFAULT_FIRST_RESPONSE_TARGET_MS = 60 * 60_000;

export interface SnapshotMessage {
  direction: 'inbound' | 'outbound' | 'note';
  at: number;
  /** Outbound sent by a rule (canned acknowledgement): not a response. */
  automatic: boolean;
}

export interface SnapshotClock {
  target: 'first_response' | 'next_response' | 'resolution';
  cycle: number;
  outcome: 'met' | 'missed' | 'cancelled' | null;
}

export interface ConversationSnapshot {
  id: string;
  workspaceId: string;
  channelAccountId: string;
  teamId: string | null;
  assigneeId: string | null;
  topic: string | null;
  priority: number;
  sentiment: string | null;
  surface: 'public' | 'private';
  needsResponse: boolean;
  status: string;
  createdAt: number;
  firstResponseAt: number | null;
  /** When it was last resolved, while it is resolved (null otherwise). */
  resolvedAt: number | null;
  messages: readonly SnapshotMessage[];
  clocks: readonly SnapshotClock[];
  /** Followers of the author of the first inbound message (0 when unknown). */
  authorFollowers: number;
}

export interface ConversationFact {
  conversationId: string;
  workspaceId: string;
  startedAt: number;
  channelAccountId: string;
  teamId: string;
  assigneeId: string;
  topic: string;
  priority: number;
  sentiment: string;
  surface: 'public' | 'private';
  needsResponse: boolean;
  answered: boolean;
  answeredInSla: boolean;
  status: string;
  firstResponseAt: number | null;
  firstResponseMs: number | null;
  firstResponseBhMs: number | null;
  /** [wall ms, business ms] per next response. */
  nextResponses: Array<[number, number]>;
  resolvedAt: number | null;
  resolutionMs: number | null;
  resolutionBhMs: number | null;
  slaMet: number;
  slaMissed: number;
  inboundMessages: number;
  authorFollowers: number;
}

/** Business time between two instants on the conversation's calendar. */
export type BusinessTime = (from: number, to: number) => number;

export function computeFact(s: ConversationSnapshot, businessMs: BusinessTime): ConversationFact {
  const inbound = s.messages.filter((m) => m.direction === 'inbound');
  const startedAt = inbound[0]?.at ?? s.createdAt;
  const firstResponseAt = s.firstResponseAt !== null && s.firstResponseAt >= startedAt ? s.firstResponseAt : s.firstResponseAt === null ? null : startedAt;
  const firstResponseMs = firstResponseAt === null ? null : firstResponseAt - startedAt;
  const firstClock = s.clocks.filter((c) => c.target === 'first_response' && c.outcome !== 'cancelled' && c.outcome !== null)
    .sort((a, b) => a.cycle - b.cycle)[0];
  const answered = firstResponseAt !== null;
  const answeredInSla = answered && (firstClock ? firstClock.outcome === 'met' : (firstResponseMs ?? Infinity) <= DEFAULT_FIRST_RESPONSE_TARGET_MS);
  const resolvedAt = s.status === 'resolved' && s.resolvedAt !== null ? Math.max(s.resolvedAt, startedAt) : null;
  return {
    conversationId: s.id,
    workspaceId: s.workspaceId,
    startedAt,
    channelAccountId: s.channelAccountId,
    teamId: s.teamId ?? '',
    assigneeId: s.assigneeId ?? '',
    topic: s.topic ?? '',
    priority: s.priority,
    sentiment: s.sentiment ?? '',
    surface: s.surface,
    needsResponse: s.needsResponse,
    answered,
    answeredInSla,
    status: s.status,
    firstResponseAt,
    firstResponseMs,
    firstResponseBhMs: firstResponseAt === null ? null : businessMs(startedAt, firstResponseAt),
    nextResponses: nextResponses(s.messages, firstResponseAt, businessMs),
    resolvedAt,
    resolutionMs: resolvedAt === null ? null : resolvedAt - startedAt,
    resolutionBhMs: resolvedAt === null ? null : businessMs(startedAt, resolvedAt),
    slaMet: s.clocks.filter((c) => c.outcome === 'met').length,
    slaMissed: s.clocks.filter((c) => c.outcome === 'missed').length,
    inboundMessages: inbound.length,
    authorFollowers: Math.max(0, Math.round(s.authorFollowers)),
  };
}

/** Customer turns after the first response, each timed to the agent response that ends it. */
function nextResponses(messages: readonly SnapshotMessage[], firstResponseAt: number | null, businessMs: BusinessTime): Array<[number, number]> {
  if (firstResponseAt === null) return [];
  const result: Array<[number, number]> = [];
  let turnStartedAt: number | null = null;
  for (const m of [...messages].sort((a, b) => a.at - b.at)) {
    if (m.at <= firstResponseAt || m.direction === 'note') continue;
    if (m.direction === 'inbound') turnStartedAt ??= m.at;
    else if (!m.automatic && turnStartedAt !== null) {
      result.push([m.at - turnStartedAt, businessMs(turnStartedAt, m.at)]);
      turnStartedAt = null;
    }
  }
  return result;
}
