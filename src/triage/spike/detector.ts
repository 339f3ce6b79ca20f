// Spike detection, per channel account and topic (and per channel account over all topics,
// topic "*"): is this hour's volume, or its share of negative posts, far above what is usual
// for the same hour of the week? The baseline is the median of the last weeks' counts for that
// hour (robust: last week's spike does not raise this week's bar), with the MAD widening the
// Poisson tail test for noisy series. An alert fires once per spike: the same kind stays quiet
// until a window closes below its threshold. A complaint from a very influential author raises
// an alert of its own. Pure: the caller keeps the state (JSON) and feeds items in time order.
import { binomialTail, median, poissonTail, poissonThreshold, scaledMad } from './stats.ts';
import {
  DEFAULT_SPIKE_CONFIG, type SeriesState, type SpikeAlert, type SpikeConfig, type SpikeObservation, type SpikeState,
} from './types.ts';

const HOUR = 3_600_000;
const WEEK = 168;
const MAX_ITEM_IDS = 5;
const MIN_SHARE_VOLUME = 30;

export function createSpikeState(): SpikeState {
  return { format: 'earshot-spike-state', version: 1, series: {}, influential: {} };
}

/** Hour of the week, 0 = Monday 00:00 local time. The epoch was a Thursday: 72 hours after a Monday. */
export function hourOfWeek(ms: number, utcOffsetMinutes = 0): number {
  const hours = Math.floor((ms + utcOffsetMinutes * 60_000) / HOUR);
  return (((hours + 72) % WEEK) + WEEK) % WEEK;
}

function windowStart(ms: number): number {
  return Math.floor(ms / HOUR) * HOUR;
}

function newSeries(start: number): SeriesState {
  return {
    windowStart: start, count: 0, negatives: 0, itemIds: [],
    volume: Array.from({ length: WEEK }, () => []), negativeCounts: Array.from({ length: WEEK }, () => []),
    active: { volume: false, negative_share: false },
  };
}

interface Baseline {
  expected: number;
  spread: number;
  history: number[];
  method: string;
}

function volumeBaseline(s: SeriesState, slot: number, cfg: SpikeConfig): Baseline | null {
  const same = s.volume[slot]!;
  if (same.length >= cfg.minWeeks) {
    return { expected: median(same), spread: scaledMad(same), history: [...same], method: `median of ${same.length} weeks, same hour of week` };
  }
  // Young series: the same hour of day over the days seen so far.
  const hourOfDay = slot % 24;
  const days = Array.from({ length: 7 }, (_, d) => s.volume[hourOfDay + 24 * d]!).flat();
  if (days.length < cfg.minWeeks) return null;
  return { expected: median(days), spread: scaledMad(days), history: days, method: `median of ${days.length} days, same hour of day` };
}

function volumeThreshold(b: Baseline, cfg: SpikeConfig): number {
  const mu = Math.max(b.expected, 0.5) + b.spread;
  return Math.max(poissonThreshold(mu, cfg.alpha), Math.ceil(Math.max(b.expected, 1) * cfg.minRatio), cfg.minCount);
}

function sum(values: readonly number[][]): number {
  let total = 0;
  for (const v of values) for (const x of v) total += x;
  return total;
}

/** Usual negative share: this hour of the week if it has enough items, else all hours pooled. */
function shareBaseline(s: SeriesState, slot: number): { p0: number; method: string } | null {
  const vol = s.volume[slot]!.reduce((a, b) => a + b, 0);
  if (vol >= MIN_SHARE_VOLUME) {
    const neg = s.negativeCounts[slot]!.reduce((a, b) => a + b, 0);
    return { p0: Math.min(0.98, Math.max(0.02, neg / vol)), method: `negative share over ${vol} items, same hour of week` };
  }
  const all = sum(s.volume);
  if (all < MIN_SHARE_VOLUME) return null;
  return { p0: Math.min(0.98, Math.max(0.02, (sum(s.negativeCounts) + 1) / (all + 2))), method: `negative share over ${all} items, all hours` };
}

/** Smallest number of negatives among n that is both improbable and a clear increase. */
function negativeThreshold(n: number, p0: number, cfg: SpikeConfig): number {
  let k = Math.ceil(n * Math.min(1, p0 + cfg.minShareIncrease));
  while (k <= n && binomialTail(k, n, p0) > cfg.alpha) k++;
  return k;
}

function closeWindow(s: SeriesState, cfg: SpikeConfig): void {
  const slot = hourOfWeek(s.windowStart, cfg.utcOffsetMinutes);
  const b = volumeBaseline(s, slot, cfg);
  // The spike is over once a window ends below its threshold.
  if (s.active.volume && (!b || s.count < volumeThreshold(b, cfg))) s.active.volume = false;
  const share = shareBaseline(s, slot);
  if (s.active.negative_share && (!share || s.count < cfg.minCount || s.negatives < negativeThreshold(s.count, share.p0, cfg))) {
    s.active.negative_share = false;
  }
  for (const [list, value] of [[s.volume[slot]!, s.count], [s.negativeCounts[slot]!, s.negatives]] as const) {
    list.push(value);
    if (list.length > cfg.historyWeeks) list.shift();
  }
}

/** Moves the series to the window starting at `start`, recording the windows in between as empty. */
function advance(s: SeriesState, start: number, cfg: SpikeConfig): void {
  closeWindow(s, cfg);
  const gap = Math.min(WEEK, Math.round((start - s.windowStart) / HOUR) - 1);
  for (let i = 1; i <= gap; i++) {
    s.windowStart = start - (gap - i + 1) * HOUR;
    s.count = 0;
    s.negatives = 0;
    closeWindow(s, cfg);
  }
  s.windowStart = start;
  s.count = 0;
  s.negatives = 0;
  s.itemIds = [];
}

function alertBase(s: SeriesState, channelAccountId: string, topic: string, slot: number): Omit<SpikeAlert, 'kind' | 'observed' | 'expected' | 'threshold'> {
  return {
    channelAccountId, topic, window: { start: s.windowStart, end: s.windowStart + HOUR },
    evidence: { hourOfWeek: slot, baseline: '', history: [], count: s.count, negatives: s.negatives, itemIds: [...s.itemIds] },
  };
}

function checkSeries(s: SeriesState, channelAccountId: string, topic: string, cfg: SpikeConfig): SpikeAlert[] {
  const alerts: SpikeAlert[] = [];
  const slot = hourOfWeek(s.windowStart, cfg.utcOffsetMinutes);
  const b = volumeBaseline(s, slot, cfg);
  if (b && !s.active.volume) {
    const threshold = volumeThreshold(b, cfg);
    if (s.count >= threshold) {
      s.active.volume = true;
      const base = alertBase(s, channelAccountId, topic, slot);
      const pValue = poissonTail(s.count, Math.max(b.expected, 0.5) + b.spread);
      alerts.push({ ...base, kind: 'volume', observed: s.count, expected: b.expected, threshold, evidence: { ...base.evidence, baseline: b.method, history: b.history, pValue } });
    }
  }
  const share = shareBaseline(s, slot);
  if (share && !s.active.negative_share && s.count >= cfg.minCount) {
    const k = negativeThreshold(s.count, share.p0, cfg);
    if (s.negatives >= k) {
      s.active.negative_share = true;
      const base = alertBase(s, channelAccountId, topic, slot);
      const round = (x: number): number => Math.round(x * 1000) / 1000;
      alerts.push({
        ...base, kind: 'negative_share', observed: round(s.negatives / s.count), expected: round(share.p0), threshold: round(k / s.count),
        evidence: { ...base.evidence, baseline: share.method, history: [...s.negativeCounts[slot]!], pValue: binomialTail(s.negatives, s.count, share.p0) },
      });
    }
  }
  return alerts;
}

function observeSeries(state: SpikeState, key: string, o: SpikeObservation, topic: string, cfg: SpikeConfig): SpikeAlert[] {
  const start = windowStart(o.at);
  let s = state.series[key];
  if (!s) s = state.series[key] = newSeries(start);
  if (start < s.windowStart) return []; // Older than the open window: too late to count.
  if (start > s.windowStart) advance(s, start, cfg);
  s.count++;
  if (o.negative) s.negatives++;
  if (o.itemId !== undefined) {
    s.itemIds.push(o.itemId);
    if (s.itemIds.length > MAX_ITEM_IDS) s.itemIds.shift();
  }
  return checkSeries(s, o.channelAccountId, topic, cfg);
}

function influentialAlert(state: SpikeState, o: SpikeObservation, cfg: SpikeConfig): SpikeAlert[] {
  if (o.kind !== 'complaint') return [];
  const score = o.influence ?? 0;
  const followers = o.followers ?? 0;
  if (score < cfg.influentialScore && followers < cfg.influentialFollowers) return [];
  const start = windowStart(o.at);
  const who = o.authorId ?? o.itemId ?? `${o.channelAccountId}@${o.at}`;
  if (state.influential[who] !== undefined && start - state.influential[who]! < 24 * HOUR) return [];
  state.influential[who] = start;
  for (const [k, t] of Object.entries(state.influential)) if (start - t >= 24 * HOUR) delete state.influential[k];
  return [{
    kind: 'influential_complaint', channelAccountId: o.channelAccountId, topic: o.topic, observed: score,
    expected: 0, threshold: cfg.influentialScore, window: { start, end: start + HOUR },
    evidence: {
      hourOfWeek: hourOfWeek(o.at, cfg.utcOffsetMinutes), baseline: `influence >= ${cfg.influentialScore} or followers >= ${cfg.influentialFollowers}`,
      history: [followers], count: 1, negatives: o.negative ? 1 : 0, itemIds: o.itemId ? [o.itemId] : [], ...(o.authorId ? { authorId: o.authorId } : {}),
    },
  }];
}

/**
 * Feeds one triaged item to the detector; returns the alerts it raises (often none). Updates
 * `state` in place. Items should arrive in time order; an item older than its series' open
 * hour is not counted.
 */
export function observeSpike(state: SpikeState, o: SpikeObservation, config: Partial<SpikeConfig> = {}): SpikeAlert[] {
  const cfg = { ...DEFAULT_SPIKE_CONFIG, ...config };
  return [
    ...(o.topic === '*' ? [] : observeSeries(state, `${o.channelAccountId}\u001f${o.topic}`, o, o.topic, cfg)),
    ...observeSeries(state, `${o.channelAccountId}\u001f*`, o, '*', cfg),
    ...influentialAlert(state, o, cfg),
  ];
}
