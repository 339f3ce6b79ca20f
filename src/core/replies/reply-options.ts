// Which replies are allowed on a conversation right now, and why not when they are not. The
// rules are the platforms' (wire-formats reference §12d), applied to capabilities as data:
// - Messenger/Instagram: free-form DMs within 24 hours of the customer's last message; with the
//   HUMAN_AGENT tag, a person may answer up to 7 days (Meta "Human Agent" policy).
// - WhatsApp: 24-hour customer-service window; outside it only approved templates.
// - A private reply to a public comment (Meta): one message, within 7 days of the comment.
import { HOUR } from '../clock.ts';
import type { Surface } from '../conversation/conversation.ts';

export type ReplyKind = 'public_reply' | 'private_reply' | 'dm';

export interface ReplyRules {
  surfaces: readonly Surface[];
  replyKinds: readonly ReplyKind[];
  messagingWindowHours: number | null;
  humanAgentWindowHours: number | null;
  templatesOutsideWindow: boolean;
  privateReplyToCommentHours: number | null;
  maxTextLength: number;
}

export interface ReplyFacts {
  now: number;
  surface: Surface;
  /** The customer's last message on the private surface (the window opens there). */
  lastInboundAt: number | null;
  /** The public comment a private reply would answer, if any. */
  comment?: { createdAt: number; alreadyAnsweredPrivately: boolean } | null;
  /** The account may use Meta's HUMAN_AGENT tag. */
  humanAgentTagEnabled: boolean;
  networkName: string;
}

export interface ReplyOption {
  kind: ReplyKind;
  allowed: boolean;
  /** Free-form text allowed; false when only a template may be sent. */
  freeForm: boolean;
  requiresTemplate: boolean;
  humanAgentTag: boolean;
  /** When the current allowance ends (epoch ms), if it does. */
  closesAt: number | null;
  /** Plain-language reason when not allowed, or a caution when allowed with limits. */
  reason: string | null;
  /** What to do instead. */
  suggestion: string | null;
}

const closed = (kind: ReplyKind, reason: string, suggestion: string): ReplyOption =>
  ({ kind, allowed: false, freeForm: false, requiresTemplate: false, humanAgentTag: false, closesAt: null, reason, suggestion });

const open = (kind: ReplyKind, closesAt: number | null = null, extra: Partial<ReplyOption> = {}): ReplyOption =>
  ({ kind, allowed: true, freeForm: true, requiresTemplate: false, humanAgentTag: false, closesAt, reason: null, suggestion: null, ...extra });

function dmOption(rules: ReplyRules, facts: ReplyFacts): ReplyOption {
  if (rules.messagingWindowHours === null) return open('dm');
  if (facts.lastInboundAt === null) {
    return rules.templatesOutsideWindow
      ? open('dm', null, { freeForm: false, requiresTemplate: true, reason: `${facts.networkName} allows only approved templates until the customer writes to you` })
      : closed('dm', `${facts.networkName} lets you message a customer privately only after they write to you`, 'Reply publicly, or ask them to send you a message');
  }
  const windowEnds = facts.lastInboundAt + rules.messagingWindowHours * HOUR;
  if (facts.now < windowEnds) return open('dm', windowEnds);
  if (rules.humanAgentWindowHours !== null && facts.humanAgentTagEnabled) {
    const tagEnds = facts.lastInboundAt + rules.humanAgentWindowHours * HOUR;
    if (facts.now < tagEnds) {
      return open('dm', tagEnds, { humanAgentTag: true, reason: `Outside the ${rules.messagingWindowHours}-hour window: sent with the human-agent tag, allowed until ${new Date(tagEnds).toISOString()}` });
    }
  }
  if (rules.templatesOutsideWindow) {
    return open('dm', null, { freeForm: false, requiresTemplate: true, reason: `The ${rules.messagingWindowHours}-hour window closed at ${new Date(windowEnds).toISOString()}: only approved templates may be sent` });
  }
  return closed('dm', `The ${rules.messagingWindowHours}-hour messaging window closed at ${new Date(windowEnds).toISOString()}`,
    'Reply publicly if the conversation started there, or reach the customer by e-mail');
}

function privateReplyOption(rules: ReplyRules, facts: ReplyFacts): ReplyOption {
  if (rules.privateReplyToCommentHours === null) return closed('private_reply', `${facts.networkName} has no private replies to comments`, 'Send a direct message instead');
  if (!facts.comment) return closed('private_reply', 'A private reply answers a public comment; this conversation has none to answer', 'Send a direct message instead');
  if (facts.comment.alreadyAnsweredPrivately) {
    return closed('private_reply', 'This comment already has its one private reply', 'Continue in the direct-message conversation it opened');
  }
  const ends = facts.comment.createdAt + rules.privateReplyToCommentHours * HOUR;
  if (facts.now >= ends) {
    return closed('private_reply', `Private replies are possible for ${rules.privateReplyToCommentHours / 24} days after a comment; that time has passed`, 'Reply publicly and ask the customer to message you');
  }
  return open('private_reply', ends, { reason: 'One private reply per comment: make it count' });
}

/** Every reply kind of this network, each allowed or not with its reason. */
export function replyOptions(rules: ReplyRules, facts: ReplyFacts): ReplyOption[] {
  return rules.replyKinds.map((kind) => {
    if (kind === 'public_reply') {
      return facts.surface === 'public' ? open('public_reply') : closed('public_reply', 'This is a private conversation', 'Reply by direct message');
    }
    if (kind === 'private_reply') return facts.surface === 'public' ? privateReplyOption(rules, facts) : closed('private_reply', 'This is already a private conversation', 'Reply by direct message');
    return dmOption(rules, facts);
  });
}
