// Writes past conversations straight into storage (batched), as the pipeline would have left
// them: conversation, contact and identity, messages, SLA clocks. The demo's weeks of history and
// the analytics tests use it; facts and rollups are then built by the same fold the live worker
// runs (refresh-facts.ts), so history is measured exactly like live traffic.
import { newId } from '../../core/ids.ts';
import type { Executor } from '../../storage/storage.ts';
import type { NewRow } from '../../storage/schema.ts';

export interface HistoricalMessage {
  direction: 'inbound' | 'outbound';
  at: number;
  body: string;
  authorUserId?: string | null;
  /** A rule's canned acknowledgement: not a response. */
  automatic?: boolean;
}

export interface HistoricalClock {
  target: 'first_response' | 'next_response' | 'resolution';
  cycle: number;
  targetMs: number;
  startedAt: number;
  stoppedAt: number;
  outcome: 'met' | 'missed';
}

export interface HistoricalConversation {
  id?: string;
  workspaceId: string;
  channelAccountId: string;
  network: string;
  surface: 'public' | 'private';
  teamId: string | null;
  assigneeId: string | null;
  topic: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
  priority: number;
  needsResponse: boolean;
  subject: string | null;
  author: { externalId: string; handle: string; followers: number };
  messages: readonly HistoricalMessage[];
  /** Resolved at this instant (else open). */
  resolvedAt?: number | null;
  clocks?: readonly HistoricalClock[];
}

// Rows per statement: well under both dialects' parameter limits for the widest table here.
const BATCH = 400;

async function insertRows<T extends 'conversations' | 'messages' | 'sla_clocks' | 'contacts' | 'contact_identities'>(db: Executor, table: T, rows: NewRow<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // One statement per batch; the generic table name defeats Kysely's per-table inference.
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

/** Inserts the conversations; returns their ids in order. Authors are shared by external id. */
export async function insertHistory(db: Executor, conversations: readonly HistoricalConversation[], now: number): Promise<string[]> {
  const contacts: NewRow<'contacts'>[] = [];
  const identities: NewRow<'contact_identities'>[] = [];
  const identityOf = new Map<string, { identityId: string; contactId: string }>();
  const convRows: NewRow<'conversations'>[] = [];
  const messageRows: NewRow<'messages'>[] = [];
  const clockRows: NewRow<'sla_clocks'>[] = [];
  const ids: string[] = [];
  const known = new Map<string, { identityId: string; contactId: string }>();
  for (const workspaceId of new Set(conversations.map((c) => c.workspaceId))) {
    const rows = await db.selectFrom('contact_identities').select(['id', 'contact_id', 'network', 'external_id']).where('workspace_id', '=', workspaceId).execute();
    for (const r of rows) known.set(`${workspaceId}/${r.network}/${r.external_id}`, { identityId: r.id, contactId: r.contact_id });
  }
  for (const c of conversations) {
    const authorKey = `${c.workspaceId}/${c.network}/${c.author.externalId}`;
    let author = identityOf.get(authorKey);
    if (!author) {
      const existing = known.get(authorKey);
      author = existing ?? { identityId: newId(now), contactId: newId(now) };
      if (!existing) {
        contacts.push({ id: author.contactId, workspace_id: c.workspaceId, name: c.author.handle, notes: null, private_fields: '{}', created_at: now, updated_at: now });
        identities.push({
          id: author.identityId, workspace_id: c.workspaceId, contact_id: author.contactId, network: c.network, external_id: c.author.externalId,
          handle: c.author.handle, display_name: c.author.handle, followers: c.author.followers, verified: 0, profile: '{}', created_at: now, updated_at: now,
        });
      }
      identityOf.set(authorKey, author);
    }
    const id = c.id ?? newId(c.messages[0]?.at ?? now);
    ids.push(id);
    const sorted = [...c.messages].sort((a, b) => a.at - b.at);
    const first = sorted[0]?.at ?? now;
    const last = sorted.at(-1)?.at ?? first;
    const inbound = sorted.filter((m) => m.direction === 'inbound');
    const outbound = sorted.filter((m) => m.direction === 'outbound');
    const firstResponse = outbound.find((m) => !m.automatic)?.at ?? null;
    const resolved = c.resolvedAt ?? null;
    convRows.push({
      id, workspace_id: c.workspaceId, channel_account_id: c.channelAccountId, contact_id: author.contactId, thread_key: `history:${id}`,
      surface: c.surface, status: resolved === null ? 'open' : 'resolved', priority: c.priority, team_id: c.teamId, assignee_id: c.assigneeId,
      subject: c.subject, snoozed_until: null, last_message_at: last, last_inbound_at: inbound.at(-1)?.at ?? null, last_outbound_at: outbound.at(-1)?.at ?? null,
      first_response_at: firstResponse, created_at: first, updated_at: resolved ?? last,
      needs_response: c.needsResponse ? 1 : 0, kind: c.needsResponse ? 'support' : 'chatter', sentiment: c.sentiment, topic: c.topic, urgency: null,
      language: 'en', influence: null, sla_policy_id: null, queued_at: null, assigned_at: c.assigneeId === null ? null : first,
    });
    sorted.forEach((m, i) => messageRows.push({
      id: newId(m.at), workspace_id: c.workspaceId, conversation_id: id, channel_account_id: c.channelAccountId, direction: m.direction,
      kind: c.surface === 'public' ? (i === 0 ? 'post' : 'comment') : 'dm', surface: c.surface, platform_message_id: `history-${id}-${i}`,
      parent_platform_id: null, author_identity_id: m.direction === 'inbound' ? author.identityId : null,
      author_user_id: m.direction === 'outbound' ? (m.authorUserId ?? null) : null, body: m.body,
      meta: m.automatic ? '{"automatic":"history"}' : '{}', status: m.direction === 'outbound' ? 'delivered' : null,
      platform_created_at: m.at, created_at: m.at, edited_at: null, deleted_at: null,
    }));
    for (const k of c.clocks ?? []) {
      clockRows.push({
        conversation_id: id, target: k.target, cycle: k.cycle, workspace_id: c.workspaceId, policy_id: 'history', target_ms: k.targetMs,
        business_hours: 0, status: 'stopped', outcome: k.outcome, started_at: k.startedAt, segment_started_at: null,
        running_wall_ms: k.stoppedAt - k.startedAt, running_business_ms: k.stoppedAt - k.startedAt, due_at: null, warn_at: null,
        warned_at: null, breached_at: k.outcome === 'missed' ? k.startedAt + k.targetMs : null, stopped_at: k.stoppedAt, updated_at: k.stoppedAt,
      });
    }
  }
  await insertRows(db, 'contacts', contacts);
  await insertRows(db, 'contact_identities', identities);
  await insertRows(db, 'conversations', convRows);
  await insertRows(db, 'messages', messageRows);
  await insertRows(db, 'sla_clocks', clockRows);
  return ids;
}
