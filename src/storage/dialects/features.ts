// What differs between the dialects, as data. Portable code asks here instead of testing the
// dialect name, so every difference is listed in one place.
import type { DialectName } from '../migrations/column-types.ts';

export interface DialectFeatures {
  /** Row locks that concurrent workers skip (PostgreSQL). SQLite has one writer, so none needed. */
  readonly skipLocked: boolean;
  /** Several processes may share the database, so in-process wake-ups are not enough. */
  readonly multiProcess: boolean;
  /**
   * How the event log is tailed: by sequence (one writer, so seq order is commit order) or by
   * transaction id below the oldest running transaction (many writers).
   */
  readonly eventOrdering: 'sequence' | 'transaction';
  /**
   * Full-text search over messages (storage/search): an FTS5 index kept by triggers (SQLite), or
   * a generated tsvector column under a GIN index (PostgreSQL).
   */
  readonly fullTextSearch: 'fts5' | 'tsvector';
  /**
   * The inbound log is a file of its own (SQLite): processing marks its events after its own
   * commit, in a short transaction on the log, instead of holding the log's lock (and so the
   * webhook edge) for a whole batch. PostgreSQL marks them in the batch's transaction, whose row
   * locks keep other workers off them.
   */
  readonly inboundLogApart: boolean;
}

export function dialectFeatures(dialect: DialectName): DialectFeatures {
  return dialect === 'postgres'
    ? { skipLocked: true, multiProcess: true, eventOrdering: 'transaction', fullTextSearch: 'tsvector', inboundLogApart: false }
    : { skipLocked: false, multiProcess: false, eventOrdering: 'sequence', fullTextSearch: 'fts5', inboundLogApart: true };
}
