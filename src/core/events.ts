// The typed map of domain events. Events are written in the same transaction as the change that
// caused them (the `domain_events` outbox) and dispatched after commit: to in-process subscribers,
// to durable handlers, and to browsers over the realtime socket. Names are `noun.past_tense`.

export interface DomainEventMap {
  'workspace.created': { name: string };
  'conversation.created': { conversationId: string; channelAccountId: string; surface: 'public' | 'private' };
  'conversation.updated': { conversationId: string; changed: string[] };
  'message.created': { conversationId: string; messageId: string; direction: 'inbound' | 'outbound' | 'note' };
  /** The author changed the text on the platform; the message body now holds the new text. */
  'message.edited': { conversationId: string; messageId: string };
  /** The author deleted it on the platform. */
  'message.deleted': { conversationId: string; messageId: string };
  /** Two contacts were found to be one person; `from` was merged into `into`. */
  'contact.merged': { intoContactId: string; fromContactId: string };
  /** A signed platform event could not be understood; it waits in the quarantine for a replay. */
  'inbound.quarantined': { inboundEventId: string; channelAccountId: string; network: string; error: string };
  /** A channel went quiet far longer than usual, or keeps failing. */
  'channel.unhealthy': { channelAccountId: string; network: string; reason: 'quiet' | 'auth_failures' | 'errors' | 'polling_failed' | 'budget_reached'; detail: string };
  'channel.recovered': { channelAccountId: string; network: string };
  // Routing, assignment and SLA (issue 6). `byUserId` is null when the system acted (rules, timers).
  'conversation.assigned': {
    conversationId: string; assigneeId: string | null; previousAssigneeId: string | null; teamId: string | null; previousTeamId: string | null;
    reason: AssignmentReason; byUserId: string | null;
  };
  'conversation.status_changed': { conversationId: string; from: string; to: string; snoozedUntil: number | null; byUserId: string | null };
  'conversation.priority_changed': { conversationId: string; priority: number; previous: number; reason: 'manual' | 'rule' | 'triage' | 'escalation'; byUserId: string | null };
  'conversation.labels_changed': { conversationId: string; added: string[]; removed: string[]; labels: string[]; byUserId: string | null };
  'conversation.sla_policy_changed': { conversationId: string; policyId: string | null; previousPolicyId: string | null; byUserId: string | null };
  /** Rules ran on an inbound message: which matched (by id, in the version in force) and what they decided. */
  'conversation.routed': { conversationId: string; messageId: string; rulesVersion: number; matchedRuleIds: string[]; noResponse: boolean };
  /** Entered its team's waiting queue: nobody with room could take it. */
  'conversation.queued': { conversationId: string; teamId: string; priority: number };
  /** A rule asked for a canned acknowledgement; the reply outbox (issue 7) sends it. */
  'conversation.acknowledgement_requested': { conversationId: string; messageId: string; ruleId: string; text: string };
  'notification.created': { recipientUserIds: string[]; conversationId: string | null; message: string; reason: string };
  'sla.warning': { conversationId: string; target: string; cycle: number; policyId: string; dueAt: number };
  'sla.breached': { conversationId: string; target: string; cycle: number; policyId: string; dueAt: number; targetMs: number; detectedAt: number };
  /** A clock stopped: met, missed or cancelled, with the time it ran on the wall clock and in business hours. */
  'sla.stopped': { conversationId: string; target: string; cycle: number; policyId: string; outcome: string; wallMs: number; businessMs: number };
  'presence.changed': { userId: string; presence: 'online' | 'away' | 'offline'; previous: 'online' | 'away' | 'offline' };
  /** An outbound message moved on: sent, delivered, read. */
  'message.status_changed': { conversationId: string; messageId: string; status: string };
  /** An outbound message will not arrive; `reason` and `suggestion` are shown to the agent. */
  'message.failed': { conversationId: string; messageId: string; code: string; reason: string; suggestion: string };
  /**
   * Volume or negative share far above the usual for that hour of the week, or a complaint from a
   * very influential author; `evidence` is the detector's (observed, expected, threshold...).
   */
  'alert.spike_detected': { kind: string; channelAccountId: string; topic: string | null; evidence: Record<string, unknown> };
  /** Someone was @mentioned in an internal note. */
  'note.mentioned': { conversationId: string; messageId: string; userIds: string[]; by: string };
}

export type AssignmentReason = 'manual' | 'self' | 'auto' | 'rule' | 'handoff' | 'escalation' | 'agent_offline' | 'released';

export type DomainEventType = keyof DomainEventMap;

export interface DomainEventInput<T extends DomainEventType = DomainEventType> {
  type: T;
  workspaceId: string;
  /** The conversation (or other object) the event is about; realtime uses it to check access. */
  subjectId?: string | null;
  /** The subject's team at the time, so viewers limited to their teams see only their events. */
  teamId?: string | null;
  payload: DomainEventMap[T];
}

export interface DomainEvent<T extends DomainEventType = DomainEventType> extends DomainEventInput<T> {
  /** Position in the event log: strictly increasing in commit order within one database. */
  seq: number;
  id: string;
  occurredAt: number;
}

export type AnyDomainEvent = { [T in DomainEventType]: DomainEvent<T> }[DomainEventType];
