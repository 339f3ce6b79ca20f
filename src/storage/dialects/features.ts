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
}

export function dialectFeatures(dialect: DialectName): DialectFeatures {
  return dialect === 'postgres'
    ? { skipLocked: true, multiProcess: true, eventOrdering: 'transaction', fullTextSearch: 'tsvector' }
    : { skipLocked: false, multiProcess: false, eventOrdering: 'sequence', fullTextSearch: 'fts5' };
}
