// A conversation as routing sees it: the core record plus its channel network, the latest
// triage summary, its SLA policy and its place in the waiting queue.
import type { Conversation } from '../conversation/conversation.ts';

export interface RoutingConversation extends Conversation {
  /** The channel account's network (capacity is counted per network). */
  network: string;
  /** null until triage or a rule says; false keeps it out of queues and SLAs. */
  needsResponse: boolean | null;
  kind: string | null;
  sentiment: string | null;
  topic: string | null;
  urgency: number | null;
  language: string | null;
  influence: number | null;
  slaPolicyId: string | null;
  /** In the team's waiting queue since; null when not waiting. */
  queuedAt: number | null;
  assignedAt: number | null;
}

/** Waiting for an agent: open, in a team, nobody assigned, and a response is needed. */
export function shouldWait(c: Pick<RoutingConversation, 'status' | 'teamId' | 'assigneeId' | 'needsResponse'>): boolean {
  return c.status === 'open' && c.teamId !== null && c.assigneeId === null && c.needsResponse !== false;
}
