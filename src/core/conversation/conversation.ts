// Conversations and messages, and the status state machine every status change goes through.
import { DomainError } from '../errors.ts';

export type Surface = 'public' | 'private';
export type Direction = 'inbound' | 'outbound' | 'note';
export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export interface Conversation {
  id: string;
  workspaceId: string;
  channelAccountId: string;
  contactId: string | null;
  threadKey: string;
  surface: Surface;
  status: ConversationStatus;
  priority: number;
  teamId: string | null;
  assigneeId: string | null;
  subject: string | null;
  snoozedUntil: number | null;
  lastMessageAt: number;
  lastInboundAt: number | null;
  lastOutboundAt: number | null;
  firstResponseAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface Message {
  id: string;
  workspaceId: string;
  conversationId: string;
  channelAccountId: string;
  direction: Direction;
  kind: string;
  surface: Surface;
  platformMessageId: string | null;
  parentPlatformId: string | null;
  authorIdentityId: string | null;
  authorUserId: string | null;
  body: string;
  meta: Record<string, unknown>;
  status: string | null;
  platformCreatedAt: number;
  createdAt: number;
  /** Set when the author edited or deleted it on the platform. */
  editedAt?: number | null;
  deletedAt?: number | null;
}

/**
 * open: needs the team; pending: waiting on the customer; snoozed: hidden until a time;
 * resolved: done (a new inbound message reopens it).
 */
const TRANSITIONS: Record<ConversationStatus, readonly ConversationStatus[]> = {
  open: ['pending', 'snoozed', 'resolved'],
  pending: ['open', 'snoozed', 'resolved'],
  snoozed: ['open', 'pending', 'resolved'],
  resolved: ['open'],
};

export function canTransition(from: ConversationStatus, to: ConversationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ConversationStatus, to: ConversationStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('conflict', `A ${from} conversation cannot become ${to}`, { from, to });
  }
}
