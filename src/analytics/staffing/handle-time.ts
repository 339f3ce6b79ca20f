// Handle time from history: how long an agent is busy per conversation. Heavy right tails are the
// norm (a conversation left open over lunch), so besides the mean we give the median, the 90th
// percentile and a robust mean that drops Tukey's "far out" values (above Q3 + 3·IQR; Tukey,
// Exploratory Data Analysis, 1977). Percentiles interpolate linearly between order statistics
// (Hyndman & Fan 1996, definition 7: the default of R, NumPy and spreadsheet PERCENTILE.INC).

export interface HandleTimeStats {
  count: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
  /** Mean without far-out values: the figure to plan with. */
  robustMeanSeconds: number;
  /** How many far-out values the robust mean left out. */
  outliers: number;
}

export interface BusyInterval {
  conversationId: string;
  /** Epoch ms. */
  start: number;
  end: number;
}

/** Linear-interpolation percentile (type 7) of sorted values; p in [0, 1]. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/** Statistics of per-conversation handle durations in seconds; non-positive or non-finite ones are ignored. */
export function handleTimeStats(durationsSeconds: readonly number[]): HandleTimeStats | undefined {
  const sorted = durationsSeconds.filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const q1 = percentile(sorted, 0.25);
  const q3 = percentile(sorted, 0.75);
  const fence = q3 + 3 * (q3 - q1);
  const kept = sorted.filter((d) => d <= fence);
  return {
    count: sorted.length,
    meanSeconds: mean(sorted),
    medianSeconds: percentile(sorted, 0.5),
    p90Seconds: percentile(sorted, 0.9),
    robustMeanSeconds: mean(kept),
    outliers: sorted.length - kept.length,
  };
}

/**
 * Handle durations per conversation from agents' busy intervals (an agent working on a conversation
 * from start to end). Overlapping intervals of one conversation (two agents, or a double-counted
 * event) are merged first so no second is counted twice.
 */
export function handleDurationsFromIntervals(intervals: readonly BusyInterval[]): Map<string, number> {
  const byConversation = new Map<string, BusyInterval[]>();
  for (const interval of intervals) {
    if (!(interval.end > interval.start)) continue;
    const list = byConversation.get(interval.conversationId) ?? [];
    list.push(interval);
    byConversation.set(interval.conversationId, list);
  }
  const durations = new Map<string, number>();
  for (const [id, list] of byConversation) {
    list.sort((a, b) => a.start - b.start);
    let total = 0;
    let [from, to] = [list[0]?.start ?? 0, list[0]?.end ?? 0];
    for (const { start, end } of list.slice(1)) {
      if (start <= to) to = Math.max(to, end);
      else {
        total += to - from;
        [from, to] = [start, end];
      }
    }
    durations.set(id, (total + to - from) / 1000);
  }
  return durations;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
