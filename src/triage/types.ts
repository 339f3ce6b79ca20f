// The public types of the triage engine: what goes in for every inbound item, what comes out.

export const KINDS = ['complaint', 'question', 'feedback', 'chatter', 'spam'] as const;
export type Kind = (typeof KINDS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** The care topics every workspace starts with; workspaces may add their own. */
export const DEFAULT_TOPICS = [
  'billing', 'delivery', 'outage_or_bug', 'account_and_login', 'product_question', 'refund_or_return', 'other',
] as const;
export type DefaultTopic = (typeof DEFAULT_TOPICS)[number];

export const URGENCY_SIGNALS = [
  'safety', 'outage', 'money_lost', 'travel_today', 'legal_threat', 'churn_threat', 'public_escalation',
  'vulnerable_customer', 'repeat_contact', 'account_locked',
] as const;
export type UrgencySignal = (typeof URGENCY_SIGNALS)[number];

export interface TriageAuthor {
  followers?: number | null;
  verified?: boolean;
  /** Conversations this contact had with the workspace before. */
  priorConversations?: number;
  /** How many of those were complaints. */
  priorComplaints?: number;
}

export interface TriageInput {
  text: string;
  network?: string;
  surface?: 'public' | 'private';
  /** post, comment, mention, reply, dm, email, sms, chat */
  messageKind?: string;
  author?: TriageAuthor;
  engagement?: { likes?: number; reposts?: number; replies?: number };
}

export interface TriageResult {
  needsResponse: boolean;
  /** Calibrated probability that the item needs a response (complaint or question). */
  needsResponseScore: number;
  kind: Kind;
  kindProbabilities: Record<Kind, number>;
  sentiment: { label: Sentiment; score: number; probabilities: Record<Sentiment, number> };
  topic: { label: string; confidence: number };
  urgency: { level: 0 | 1 | 2 | 3; signals: UrgencySignal[] };
  language: { code: string; confidence: number };
  influence: { score: number; tier: InfluenceTier; reasons: string[] };
  priority: { score: number; components: Record<string, number> };
  /** The features or rules that decided each field, most important first. */
  explanation: string[];
  modelVersion: string;
}

export type InfluenceTier = 'unknown' | 'regular' | 'micro' | 'mid' | 'macro' | 'mega';
