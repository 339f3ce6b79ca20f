// One line of the inbox as the agent app shows it, and the pure rules that shape it: the SLA
// state at this moment, the author's influence badge, a plain-text snippet.
import { influenceTier } from '../triage/influence.ts';
import type { InfluenceTier } from '../triage/types.ts';
import type { ConversationStatus } from '../core/conversation/conversation.ts';

export type SlaState = 'ok' | 'at_risk' | 'breached' | 'paused' | 'none';

export interface InboxRow {
  id: string;
  status: ConversationStatus;
  priority: number;
  network: string;
  channelAccountId: string;
  channelName: string;
  isPublic: boolean;
  author: {
    contactId: string | null;
    name: string | null;
    handle: string | null;
    avatarUrl: string | null;
    followers: number | null;
    verified: boolean;
    influence: { score: number | null; tier: InfluenceTier };
  };
  snippet: string;
  sentiment: string | null;
  topic: string | null;
  needsResponse: { required: boolean | null; kind: string | null };
  labels: string[];
  assigneeId: string | null;
  teamId: string | null;
  sla: { dueAt: number | null; state: SlaState };
  waitingSince: number | null;
  lastMessageAt: number;
}

/** What storage reads for a row (labels come from a second, page-sized query). */
export interface InboxRecord extends Omit<InboxRow, 'labels' | 'sla' | 'snippet' | 'author'> {
  snippet: string | null;
  author: Omit<InboxRow['author'], 'influence' | 'avatarUrl'> & { profile: string | null; influence: number | null };
  sla: { dueAt: number | null; warnAt: number | null; status: 'running' | 'paused' | null };
}

export function slaState(sla: InboxRecord['sla'], now: number): SlaState {
  if (sla.status === null) return 'none';
  if (sla.status === 'paused') return 'paused';
  if (sla.dueAt !== null && sla.dueAt <= now) return 'breached';
  if (sla.warnAt !== null && sla.warnAt <= now) return 'at_risk';
  return 'ok';
}

export const SNIPPET_CHARS = 140;

/** One line of plain text: whitespace collapsed, cut at a character (not a UTF-16 half) boundary. */
export function snippetOf(text: string | null, max = SNIPPET_CHARS): string {
  const flat = (text ?? '').replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** An avatar address from the identity's stored profile, only when it is https. */
export function avatarUrlOf(profile: string | null): string | null {
  if (!profile) return null;
  try {
    const value: unknown = (JSON.parse(profile) as Record<string, unknown>).avatarUrl;
    return typeof value === 'string' && value.startsWith('https://') && value.length <= 2048 ? value : null;
  } catch {
    return null;
  }
}

export function presentInboxRow(record: InboxRecord, labels: readonly string[], now: number): InboxRow {
  const { author, sla } = record;
  return {
    ...record,
    snippet: snippetOf(record.snippet),
    author: {
      contactId: author.contactId, name: author.name, handle: author.handle, avatarUrl: avatarUrlOf(author.profile),
      followers: author.followers, verified: author.verified,
      influence: { score: author.influence, tier: influenceTier(author.followers) },
    },
    labels: [...labels].sort(),
    sla: { dueAt: sla.dueAt, state: slaState(sla, now) },
  };
}
