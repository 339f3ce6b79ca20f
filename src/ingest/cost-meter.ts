// The cost meter: billable platform usage counted per account, UTC day and resource, priced from
// a table (the adapter's published prices, overridden by configuration), and summed per month
// for the polling budget. X charges a resource once per UTC day however often it is read
// (docs.x.com/x-api/getting-started/pricing, "Deduplication"): resources already seen today in
// this process are not counted again. After a restart the same resource may be counted twice,
// which errs on the side of pausing early.
import type { UsageMeter } from '../channels/channel-adapter.ts';
import type { Executor } from '../storage/storage.ts';
import { addUsage, usageBetween, type UsageRecord } from '../storage/repositories/channel-usage.repository.ts';

export const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);
const monthStart = (at: number): string => `${new Date(at).toISOString().slice(0, 7)}-01`;

/** Start of the next UTC month (when a monthly budget resets). */
export function nextMonthStart(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

const MAX_SEEN = 200_000;

export class CostMeter {
  private readonly seen = new Map<string, Set<string>>();
  private readonly prices: (network: string) => Readonly<Record<string, number>>;

  constructor(prices: (network: string) => Readonly<Record<string, number>>) {
    this.prices = prices;
  }

  /** A meter for one account's calls; `records()` gives what to store. */
  start(channelAccountId: string, network: string, now: number): UsageMeter & { records(): UsageRecord[] } {
    const day = utcDay(now);
    const prices = this.prices(network);
    const totals = new Map<string, number>();
    const seenToday = this.seenFor(`${channelAccountId}:${day}`);
    return {
      record: (resource, units, resourceIds) => {
        let count = units;
        if (resourceIds) {
          count = 0;
          for (const id of resourceIds) {
            const key = `${resource}:${id}`;
            if (!seenToday.has(key)) { seenToday.add(key); count += 1; }
          }
        }
        totals.set(resource, (totals.get(resource) ?? 0) + count);
      },
      records: () => [...totals].filter(([, units]) => units > 0).map(([resource, units]) => ({
        channelAccountId, day, resource, units, costMicros: Math.round(units * (prices[resource] ?? 0) * 1_000_000),
      })),
    };
  }

  async save(db: Executor, records: readonly UsageRecord[], now: number): Promise<void> {
    await addUsage(db, records, now);
  }

  /** Spend this UTC month so far, in USD, and by resource. */
  async month(db: Executor, channelAccountId: string, now: number): Promise<{ usd: number; byResource: Array<{ resource: string; units: number; usd: number }> }> {
    const rows = await usageBetween(db, channelAccountId, monthStart(now), utcDay(now));
    const byResource = rows.map((r) => ({ resource: r.resource, units: r.units, usd: r.costMicros / 1_000_000 }));
    return { usd: byResource.reduce((sum, r) => sum + r.usd, 0), byResource };
  }

  private seenFor(key: string): Set<string> {
    let set = this.seen.get(key);
    if (!set) {
      // Yesterday's sets are no use: keep only today's.
      for (const old of this.seen.keys()) if (old.split(':')[1] !== key.split(':')[1]) this.seen.delete(old);
      this.seen.set(key, set = new Set());
    }
    if (set.size > MAX_SEEN) set.clear();
    return set;
  }
}
