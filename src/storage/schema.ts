// Kysely's view of the tables. Portable column types only: ids are text (UUIDv7), timestamps are
// integer milliseconds since the epoch (UTC), booleans are 0/1 integers and JSON is text, so the
// same rows read the same on SQLite and PostgreSQL. Repositories convert at the edge.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Computed by the database (a generated column): read, never written. */
export type Computed<T> = ColumnType<T, never, never>;

export interface WorkspacesTable {
  id: string;
  name: string;
  slug: string;
  settings: string;
  created_at: number;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  role: 'admin' | 'supervisor' | 'agent';
  password_hash: string | null;
  status: 'active' | 'disabled';
  created_at: number;
  updated_at: number;
}

export interface TeamsTable {
  id: string;
  workspace_id: string;
  name: string;
  kind: 'care' | 'marketing' | 'vendor';
  settings: string;
  created_at: number;
}

export interface TeamMembershipsTable {
  team_id: string;
  user_id: string;
  workspace_id: string;
  created_at: number;
}

export interface ChannelAccountsTable {
  id: string;
  workspace_id: string;
  network: string;
  name: string;
  /** The platform's id for the account (page id, user id, phone number id...). */
  external_id: string;
  /** AES-256-GCM sealed JSON; never leaves the server. */
  credentials: string;
  settings: string;
  status: 'active' | 'paused' | 'error';
  default_team_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface ContactsTable {
  id: string;
  workspace_id: string;
  name: string;
  notes: string | null;
  /** JSON of fields hidden from vendor teams. */
  private_fields: string;
  created_at: number;
  updated_at: number;
}

export interface ContactIdentitiesTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  network: string;
  external_id: string;
  handle: string | null;
  display_name: string | null;
  followers: number | null;
  verified: number;
  profile: string;
  created_at: number;
  updated_at: number;
}

export interface ConversationsTable {
  id: string;
  workspace_id: string;
  channel_account_id: string;
  contact_id: string | null;
  /** The platform's thread key (root post id, DM thread id...), unique per channel account. */
  thread_key: string;
  surface: 'public' | 'private';
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  priority: number;
  team_id: string | null;
  assignee_id: string | null;
  subject: string | null;
  snoozed_until: number | null;
  last_message_at: number;
  last_inbound_at: number | null;
  last_outbound_at: number | null;
  first_response_at: number | null;
  created_at: number;
  updated_at: number;
  // The latest triage summary (routing conditions, skills and queues read these).
  needs_response: number | null;
  kind: string | null;
  sentiment: string | null;
  topic: string | null;
  urgency: number | null;
  language: string | null;
  influence: number | null;
  /** The SLA policy chosen by a rule or by hand; null means the workspace default. */
  sla_policy_id: string | null;
  /** When it entered its team's waiting queue (open, unassigned, needing a response); null when not waiting. */
  queued_at: number | null;
  assigned_at: number | null;
  // The inbox summary (migration 0020), refreshed from messages and SLA clocks as they change.
  /** The start of the last inbound message, plain text, truncated. */
  snippet: string | null;
  author_identity_id: string | null;
  /** The customer's first message since the last reply; null when nobody waits for us. */
  waiting_since: number | null;
  /** The nearest deadline of a running SLA clock, and its nearest warning. */
  sla_due_at: number | null;
  sla_warn_at: number | null;
  /** running: some clock runs; paused: none runs but one is paused; null: no active clock. */
  sla_status: 'running' | 'paused' | null;
  // Inbox sort keys (generated): -priority, deadline and waiting time with "never" last.
  sort_priority: Computed<number>;
  sort_due: Computed<number>;
  sort_wait: Computed<number>;
}

export interface MessagesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  channel_account_id: string;
  direction: 'inbound' | 'outbound' | 'note';
  /** post, comment, reply, dm, note... as the channel names its surfaces. */
  kind: string;
  surface: 'public' | 'private';
  platform_message_id: string | null;
  parent_platform_id: string | null;
  author_identity_id: string | null;
  author_user_id: string | null;
  body: string;
  meta: string;
  /** Delivery state for outbound messages: queued, sent, delivered, read, failed. */
  status: string | null;
  /** The platform's timestamp: messages are ordered by it, not by arrival. */
  platform_created_at: number;
  created_at: number;
  /** When the author edited it on the platform (the body holds the latest text). */
  edited_at: number | null;
  /** When the author deleted it on the platform (kept for the record, shown as deleted). */
  deleted_at: number | null;
}

export interface InboundEventsTable {
  id: string;
  channel_account_id: string;
  network: string;
  platform_event_id: string;
  received_at: number;
  /** The event exactly as the platform sent it (the JSON of this event, or the raw body). */
  body: string;
  status: 'received' | 'processed' | 'ignored' | 'quarantined';
  error: string | null;
  attempts: number;
  processed_at: number | null;
}

export interface OutboxTable {
  id: string;
  workspace_id: string;
  channel_account_id: string;
  conversation_id: string;
  message_id: string;
  idempotency_key: string;
  payload: string;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  /** JSON {code, reason, suggestion} when the send failed for good: shown to the agent. */
  failure: string | null;
  platform_message_id: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface DomainEventsTable {
  seq: Generated<number>;
  id: string;
  workspace_id: string;
  type: string;
  subject_id: string | null;
  /** The team the subject belonged to when the event happened (realtime access checks). */
  team_id: string | null;
  payload: string;
  created_at: number;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  run_at: number;
  status: 'pending' | 'running' | 'dead';
  attempts: number;
  max_attempts: number;
  lease_until: number | null;
  locked_by: string | null;
  last_error: string | null;
  /** At most one pending job per key: scheduling the same timer twice replaces it. */
  unique_key: string | null;
  created_at: number;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string;
  actor_user_id: string | null;
  actor_kind: 'user' | 'token' | 'system' | 'anonymous';
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  meta: string;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the session cookie's value: a stolen database holds no usable session. */
  id: string;
  user_id: string;
  workspace_id: string;
  /** The CSRF token for this session (synchronizer token), sent back on state changes. */
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, to tell tokens apart in lists. */
  prefix: string;
  scope: 'read' | 'write';
  created_at: number;
  expires_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LoginThrottleTable {
  /** `email:<address>` or `ip:<address>`. */
  key: string;
  failures: number;
  window_started_at: number;
  locked_until: number | null;
}

export interface TeamChannelsTable {
  team_id: string;
  channel_account_id: string;
  workspace_id: string;
}

export interface ChannelCursorsTable {
  channel_account_id: string;
  /** e.g. mentions.since_id, dms.since_id */
  name: string;
  value: string;
  updated_at: number;
}

export interface ChannelUsageTable {
  channel_account_id: string;
  /** UTC day, YYYY-MM-DD: X charges a resource once per UTC day. */
  day: string;
  /** posts_read, users_read, dm_events_read, content_create, dm_create... */
  resource: string;
  units: number;
  /** Priced when recorded, in millionths of a US dollar. */
  cost_micros: number;
  updated_at: number;
}

export interface ChannelActivityTable {
  channel_account_id: string;
  /** Start of the UTC hour (epoch ms). */
  hour_start: number;
  /** Platform events stored and processed. */
  events: number;
  /** Webhook requests and polls that reached the account. */
  deliveries: number;
  /** Requests refused for a missing or wrong signature. */
  auth_failures: number;
  /** Quarantined events and failed polls. */
  errors: number;
}

export interface ChannelHealthTable {
  channel_account_id: string;
  workspace_id: string;
  status: 'healthy' | 'unhealthy';
  reason: string | null;
  status_since: number;
  last_event_at: number | null;
  last_poll_at: number | null;
  last_poll_ok_at: number | null;
  /** How far behind the platform the last successful poll was (now - newest item seen). */
  poll_lag_ms: number | null;
  /** Consecutive failed polls. */
  poll_failures: number;
  /** Polling paused (budget reached or rate limited) until this time. */
  poll_paused_until: number | null;
  last_error: string | null;
  updated_at: number;
}

export interface ConversationLabelsTable {
  conversation_id: string;
  label: string;
  workspace_id: string;
  created_at: number;
}

/** Every edit of a workspace's rules is a new version; the highest is in force. */
export interface RoutingRuleVersionsTable {
  workspace_id: string;
  version: number;
  /** JSON: { rules: Rule[] } as validated by core/routing/rule-schema.ts. */
  rules: string;
  created_by: string | null;
  comment: string | null;
  created_at: number;
}

export interface RoutingTeamSettingsTable {
  team_id: string;
  workspace_id: string;
  settings: string;
  drain_seq: number;
  updated_at: number;
}

export interface AgentRoutingTable {
  user_id: string;
  workspace_id: string;
  /** JSON: { languages: string[], topics: string[] }. */
  skills: string;
  /** JSON capacity override, or null for the team's. */
  capacity: string | null;
  auto_assign: number;
  presence: 'online' | 'away' | 'offline';
  presence_changed_at: number;
  manual_away: number;
  last_assigned_at: number;
  updated_at: number;
}

export interface PresenceConnectionsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  opened_at: number;
  seen_at: number;
  active_at: number;
}

export interface BusinessHoursTable {
  workspace_id: string;
  /** '' for the workspace, else a team id. */
  scope: string;
  /** JSON calendar definition (core/calendar/calendar-definition.ts). */
  definition: string;
  updated_at: number;
}

export interface SlaPoliciesTable {
  id: string;
  workspace_id: string;
  name: string;
  is_default: number;
  /** JSON policy definition (core/sla/sla-policy.ts). */
  definition: string;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface SlaClocksTable {
  conversation_id: string;
  target: 'first_response' | 'next_response' | 'resolution';
  cycle: number;
  workspace_id: string;
  policy_id: string;
  target_ms: number;
  business_hours: number;
  status: 'running' | 'paused' | 'stopped';
  outcome: 'met' | 'missed' | 'cancelled' | null;
  started_at: number;
  segment_started_at: number | null;
  running_wall_ms: number;
  running_business_ms: number;
  due_at: number | null;
  warn_at: number | null;
  warned_at: number | null;
  breached_at: number | null;
  stopped_at: number | null;
  updated_at: number;
}

export interface SlaBreachesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  team_id: string | null;
  policy_id: string;
  target: 'first_response' | 'next_response' | 'resolution';
  cycle: number;
  target_ms: number;
  business_hours: number;
  /** The deadline that was missed (the breach happened just after it). */
  due_at: number;
  /** When the timer fired (due_at plus the engine's lateness). */
  detected_at: number;
  met_at: number | null;
  /** Time to meet the target, counted as the policy counts (business or wall). */
  actual_ms: number | null;
  actual_wall_ms: number | null;
  actual_business_ms: number | null;
}

export interface CannedResponsesTable {
  id: string;
  workspace_id: string;
  /** null: for the whole workspace; otherwise one team's library. */
  team_id: string | null;
  name: string;
  /** Typed after `/` in the composer. */
  shortcut: string;
  body: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface MessageTemplatesTable {
  id: string;
  workspace_id: string;
  channel_account_id: string;
  name: string;
  language: string;
  body: string;
  variable_count: number;
  created_at: number;
}

export interface NoteMentionsTable {
  message_id: string;
  user_id: string;
  workspace_id: string;
  created_at: number;
}

export interface ChannelSendStateTable {
  channel_account_id: string;
  /** The sender working this account's outbox, and until when its lease holds. */
  locked_by: string | null;
  lease_until: number | null;
  /** A rate-limit answer said: no calls before this time. */
  paused_until: number | null;
  pause_reason: string | null;
}

export interface ChannelCallsTable {
  channel_account_id: string;
  at: number;
}

/** A saved inbox filter: a named set of the inbox query's parameters. */
export interface InboxFiltersTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  /** 1: everyone in the workspace sees it (supervisors and admins share). */
  shared: number;
  /** JSON of the inbox query parameters (inbox/inbox-query.ts). */
  query: string;
  created_at: number;
  updated_at: number;
}

export interface WorkspaceTriageTable {
  workspace_id: string;
  /** JSON TriageConfig (topics, priority weights, threshold). */
  config: Generated<string>;
  /** JSON WorkspaceState: the layer learned from the workspace's agents; null until they act. */
  learned_state: string | null;
  version: Generated<number>;
  /** JSON SpikeState. */
  spike_state: string | null;
  spike_cursor_at: Generated<number>;
  spike_cursor_id: Generated<string>;
  updated_at: number;
}

export interface TriageLabelsTable {
  id: string;
  workspace_id: string;
  message_id: string;
  conversation_id: string;
  /** replied, dismissed, kind, topic, sentiment, priority. */
  action: string;
  value: string | null;
  actor_id: string | null;
  created_at: number;
  /** When the workspace's model learned from it; null while pending. */
  applied_at: number | null;
}

export interface MessageTriageTable {
  message_id: string;
  workspace_id: string;
  conversation_id: string;
  channel_account_id: string;
  author_identity_id: string | null;
  at: number;
  created_at: number;
  needs_response: number;
  kind: string;
  sentiment: string;
  negative: number;
  topic: string;
  urgency: number;
  language: string;
  influence: number;
  followers: number | null;
  priority: number;
  model_version: string;
  details: string;
}

export interface AnalyticsFactsTable {
  conversation_id: string;
  workspace_id: string;
  started_at: number;
  /** Local day number (days since 1970-01-01 on the workspace's calendar) of started_at. */
  day: number;
  /** Local hour of started_at, 0–23. */
  hour: number;
  channel_account_id: string;
  /** '' when none. */
  team_id: string;
  assignee_id: string;
  topic: string;
  priority: number;
  sentiment: string;
  surface: 'public' | 'private';
  needs_response: number;
  answered: number;
  answered_in_sla: number;
  status: string;
  first_response_at: number | null;
  first_response_ms: number | null;
  first_response_bh_ms: number | null;
  /** JSON [[wall ms, business ms], ...]. */
  next_responses: string;
  resolved_at: number | null;
  resolution_ms: number | null;
  resolution_bh_ms: number | null;
  sla_met: number;
  sla_missed: number;
  inbound_messages: number;
  author_followers: number;
  updated_at: number;
}

type HourCounters = { [H in `h${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23}`]: number };

export interface AnalyticsDailyTable extends HourCounters {
  workspace_id: string;
  /** The cuboid: which dimensions the row keeps ('' / −1 in the others). */
  cuboid: string;
  day: number;
  channel_account_id: string;
  team_id: string;
  assignee_id: string;
  topic: string;
  priority: number;
  conversations: number;
  inbound_messages: number;
  needs_response: number;
  answered: number;
  answered_in_sla: number;
  public_count: number;
  private_count: number;
  positive: number;
  neutral: number;
  negative: number;
  unanswered_negative: number;
  unanswered_negative_reach: number;
  resolved: number;
  backlog_closed: number;
  sla_met: number;
  sla_missed: number;
  /** Duration sketches, "bucket:count ..." (analytics/metrics/sketch.ts). */
  frt: string;
  frt_bh: string;
  nrt: string;
  nrt_bh: string;
  res: string;
  res_bh: string;
}

export interface AnalyticsIntervalsTable {
  workspace_id: string;
  start: number;
  channel_account_id: string;
  team_id: string;
  conversations: number;
  needs_response: number;
}

export interface AnalyticsSpikesTable {
  id: string;
  workspace_id: string;
  at: number;
  kind: string;
  channel_account_id: string;
  topic: string | null;
  evidence: string;
}

export interface AnalyticsStateTable {
  name: string;
  cursor_tx: number;
  cursor_seq: number;
  updated_at: number;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_memberships: TeamMembershipsTable;
  channel_accounts: ChannelAccountsTable;
  contacts: ContactsTable;
  contact_identities: ContactIdentitiesTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  inbound_events: InboundEventsTable;
  outbox: OutboxTable;
  domain_events: DomainEventsTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
  team_channels: TeamChannelsTable;
  channel_cursors: ChannelCursorsTable;
  channel_usage: ChannelUsageTable;
  channel_activity: ChannelActivityTable;
  channel_health: ChannelHealthTable;
  conversation_labels: ConversationLabelsTable;
  routing_rule_versions: RoutingRuleVersionsTable;
  routing_team_settings: RoutingTeamSettingsTable;
  agent_routing: AgentRoutingTable;
  presence_connections: PresenceConnectionsTable;
  business_hours: BusinessHoursTable;
  sla_policies: SlaPoliciesTable;
  sla_clocks: SlaClocksTable;
  sla_breaches: SlaBreachesTable;
  canned_responses: CannedResponsesTable;
  message_templates: MessageTemplatesTable;
  note_mentions: NoteMentionsTable;
  channel_send_state: ChannelSendStateTable;
  channel_calls: ChannelCallsTable;
  inbox_filters: InboxFiltersTable;
  workspace_triage: WorkspaceTriageTable;
  triage_labels: TriageLabelsTable;
  message_triage: MessageTriageTable;
  analytics_facts: AnalyticsFactsTable;
  analytics_daily: AnalyticsDailyTable;
  analytics_intervals: AnalyticsIntervalsTable;
  analytics_spikes: AnalyticsSpikesTable;
  analytics_state: AnalyticsStateTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
