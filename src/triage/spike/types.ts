// Spike detection: the stream it reads, the alerts it raises, the state it keeps.

export interface SpikeObservation {
  /** Platform timestamp of the item, ms since the epoch (UTC). */
  at: number;
  channelAccountId: string;
  topic: string;
  negative: boolean;
  itemId?: string;
  /** From triage: a complaint from an influential author raises its own alert. */
  kind?: string;
  influence?: number;
  followers?: number | null;
  authorId?: string;
}

export type SpikeAlertKind = 'volume' | 'negative_share' | 'influential_complaint';

export interface SpikeAlert {
  kind: SpikeAlertKind;
  channelAccountId: string;
  /** "*" for the whole channel account (all topics together). */
  topic: string;
  /** Items in the window (volume), negative share (negative_share), influence score (influential_complaint). */
  observed: number;
  expected: number;
  /** The value `observed` reached to raise the alert. */
  threshold: number;
  window: { start: number; end: number };
  evidence: {
    hourOfWeek: number;
    /** How the baseline was computed. */
    baseline: string;
    /** The past values the baseline came from (same hour of the week, oldest first). */
    history: number[];
    count: number;
    negatives: number;
    pValue?: number;
    itemIds: string[];
    authorId?: string;
  };
}

export interface SeriesState {
  windowStart: number;
  count: number;
  negatives: number;
  itemIds: string[];
  /** Per hour of the week (168 slots): counts of the last few weeks, oldest first. */
  volume: number[][];
  negativeCounts: number[][];
  /** Alert kinds raised for a spike that has not ended yet (no repeats for the same spike). */
  active: { volume: boolean; negative_share: boolean };
}

export interface SpikeState {
  format: 'earshot-spike-state';
  version: 1;
  series: Record<string, SeriesState>;
  /** Influential authors already alerted on, with the window they were alerted in. */
  influential: Record<string, number>;
}

export interface SpikeConfig {
  /** Weeks of history kept per hour of the week. */
  historyWeeks: number;
  /** Weeks needed before the same hour of the week is the baseline; before that, the same hour of day. */
  minWeeks: number;
  /** Tail probability under the baseline below which a window is a spike. Small, because it is
   *  tested for every hour of every series: 1e-5 is about one false alert a year per series. */
  alpha: number;
  /** Never alert on fewer items than this in a window. */
  minCount: number;
  /** Volume must also reach expected x minRatio. */
  minRatio: number;
  /** Negative share must exceed the usual share by at least this much. */
  minShareIncrease: number;
  /** Influence score (0..1) from which a complaint raises an alert. */
  influentialScore: number;
  /** Followers from which a complaint raises an alert, whatever the score. */
  influentialFollowers: number;
  /** Offset of the workspace's local time from UTC, so hour-of-week follows its day. */
  utcOffsetMinutes: number;
}

export const DEFAULT_SPIKE_CONFIG: SpikeConfig = {
  historyWeeks: 8, minWeeks: 3, alpha: 1e-5, minCount: 10, minRatio: 2, minShareIncrease: 0.2,
  influentialScore: 0.7, influentialFollowers: 100_000, utcOffsetMinutes: 0,
};
