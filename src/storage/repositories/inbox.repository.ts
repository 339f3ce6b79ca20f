// Inbox views: a page of conversations in the inbox order, the scope applied in the same query.
// Each page is a key query that walks one of the view indexes of migration 0020 (one branch per
// team when the caller is limited to teams: an IN list cannot be walked in index order), then a
// join by primary key for the page's rows. Counts are bounded so they stay cheap at any size.
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { ConversationScope } from '../../core/access/conversation-policy.ts';
import type { Executor } from '../storage.ts';
import type { Database } from '../schema.ts';
import { SORT_NEVER, type SortKey } from '../../inbox/inbox-order.ts';
import type { InboxRecord } from '../../inbox/inbox-row.ts';
import type { CountedView, ResolvedInboxQuery } from '../../inbox/inbox-query.ts';

/** Counts stop here: the badge shows "1000+" beyond (a count of everything costs a full scan). */
export const COUNT_CAP = 1000;

export interface InboxCaller {
  scope: ConversationScope;
  userId: string;
  /** The caller's own teams (the my_teams view), whatever their scope. */
  teamIds: readonly string[];
}

/** Which index walks the view: the assignee's, each team's, or the workspace's. */
export type InboxPlan =
  | { driver: 'none' }
  | { driver: 'assignee'; assigneeId: string; teamIds: readonly string[] | null }
  | { driver: 'teams'; teamIds: readonly string[] }
  | { driver: 'workspace' };

const intersect = (a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null =>
  a === null ? b : b === null ? a : a.filter((x) => b.includes(x));

export function planInbox(caller: InboxCaller, query: Pick<ResolvedInboxQuery, 'view' | 'teamId' | 'assigneeId'>): InboxPlan {
  let teams: readonly string[] | null = caller.scope.kind === 'teams' ? [...new Set(caller.scope.teamIds)] : null;
  if (query.view === 'my_teams') teams = intersect(teams, caller.teamIds);
  if (query.teamId !== undefined) teams = intersect(teams, [query.teamId]);
  const assigneeId = query.view === 'mine' ? caller.userId : query.assigneeId;
  if (teams !== null && teams.length === 0) return { driver: 'none' };
  if (assigneeId !== undefined) return { driver: 'assignee', assigneeId, teamIds: teams };
  return teams === null ? { driver: 'workspace' } : { driver: 'teams', teamIds: [...teams].sort() };
}

type Where = (eb: ExpressionBuilder<Database, 'conversations'>) => ReturnType<ExpressionBuilder<Database, 'conversations'>['and']>;

/** The conditions every row of the view meets, apart from the driver's own column. */
function viewConditions(workspaceId: string, query: ResolvedInboxQuery, now: number): Where {
  return (eb) => {
    const all = [eb('conversations.workspace_id', '=', workspaceId), eb('conversations.status', '=', query.status)];
    if (query.view === 'unassigned') all.push(eb('conversations.assignee_id', 'is', null));
    if (query.view === 'breached') all.push(eb('conversations.sort_due', '<=', now));
    if (query.view === 'at_risk') {
      // A deadline ahead (not "never") whose warning has passed: a bounded range of the deadline index.
      all.push(eb('conversations.sort_due', '>', now), eb('conversations.sort_due', '<', SORT_NEVER), eb('conversations.sla_warn_at', '<=', now));
    }
    if (query.channelId !== undefined) all.push(eb('conversations.channel_account_id', '=', query.channelId));
    if (query.network !== undefined) {
      all.push(eb('conversations.channel_account_id', 'in', eb.selectFrom('channel_accounts').select('channel_accounts.id')
        .where('channel_accounts.workspace_id', '=', workspaceId).where('channel_accounts.network', '=', query.network)));
    }
    if (query.priority !== undefined) all.push(eb('conversations.priority', '>=', query.priority));
    if (query.label !== undefined) {
      all.push(eb.exists(eb.selectFrom('conversation_labels').select('conversation_labels.label')
        .whereRef('conversation_labels.conversation_id', '=', 'conversations.id').where('conversation_labels.label', '=', query.label)));
    }
    return eb.and(all);
  };
}

const SORT = ['conversations.sort_priority', 'conversations.sort_due', 'conversations.sort_wait', 'conversations.id'] as const;

function keyBranch(db: Executor, where: Where, driver: Where, after: SortKey | undefined, limit: number) {
  return db.selectFrom('conversations')
    .select(['conversations.id', 'conversations.sort_priority', 'conversations.sort_due', 'conversations.sort_wait'])
    .where(where).where(driver)
    .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple(...SORT), '>', eb.tuple(after!.priority, after!.due, after!.wait, after!.id))))
    .orderBy(SORT[0]).orderBy(SORT[1]).orderBy(SORT[2]).orderBy(SORT[3])
    .limit(limit);
}

function drivers(plan: InboxPlan): Where[] {
  switch (plan.driver) {
    case 'none': return [];
    case 'workspace': return [(eb) => eb.and([])];
    case 'assignee': return [(eb) => eb.and([
      eb('conversations.assignee_id', '=', plan.assigneeId),
      ...(plan.teamIds === null ? [] : [eb('conversations.team_id', 'in', [...plan.teamIds])]),
    ])];
    case 'teams': return plan.teamIds.map((teamId) => (eb) => eb.and([eb('conversations.team_id', '=', teamId)]));
  }
}

/** The row columns, from a set of conversation ids (`p`) joined to their conversation. */
function withRowColumns<O>(query: SelectQueryBuilder<Database & { p: { id: string } }, 'p', O>) {
  return query.innerJoin('conversations as c', 'c.id', 'p.id')
    .innerJoin('channel_accounts as ch', 'ch.id', 'c.channel_account_id')
    .leftJoin('contact_identities as ci', 'ci.id', 'c.author_identity_id')
    .leftJoin('contacts as ct', 'ct.id', 'c.contact_id')
    .select([
      'c.id', 'c.status', 'c.priority', 'c.surface', 'c.channel_account_id', 'ch.name as channel_name', 'ch.network',
      'c.contact_id', 'ct.name as contact_name', 'ci.handle', 'ci.display_name', 'ci.followers', 'ci.verified', 'ci.profile',
      'c.influence', 'c.snippet', 'c.sentiment', 'c.topic', 'c.needs_response', 'c.kind', 'c.assignee_id', 'c.team_id',
      'c.sla_due_at', 'c.sla_warn_at', 'c.sla_status', 'c.waiting_since', 'c.last_message_at',
    ]);
}

type RowOf<T> = T extends SelectQueryBuilder<infer _D, infer _T, infer O> ? O : never;
type RecordRow = RowOf<ReturnType<typeof withRowColumns<{ id: string }>>>;

const n = (v: number | null): number | null => (v === null ? null : Number(v));

export function toInboxRecord(r: RecordRow): InboxRecord {
  return {
    id: r.id, status: r.status, priority: Number(r.priority), network: r.network, channelAccountId: r.channel_account_id,
    channelName: r.channel_name, isPublic: r.surface === 'public',
    author: {
      contactId: r.contact_id, name: r.contact_name ?? r.display_name ?? null, handle: r.handle ?? null, profile: r.profile ?? null,
      followers: n(r.followers ?? null), verified: Number(r.verified ?? 0) === 1, influence: n(r.influence),
    },
    snippet: r.snippet, sentiment: r.sentiment, topic: r.topic,
    needsResponse: { required: r.needs_response === null ? null : Number(r.needs_response) === 1, kind: r.kind },
    assigneeId: r.assignee_id, teamId: r.team_id,
    sla: { dueAt: n(r.sla_due_at), warnAt: n(r.sla_warn_at), status: r.sla_status },
    waitingSince: n(r.waiting_since), lastMessageAt: Number(r.last_message_at),
  };
}

/** One page of the view after `after`, in the inbox order; `limit + 1` rows tell a next page exists. */
export async function listInboxPage(db: Executor, caller: InboxCaller, query: ResolvedInboxQuery, after: SortKey | undefined, now: number): Promise<InboxRecord[]> {
  const branches = drivers(planInbox(caller, query));
  if (branches.length === 0) return [];
  const where = viewConditions(caller.scope.workspaceId, query, now);
  const take = query.limit + 1;
  const wrap = (driver: Where) => db.selectFrom(keyBranch(db, where, driver, after, take).as('b')).selectAll();
  let keys = wrap(branches[0]!);
  for (const driver of branches.slice(1)) keys = keys.unionAll(wrap(driver));
  const rows = await withRowColumns(db.selectFrom(keys.as('p')))
    .orderBy('c.sort_priority').orderBy('c.sort_due').orderBy('c.sort_wait').orderBy('c.id')
    .limit(take).execute();
  return rows.map(toInboxRecord);
}

/** How many open conversations each counted view holds for the caller, each at most COUNT_CAP. */
export async function countInboxViews(db: Executor, caller: InboxCaller, now: number): Promise<Record<CountedView, number>> {
  const views: CountedView[] = ['mine', 'unassigned', 'my_teams', 'at_risk', 'breached'];
  const row = await db.selectNoFrom((eb) => views.map((view) => {
    const query: ResolvedInboxQuery = { view, status: 'open', limit: COUNT_CAP };
    const plan = planInbox(caller, query);
    const driver: Where = (e) => {
      switch (plan.driver) {
        case 'none': return e.and([e.lit(false)]);
        case 'workspace': return e.and([]);
        case 'assignee': return e.and([e('conversations.assignee_id', '=', plan.assigneeId),
          ...(plan.teamIds === null ? [] : [e('conversations.team_id', 'in', [...plan.teamIds])])]);
        case 'teams': return e.and([e('conversations.team_id', 'in', [...plan.teamIds])]);
      }
    };
    const bounded = eb.selectFrom('conversations').select('conversations.id')
      .where(viewConditions(caller.scope.workspaceId, query, now)).where(driver).limit(COUNT_CAP);
    return eb.selectFrom(bounded.as('x')).select((x) => x.fn.countAll<number>().as('n')).as(view);
  })).executeTakeFirstOrThrow();
  const counts = row as Record<CountedView, number | string>;
  return Object.fromEntries(views.map((view) => [view, Number(counts[view])])) as Record<CountedView, number>;
}

/** The labels of these conversations (a page: one primary-key range per id). */
export async function labelsOf(db: Executor, conversationIds: readonly string[]): Promise<Map<string, string[]>> {
  const labels = new Map<string, string[]>();
  if (conversationIds.length === 0) return labels;
  const rows = await db.selectFrom('conversation_labels').select(['conversation_id', 'label'])
    .where('conversation_id', 'in', [...conversationIds]).execute();
  for (const row of rows) labels.set(row.conversation_id, [...(labels.get(row.conversation_id) ?? []), row.label]);
  return labels;
}

/** Inbox rows for these ids, within the scope (search results); order is the caller's. */
export async function inboxRecordsByIds(db: Executor, scope: ConversationScope, ids: readonly string[]): Promise<Map<string, InboxRecord>> {
  if (ids.length === 0) return new Map();
  const keys = db.selectFrom('conversations').select('conversations.id').where('conversations.id', 'in', [...new Set(ids)])
    .where('conversations.workspace_id', '=', scope.workspaceId)
    .$if(scope.kind === 'teams', (q) => q.where('conversations.team_id', 'in', scope.kind === 'teams' && scope.teamIds.length > 0 ? [...scope.teamIds] : ['']));
  const rows = await withRowColumns(db.selectFrom(keys.as('p'))).execute();
  return new Map(rows.map((r) => [r.id, toInboxRecord(r)]));
}

/** A contact's conversations within the scope, latest activity first. */
export async function listContactConversations(db: Executor, scope: ConversationScope, contactId: string, limit: number): Promise<InboxRecord[]> {
  const keys = db.selectFrom('conversations').select(['conversations.id', 'conversations.last_message_at'])
    .where('conversations.contact_id', '=', contactId).where('conversations.workspace_id', '=', scope.workspaceId)
    .$if(scope.kind === 'teams', (q) => q.where('conversations.team_id', 'in', scope.kind === 'teams' && scope.teamIds.length > 0 ? [...scope.teamIds] : ['']))
    .orderBy('conversations.last_message_at', 'desc').orderBy('conversations.id', 'desc').limit(limit);
  const rows = await withRowColumns(db.selectFrom(keys.as('p')))
    .orderBy('c.last_message_at', 'desc').orderBy('c.id', 'desc').execute();
  return rows.map(toInboxRecord);
}
