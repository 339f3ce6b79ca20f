// The inbox order and its keyset cursor. Conversations sort by priority (highest first), then the
// nearest SLA deadline, then the customer who has waited longest, then id: the floor PRODUCT.md
// asks for (priority reorders, the deadline and waiting time keep low-influence people moving).
// Storage keeps the four keys ascending (sort_priority is -priority, "no deadline" and "not
// waiting" are SORT_NEVER), so a page boundary is one row value and the next page is a seek.
import { DomainError } from '../core/errors.ts';

/** Sorts after every real time (the largest ECMAScript date). Same value as migration 0020. */
export const SORT_NEVER = 8_640_000_000_000_000;

export interface SortKey {
  /** -priority */
  priority: number;
  due: number;
  wait: number;
  id: string;
}

export function sortKeyOf(row: { priority: number; slaDueAt: number | null; waitingSince: number | null; id: string }): SortKey {
  return { priority: -row.priority, due: row.slaDueAt ?? SORT_NEVER, wait: row.waitingSince ?? SORT_NEVER, id: row.id };
}

/** Total order of the inbox (what the database index gives; used to merge and in tests). */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  return a.priority - b.priority || a.due - b.due || a.wait - b.wait || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** An opaque cursor: the sort key of the last row of a page. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify([key.priority, key.due, key.wait, key.id]), 'utf8').toString('base64url');
}

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && Math.abs(n) <= SORT_NEVER;

/** The sort key in a cursor; a cursor that is not one of ours is a validation error, never a 500. */
export function decodeCursor(cursor: string): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 4 && isTime(parsed[0]) && isTime(parsed[1]) && isTime(parsed[2])
    && typeof parsed[3] === 'string' && parsed[3].length > 0 && parsed[3].length <= 64) {
    return { priority: parsed[0], due: parsed[1], wait: parsed[2], id: parsed[3] };
  }
  throw new DomainError('validation_failed', 'The cursor is not valid; start again from the first page');
}
