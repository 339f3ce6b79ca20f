// What routing rules read about an inbound message and its conversation. The ingestion
// pipeline (channels, issue 4) and triage (issue 5) fill these; every triage field is optional,
// so rules keep working on messages triage has not scored (a condition on a missing field fails,
// except `exists: false`).

/** The triage summary of one inbound item (see src/triage/types.ts for how each is made). */
export interface TriageFacts {
  /** A support request (complaint or question) rather than chatter, praise or spam. */
  needsResponse?: boolean;
  /** complaint | question | feedback | chatter | spam */
  kind?: string;
  /** negative | neutral | positive */
  sentiment?: string;
  /** The sentiment label's probability, 0..1. */
  sentimentScore?: number;
  topic?: string;
  /** 0 (none) .. 3 (critical). */
  urgency?: number;
  /** ISO 639-1 code, e.g. "en". */
  language?: string;
  /** The author's influence score, 0..1. */
  influence?: number;
  /** unknown | regular | micro | mid | macro | mega */
  influenceTier?: string;
  /** Triage's priority as a level 0..4 (core/routing/priority.ts; priorityFromScore maps triage's 0..100 score). */
  priority?: number;
}

export interface ContactFacts {
  id?: string | null;
  name?: string | null;
  followers?: number | null;
  verified?: boolean;
  /** Free attributes of the contact (plan, country, VIP...), compared by `contact.attribute` conditions. */
  attributes?: Readonly<Record<string, string | number | boolean | null>>;
}

/** Why rules are being evaluated: a conversation (re)opening, or any later inbound message. */
export type RuleTrigger = 'conversation_opened' | 'message_received';

export interface RuleFacts {
  trigger: RuleTrigger;
  channel: { accountId: string; network: string };
  surface: 'public' | 'private';
  /** post, comment, reply, mention, dm, email, sms, chat... */
  messageKind: string;
  text: string;
  triage: TriageFacts;
  contact: ContactFacts;
  /** The conversation's labels before this message. */
  labels: readonly string[];
  /** The conversation's priority before the rules run. */
  priority: number;
  teamId: string | null;
  assigneeId: string | null;
  /** Inside the workspace's business hours at the message's time. */
  insideBusinessHours: boolean;
  /** Minutes since the team last replied in this conversation; null when it never did. */
  minutesSinceLastReply: number | null;
}
