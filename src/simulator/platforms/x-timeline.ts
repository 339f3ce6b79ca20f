// Reading the X v2 way: newest first, since_id / until_id, max_results (5–100), opaque
// pagination tokens; `data` is omitted when nothing matches (docs.x.com/x-api/fundamentals/
// pagination). And the 15-minute rate-limit windows behind the x-rate-limit-* headers.
import { v2User, type XUser } from './x-payloads.ts';

export function pageOf<T extends { id: string }>(all: readonly T[], query: URLSearchParams, render: (item: T) => unknown, users: (item: T) => XUser[]) {
  const since = query.get('since_id');
  const until = query.get('pagination_token') ? Buffer.from(query.get('pagination_token')!, 'base64url').toString() : query.get('until_id');
  const max = Math.min(100, Math.max(5, Number(query.get('max_results') ?? 10)));
  const matching = all.filter((item) => (!since || BigInt(item.id) > BigInt(since)) && (!until || BigInt(item.id) < BigInt(until)))
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  const page = matching.slice(0, max);
  if (page.length === 0) return { meta: { result_count: 0 } };
  const includes = new Map(page.flatMap(users).map((u) => [u.id, v2User(u)]));
  return {
    data: page.map(render),
    includes: { users: [...includes.values()] },
    meta: {
      result_count: page.length, newest_id: page[0]!.id, oldest_id: page[page.length - 1]!.id,
      ...(matching.length > max ? { next_token: Buffer.from(page[page.length - 1]!.id).toString('base64url') } : {}),
    },
  };
}

const WINDOW_MS = 15 * 60_000;
const LIMIT = 450;

export class RateWindows {
  private readonly windows = new Map<string, { start: number; used: number }>();

  /** Counts a call and returns the headers X sends with the answer. */
  take(endpoint: string, now: number): Record<string, string> {
    let window = this.windows.get(endpoint);
    if (!window || now - window.start >= WINDOW_MS) this.windows.set(endpoint, window = { start: now, used: 0 });
    window.used += 1;
    return {
      'x-rate-limit-limit': String(LIMIT),
      'x-rate-limit-remaining': String(Math.max(0, LIMIT - window.used)),
      'x-rate-limit-reset': String(Math.ceil((window.start + WINDOW_MS) / 1000)),
    };
  }
}
