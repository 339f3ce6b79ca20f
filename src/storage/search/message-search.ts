// Full-text search over messages, one interface over each dialect's own engine (see
// dialects/features.ts): SQLite FTS5, PostgreSQL tsvector with a GIN index. The caller's scope is
// applied in the same query. Matching takes the newest SEARCH_WINDOW messages in scope, so a word
// found in a million messages costs about what a rare one does: the index is walked newest first
// and stops there; rank.ts then ranks that window (docs/inbox.md).
import { sql, type RawBuilder } from 'kysely';
import type { ConversationScope } from '../../core/access/conversation-policy.ts';
import type { Executor } from '../storage.ts';
import { dialectFeatures } from '../dialects/features.ts';
import type { DialectName } from '../migrations/column-types.ts';
import { toFts5Query, toWebsearchQuery, type SearchTerm } from './search-terms.ts';

/** How many of the newest matches are ranked; pages go no deeper. */
export const SEARCH_WINDOW = 500;

export interface SearchCandidate {
  messageId: string;
  conversationId: string;
  body: string;
}

export interface MessageSearch {
  /** The newest SEARCH_WINDOW messages in scope that contain every term, newest first. */
  candidates(db: Executor, scope: ConversationScope, terms: readonly SearchTerm[]): Promise<SearchCandidate[]>;
}

function scopeCondition(scope: ConversationScope): RawBuilder<unknown> {
  if (scope.kind === 'workspace') return sql``;
  if (scope.teamIds.length === 0) return sql`AND 1 = 0`;
  return sql`AND c.team_id IN (${sql.join([...scope.teamIds])})`;
}

interface CandidateRow { id: string; conversation_id: string; body: string }

const toCandidates = (rows: readonly CandidateRow[]): SearchCandidate[] =>
  rows.map((r) => ({ messageId: r.id, conversationId: r.conversation_id, body: r.body }));

// Neither engine's own rank is used: bm25() and ts_rank with document frequencies read the whole
// posting list of every term (a word in a million messages costs a million reads), so ranking is
// done over the window by rank.ts, the same on both dialects.
const fts5: MessageSearch = {
  async candidates(db, scope, terms) {
    if (terms.length === 0) return [];
    // The FTS5 index drives the join newest first (rowid order) and stops at the window.
    const result = await sql<CandidateRow>`
      SELECT m.id, m.conversation_id, m.body
      FROM messages_fts
      JOIN messages m ON m.rowid = messages_fts.rowid
      JOIN conversations c ON c.id = m.conversation_id
      WHERE messages_fts MATCH ${toFts5Query(terms)}
        AND m.workspace_id = ${scope.workspaceId} AND c.workspace_id = ${scope.workspaceId}
        AND m.deleted_at IS NULL ${scopeCondition(scope)}
      ORDER BY messages_fts.rowid DESC
      LIMIT ${SEARCH_WINDOW}`.execute(db);
    return toCandidates(result.rows);
  },
};

/** PostgreSQL: how many of the newest messages the first pass reads (see below). */
export const RECENT_PASS = 10_000;
/** PostgreSQL: how far back a common word is looked for (five times the first pass). */
export const DEEP_PASS = 50_000;
/** A word in at least this share of the newest messages is common: the GIN index would be slow. */
const COMMON_SHARE = 0.001;

// A GIN index cannot hand out matches newest first, and the planner misjudges how common a
// phrase is: with a common word it fetched every match from the heap to sort them (seconds at
// 10M messages). So: first the newest RECENT_PASS messages, read in primary-key order and
// filtered, which fills the window whenever the words are common and the scope wide. If not,
// how often the words occur there decides: common words are looked for in the newest DEEP_PASS
// messages the same way (a narrow scope of a common word goes that deep, no deeper); rare ones
// go to the GIN index over all older messages, cheap because they are rare.
const COLUMNS = sql.raw('id, workspace_id, conversation_id, body, body_tsv, deleted_at');

const tsvector: MessageSearch = {
  async candidates(db, scope, terms) {
    if (terms.length === 0) return [];
    const query = sql`websearch_to_tsquery('simple', ${toWebsearchQuery(terms)})`;
    // The id of the n-th newest message: an index-only walk of the primary key.
    const nth = async (n: number) => (await sql<{ id: string }>`SELECT id FROM messages ORDER BY id DESC OFFSET ${n - 1} LIMIT 1`.execute(db)).rows[0]?.id ?? '';
    const pass = async (range: RawBuilder<unknown>, limit: number) => toCandidates((await sql<CandidateRow>`
      SELECT m.id, m.conversation_id, m.body
      FROM ${range} JOIN conversations c ON c.id = m.conversation_id
      WHERE m.body_tsv @@ ${query}
        AND m.workspace_id = ${scope.workspaceId} AND c.workspace_id = ${scope.workspaceId}
        AND m.deleted_at IS NULL ${scopeCondition(scope)}
      ORDER BY m.id DESC
      LIMIT ${limit}`.execute(db)).rows);
    // OFFSET 0 keeps a range of the newest messages a primary-key scan, filtered, rather than a
    // bitmap of every match in the GIN index.
    const newest = (from: string, to: string | null) => to === null
      ? sql`(SELECT ${COLUMNS} FROM messages WHERE id >= ${from} OFFSET 0) m`
      : sql`(SELECT ${COLUMNS} FROM messages WHERE id >= ${from} AND id < ${to} OFFSET 0) m`;
    const floor = await nth(RECENT_PASS);
    const found = await pass(newest(floor, null), SEARCH_WINDOW);
    if (found.length >= SEARCH_WINDOW || floor === '') return found;
    const occurrences = Number((await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM (SELECT body_tsv FROM messages WHERE id >= ${floor} OFFSET 0) r WHERE r.body_tsv @@ ${query}`.execute(db)).rows[0]?.n ?? 0);
    if (occurrences >= COMMON_SHARE * RECENT_PASS) {
      const deep = await nth(DEEP_PASS);
      return [...found, ...await pass(newest(deep, floor), SEARCH_WINDOW - found.length)];
    }
    return [...found, ...await pass(sql`(SELECT ${COLUMNS} FROM messages WHERE id < ${floor}) m`, SEARCH_WINDOW - found.length)];
  },
};

export function messageSearchFor(dialect: DialectName): MessageSearch {
  return dialectFeatures(dialect).fullTextSearch === 'fts5' ? fts5 : tsvector;
}
