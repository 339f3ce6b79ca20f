// Candidate forecasting methods for volume per interval. Each is fitted on a history of values per
// slot of the week (null where a value must not be learnt from, e.g. a holiday) and returns a
// predictor of the volume for a slot, a given number of intervals after the end of the history.
// The back-test in forecast.ts picks the one with the lowest error on the recent past.
//   seasonal_naive      the same slot last week (Hyndman & Athanasopoulos, FPP3 §5.2)
//   seasonal_mean       the mean of the same slot over the last four weeks
//   slot_of_day_mean    the mean of the same time of day (for histories shorter than a week)
//   profile_trend       a weekly shape (share of the week per slot) times a damped Holt forecast of
//                       the weekly total (FPP3 §8.2): seasonal averages with exponential smoothing
//   holt_winters        additive Holt–Winters with damped trend, season = one week (FPP3 §8.3)

export interface Observation {
  slot: number;
  value: number | null;
}

export type Predictor = (slot: number, stepsAhead: number) => number;

export interface Method {
  name: string;
  /** Whole weeks of history the method needs to be fitted. */
  minWeeks: number;
  fit(history: readonly Observation[], slotsPerWeek: number): Predictor;
}

const nonNegative = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

function lastValues(history: readonly Observation[], slotsPerWeek: number, perSlot: number): number[][] {
  const values: number[][] = Array.from({ length: slotsPerWeek }, () => []);
  for (let i = history.length - 1; i >= 0; i--) {
    const o = history[i];
    const bucket = o && values[o.slot];
    if (o && bucket && o.value !== null && bucket.length < perSlot) bucket.push(o.value);
  }
  return values;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export const seasonalNaive: Method = {
  name: 'seasonal_naive',
  minWeeks: 1,
  fit(history, slotsPerWeek) {
    const last = lastValues(history, slotsPerWeek, 1).map((xs) => xs[0] ?? 0);
    return (slot) => last[slot] ?? 0;
  },
};

export const seasonalMean: Method = {
  name: 'seasonal_mean',
  minWeeks: 1,
  fit(history, slotsPerWeek) {
    const means = lastValues(history, slotsPerWeek, 4).map(mean);
    return (slot) => means[slot] ?? 0;
  },
};

export const slotOfDayMean: Method = {
  name: 'slot_of_day_mean',
  minWeeks: 0,
  fit(history, slotsPerWeek) {
    const perDay = slotsPerWeek / 7;
    const sums = new Array<number>(perDay).fill(0);
    const counts = new Array<number>(perDay).fill(0);
    for (const o of history) {
      if (o.value === null) continue;
      const k = o.slot % perDay;
      sums[k] = (sums[k] ?? 0) + o.value;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    return (slot) => {
      const k = slot % perDay;
      return (counts[k] ?? 0) === 0 ? 0 : (sums[k] ?? 0) / (counts[k] ?? 1);
    };
  },
};

export const profileTrend: Method = {
  name: 'profile_trend',
  minWeeks: 2,
  fit(history, slotsPerWeek) {
    // Weekly totals over whole weeks counted back from the end, missing slots filled by that slot's mean.
    const slotMeans = lastValues(history, slotsPerWeek, Infinity).map(mean);
    const profileTotal = slotMeans.reduce((a, b) => a + b, 0);
    const profile = slotMeans.map((m) => (profileTotal > 0 ? m / profileTotal : 1 / slotsPerWeek));
    const weeks: number[] = [];
    for (let end = history.length; end - slotsPerWeek >= 0; end -= slotsPerWeek) {
      let total = 0;
      for (let i = end - slotsPerWeek; i < end; i++) {
        const o = history[i];
        if (o) total += o.value ?? slotMeans[o.slot] ?? 0;
      }
      weeks.unshift(total);
    }
    const weekly = dampedHolt(weeks, 0.5, 0.2, 0.9);
    return (slot, stepsAhead) => nonNegative((profile[slot] ?? 0) * weekly(1 + Math.floor(stepsAhead / slotsPerWeek)));
  },
};

/** Damped additive Holt on a short series; returns the h-step forecast. */
function dampedHolt(series: readonly number[], alpha: number, beta: number, phi: number): (h: number) => number {
  let level = series[0] ?? 0;
  let trend = series.length > 1 ? (series[1] ?? 0) - level : 0;
  for (const y of series.slice(1)) {
    const previous = level;
    level = alpha * y + (1 - alpha) * (previous + phi * trend);
    trend = beta * (level - previous) + (1 - beta) * phi * trend;
  }
  return (h) => {
    let damped = 0;
    for (let i = 1, p = phi; i <= h; i++, p *= phi) damped += p;
    return level + damped * trend;
  };
}

const HW_GRID = [
  { alpha: 0.05, beta: 0.001, gamma: 0.1 },
  { alpha: 0.1, beta: 0.005, gamma: 0.2 },
  { alpha: 0.2, beta: 0.01, gamma: 0.3 },
];
const HW_PHI = 0.98;

export const holtWinters: Method = {
  name: 'holt_winters',
  minWeeks: 2,
  fit(history, slotsPerWeek) {
    // Smoothing constants chosen from a small grid by in-sample one-step squared error.
    let best: { sse: number; predictor: Predictor } | undefined;
    for (const params of HW_GRID) {
      const run = runHoltWinters(history, slotsPerWeek, params.alpha, params.beta, params.gamma);
      if (!best || run.sse < best.sse) best = run;
    }
    return best?.predictor ?? (() => 0);
  },
};

function runHoltWinters(history: readonly Observation[], slotsPerWeek: number, alpha: number, beta: number, gamma: number) {
  // Initialise on the first week: level = its mean, season = deviations from it, no trend.
  const firstWeek = history.slice(0, slotsPerWeek).map((o) => o.value ?? 0);
  let level = mean(firstWeek);
  let trend = 0;
  const season = new Array<number>(slotsPerWeek).fill(0);
  history.slice(0, slotsPerWeek).forEach((o) => { season[o.slot] = (o.value ?? level) - level; });
  let sse = 0;
  for (const o of history.slice(slotsPerWeek)) {
    const s = season[o.slot] ?? 0;
    const predicted = level + HW_PHI * trend + s;
    if (o.value === null) {
      level += HW_PHI * trend;
      trend *= HW_PHI;
      continue;
    }
    sse += (o.value - predicted) ** 2;
    const previous = level;
    level = alpha * (o.value - s) + (1 - alpha) * (previous + HW_PHI * trend);
    trend = beta * (level - previous) + (1 - beta) * HW_PHI * trend;
    season[o.slot] = gamma * (o.value - level) + (1 - gamma) * s;
  }
  const [finalLevel, finalTrend] = [level, trend];
  const predictor: Predictor = (slot, stepsAhead) => {
    const h = stepsAhead + 1;
    const damped = (HW_PHI * (1 - HW_PHI ** h)) / (1 - HW_PHI);
    return nonNegative(finalLevel + damped * finalTrend + (season[slot] ?? 0));
  };
  return { sse, predictor };
}

export const METHODS: readonly Method[] = [seasonalNaive, seasonalMean, profileTrend, holtWinters, slotOfDayMean];
