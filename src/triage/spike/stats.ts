// Small robust statistics and tail probabilities for the spike detector.

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation, scaled (x1.4826) to estimate a standard deviation. */
export function scaledMad(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** P(X >= k) for X ~ Poisson(mu), summed in log space for stability. */
export function poissonTail(k: number, mu: number): number {
  if (k <= 0) return 1;
  if (mu <= 0) return 0;
  // 1 - P(X <= k - 1)
  let term = Math.exp(-mu);
  let cdf = term;
  for (let i = 1; i < k; i++) {
    term *= mu / i;
    cdf += term;
    if (term < 1e-300 && i > mu) break;
  }
  return Math.max(0, 1 - cdf);
}

/** Smallest k with P(X >= k) <= alpha for X ~ Poisson(mu). */
export function poissonThreshold(mu: number, alpha: number): number {
  let k = Math.max(1, Math.floor(mu));
  while (poissonTail(k, mu) > alpha) k++;
  return k;
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

/** P(X >= k) for X ~ Binomial(n, p). */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let tail = 0;
  for (let i = k; i <= n; i++) tail += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p));
  return Math.min(1, tail);
}
