// A large, realistic workspace for `earshot bench inbox`: teams of agents (care, marketing, an
// outsourced vendor), channels on four networks, contacts with follower counts, a year of
// conversations (most resolved, the last few percent open, pending or snoozed, with SLA
// deadlines around now, some breached) and about ten messages each, written from a vocabulary
// of support phrases, order numbers and a long tail of words. Deterministic for a given size.
// Rows go in with batched multi-row inserts inside transactions; the inbox summary columns are
// written as the refresh would leave them.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { sql } from 'kysely';
import { newId } from '../core/ids.ts';
import { createRng } from '../core/random.ts';
import type { Storage } from '../storage/storage.ts';
import type { NewRow } from '../storage/schema.ts';
import { SNIPPET_STORED_CHARS } from '../storage/repositories/inbox-summary.repository.ts';

export interface SeededInbox {
  workspaceId: string;
  supervisorId: string;
  /** Agents with their teams (the first is in two care teams). */
  agents: Array<{ id: string; teamIds: string[] }>;
  vendorAgent: { id: string; teamIds: string[] };
  conversationIds: string[];
  conversations: number;
  messages: number;
}

const NETWORKS = ['x', 'facebook', 'instagram', 'whatsapp'] as const;
const TOPICS = ['billing', 'delivery', 'outage_or_bug', 'account_and_login', 'product_question', 'refund_or_return', 'other'];
const KINDS = ['complaint', 'question', 'feedback', 'chatter', 'spam'];
const SENTIMENTS = ['negative', 'neutral', 'positive'];
const LABELS = ['vip', 'refund', 'escalated', 'press', 'bug', 'follow-up'];
const PHRASES = [
  'my parcel never arrived', 'where is my refund', 'the app keeps crashing when I log in', 'I was charged twice for order',
  'can you help me reset my password', 'the delivery driver left it at the wrong address', 'your service is down again',
  'thanks for the quick help yesterday', 'is this available in blue', 'still waiting for an answer', 'cancel my subscription please',
  'the tracking number does not work', 'I love the new update', 'worst customer service ever', 'how do I change my billing address',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'vos', 'an', 'el', 'ri', 'dun', 'sa', 'po', 'qui', 'ne', 'bar', 'tol', 'ex'];

export type RowWriter = <T extends 'conversations' | 'messages' | 'conversation_labels' | 'contacts' | 'contact_identities'>(table: T, rows: Array<NewRow<T>>) => Promise<void>;

/** Multi-row inserts inside one transaction per call of `batch`. */
export function kyselyWriter(storage: Storage): { batch(work: (write: RowWriter) => Promise<void>): Promise<void> } {
  // Within both dialects' bound-parameter limits (18 columns x 500 rows).
  const CHUNK = 500;
  return {
    batch: (work) => storage.transaction(async (tx) => {
      await work(async (table, rows) => {
        for (let i = 0; i < rows.length; i += CHUNK) {
          // The table and its rows come as a pair; Kysely cannot see that through the generic.
          await tx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
        }
      });
    }),
  };
}

/**
 * SQLite: one prepared statement per table and column set, run row by row inside the batch's
 * transaction (with the embedded driver that is as fast as multi-row statements, without
 * compiling a query per chunk).
 */
export function sqliteWriter(raw: DatabaseSync): { batch(work: (write: RowWriter) => Promise<void>): Promise<void> } {
  const statements = new Map<string, StatementSync>();
  const write: RowWriter = async (table, rows) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const key = `${table}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      statements.set(key, statement);
    }
    for (const row of rows) statement.run(...columns.map((c) => (row as Record<string, SQLInputValue | undefined>)[c] ?? null));
  };
  return {
    async batch(work) {
      raw.exec('BEGIN');
      try {
        await work(write);
        raw.exec('COMMIT');
      } catch (error) {
        raw.exec('ROLLBACK');
        throw error;
      }
    },
  };
}

/**
 * Bulk load: the secondary indexes (and on SQLite the full-text triggers) of the big tables are
 * dropped while rows go in and rebuilt once at the end (a sorted build, one FTS5 'rebuild' or
 * one GIN build), the usual way to load millions of rows. Definitions are read back from the
 * catalog, so the schema after the load is exactly the migrated one.
 */
export async function withBulkLoad<T>(storage: Storage, work: () => Promise<T>, log: (line: string) => void): Promise<T> {
  const tables = ['messages', 'conversations', 'contact_identities'];
  const raw = storage.sqlite;
  const objects = raw
    ? raw.prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('messages', 'conversations', 'contact_identities')
        AND sql IS NOT NULL AND type IN ('index', 'trigger')`).all() as Array<{ type: string; name: string; sql: string }>
    : (await sql<{ name: string; sql: string }>`SELECT indexname AS name, indexdef AS sql FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN (${sql.join(tables)})
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`.execute(storage.db)).rows.map((r) => ({ ...r, type: 'index' }));
  const exec = async (statement: string) => { if (raw) raw.exec(statement); else await sql.raw(statement).execute(storage.db); };
  for (const o of objects) await exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} ${o.name}`);
  if (raw) raw.exec('PRAGMA synchronous = OFF');
  try {
    return await work();
  } finally {
    log(`rebuilding ${objects.filter((o) => o.type === 'index').length} indexes${raw ? ' and the full-text index' : ''}`);
    for (const o of objects.filter((x) => x.type === 'index')) await exec(o.sql);
    if (raw) {
      raw.exec("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')");
      for (const o of objects.filter((x) => x.type === 'trigger')) raw.exec(o.sql);
      raw.exec('PRAGMA synchronous = NORMAL');
      raw.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    }
  }
}

export async function seedInbox(storage: Storage, options: { conversations: number; messagesPerConversation: number; now: number; log?: (line: string) => void }): Promise<SeededInbox> {
  const { now } = options;
  const rand = createRng(options.conversations);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
  const sentence = () => `${pick(PHRASES)} ${Array.from({ length: 3 + Math.floor(rand() * 10) }, word).join(' ')} order ${10000 + Math.floor(rand() * 90000)}`;
  const db = storage.db;

  const workspaceId = newId(now);
  await db.insertInto('workspaces').values({ id: workspaceId, name: 'Inbox bench', slug: `inbox-bench-${workspaceId.slice(-8)}`, settings: '{}', created_at: now }).execute();
  const team = async (name: string, kind: 'care' | 'marketing' | 'vendor') => {
    const id = newId(now);
    await db.insertInto('teams').values({ id, workspace_id: workspaceId, name, kind, settings: '{}', created_at: now }).execute();
    return id;
  };
  const teams = [await team('Care EU', 'care'), await team('Care US', 'care'), await team('Care APAC', 'care'), await team('Social', 'marketing'), await team('Peak vendor', 'vendor')];
  const user = async (i: number, role: 'supervisor' | 'agent', teamIds: string[]) => {
    const id = newId(now);
    await db.insertInto('users').values({ id, workspace_id: workspaceId, email: `inbox-bench-${i}-${id.slice(-8)}@bench.example`, name: `Agent ${i}`, role, password_hash: null, status: 'active', created_at: now, updated_at: now }).execute();
    for (const teamId of teamIds) await db.insertInto('team_memberships').values({ team_id: teamId, user_id: id, workspace_id: workspaceId, created_at: now }).execute();
    return { id, teamIds };
  };
  const supervisor = await user(0, 'supervisor', [teams[0]!]);
  const agents: Array<{ id: string; teamIds: string[] }> = [await user(1, 'agent', [teams[0]!, teams[1]!])];
  for (let i = 2; i < 120; i++) agents.push(await user(i, 'agent', [teams[i % 4]!]));
  const vendorAgent = await user(999, 'agent', [teams[4]!]);
  const assignable = new Map(teams.map((t) => [t, [...agents, vendorAgent].filter((a) => a.teamIds.includes(t)).map((a) => a.id)]));
  const channels = [];
  for (const [i, network] of [...NETWORKS, ...NETWORKS].entries()) {
    const id = newId(now);
    await db.insertInto('channel_accounts').values({ id, workspace_id: workspaceId, network, name: `Acme ${network} ${i}`, external_id: `bench-${id}`, credentials: 'sealed:bench', settings: '{}', status: 'active', default_team_id: teams[i % 5]!, created_at: now, updated_at: now }).execute();
    channels.push({ id, network, surface: (network === 'whatsapp' ? 'private' : i % 2 === 0 ? 'public' : 'private') as 'public' | 'private', team: teams[i % 5]! });
  }

  const writer = storage.sqlite ? sqliteWriter(storage.sqlite) : kyselyWriter(storage);
  const contactCount = Math.max(10, Math.floor(options.conversations * 0.3));
  const contactIds: string[] = [];
  const identityIds: string[] = [];
  for (let from = 0; from < contactCount; from += 5000) {
    const contacts: Array<NewRow<'contacts'>> = [];
    const identities: Array<NewRow<'contact_identities'>> = [];
    for (let i = from; i < Math.min(contactCount, from + 5000); i++) {
      const id = newId(now);
      const identityId = newId(now);
      const handle = `${word()}${i}`;
      contacts.push({ id, workspace_id: workspaceId, name: `${word()} ${word()}`, notes: null, private_fields: '{"phone":"+1555"}', created_at: now, updated_at: now });
      identities.push({ id: identityId, workspace_id: workspaceId, contact_id: id, network: pick(NETWORKS), external_id: `u${i}`, handle, display_name: handle,
        followers: Math.floor(10 ** (rand() * 6.5)), verified: rand() < 0.02 ? 1 : 0, profile: '{}', created_at: now, updated_at: now });
      contactIds.push(id);
      identityIds.push(identityId);
    }
    await writer.batch(async (write) => { await write('contacts', contacts); await write('contact_identities', identities); });
  }

  // A year of conversations in time order; the newest OPEN_SHARE are still being worked.
  const YEAR = 365 * 86_400_000;
  const OPEN_SHARE = 0.05;
  const conversationIds: string[] = [];
  let messages = 0;
  const BATCH = 2000;
  const started = performance.now();
  for (let from = 0; from < options.conversations; from += BATCH) {
    const conversations: Array<NewRow<'conversations'>> = [];
    const rows: Array<NewRow<'messages'>> = [];
    const labels: Array<NewRow<'conversation_labels'>> = [];
    for (let i = from; i < Math.min(options.conversations, from + BATCH); i++) {
      const age = 1 - i / options.conversations;
      const created = Math.floor(now - age * YEAR) - 60_000;
      const id = newId(created);
      const channel = pick(channels);
      const contact = Math.floor(rand() * contactCount);
      const active = age < OPEN_SHARE;
      const roll = rand();
      const status = !active ? 'resolved' : roll < 0.7 ? 'open' : roll < 0.9 ? 'pending' : 'snoozed';
      const count = Math.max(1, Math.round(options.messagesPerConversation * (0.4 + rand() * 1.2)));
      let last = created;
      let lastInbound = { at: created, body: '' };
      let lastOutbound: number | null = null;
      let firstWaiting: number | null = null;
      for (let m = 0; m < count; m++) {
        // Customers open; then turns alternate, sometimes two messages in a row.
        const inbound = m === 0 || (m === count - 1 && active) || rand() < 0.5;
        last += 1000 + Math.floor(rand() * 20 * 60_000);
        const body = sentence();
        rows.push({
          id: newId(last), workspace_id: workspaceId, conversation_id: id, channel_account_id: channel.id, direction: inbound ? 'inbound' : 'outbound',
          kind: channel.surface === 'public' ? 'comment' : 'dm', surface: channel.surface, platform_message_id: `p-${i}-${m}`, parent_platform_id: null,
          author_identity_id: inbound ? identityIds[contact]! : null, author_user_id: null, body, meta: '{}', status: inbound ? null : 'delivered',
          platform_created_at: last, created_at: last,
        });
        if (inbound) {
          lastInbound = { at: last, body };
          firstWaiting ??= last;
        } else {
          lastOutbound = last;
          firstWaiting = null;
        }
      }
      messages += count;
      const teamId = channel.team;
      const assigned = active && rand() < 0.6 ? pick(assignable.get(teamId)!) : null;
      const running = status === 'open' && firstWaiting !== null;
      // Deadlines from 3 hours ago (breached) to 2 hours ahead; warnings 15 minutes before.
      const due = running ? now + Math.floor((rand() * 5 - 3) * 3_600_000) : null;
      conversations.push({
        id, workspace_id: workspaceId, channel_account_id: channel.id, contact_id: contactIds[contact]!, thread_key: `t-${i}`, surface: channel.surface,
        status, priority: Math.floor(rand() ** 2 * 100), team_id: teamId, assignee_id: assigned ?? (active ? null : pick(assignable.get(teamId)!)),
        subject: null, snoozed_until: status === 'snoozed' ? now + 3_600_000 : null, last_message_at: last, last_inbound_at: lastInbound.at,
        last_outbound_at: lastOutbound, first_response_at: lastOutbound, created_at: created, updated_at: last,
        needs_response: rand() < 0.7 ? 1 : 0, kind: pick(KINDS), sentiment: pick(SENTIMENTS), topic: pick(TOPICS), urgency: Math.floor(rand() * 3),
        language: 'en', influence: Math.round(rand() * 1000) / 1000, snippet: lastInbound.body.slice(0, SNIPPET_STORED_CHARS),
        author_identity_id: identityIds[contact]!, waiting_since: firstWaiting, sla_due_at: due, sla_warn_at: due === null ? null : due - 15 * 60_000,
        sla_status: due === null ? null : 'running',
      });
      if (rand() < 0.1) labels.push({ conversation_id: id, label: pick(LABELS), workspace_id: workspaceId, created_at: created });
      conversationIds.push(id);
    }
    await writer.batch(async (write) => {
      await write('conversations', conversations);
      await write('messages', rows);
      await write('conversation_labels', labels);
    });
    if (options.log && (from / BATCH) % 25 === 0) {
      options.log(`seeded ${from + conversations.length} conversations, ${messages} messages (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  }
  return { workspaceId, supervisorId: supervisor.id, agents, vendorAgent, conversationIds, conversations: conversationIds.length, messages };
}
