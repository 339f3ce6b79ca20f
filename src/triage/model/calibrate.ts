// Temperature scaling (Guo et al. 2017): one scalar per head, fitted on held-out examples, so
// that a reported probability of 0.8 is right about 80% of the time. It never changes the argmax.
import { softmax } from './linear.ts';

export interface Scored {
  logits: ArrayLike<number>;
  target: number;
}

export function negativeLogLikelihood(items: readonly Scored[], temperature: number): number {
  let nll = 0;
  for (const it of items) nll -= Math.log(Math.max(softmax(it.logits, temperature)[it.target]!, 1e-12));
  return nll / Math.max(items.length, 1);
}

/** The temperature in [0.25, 8] that minimizes the NLL (golden-section search on log T). */
export function fitTemperature(items: readonly Scored[]): number {
  if (items.length === 0) return 1;
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.25);
  let hi = Math.log(8);
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = negativeLogLikelihood(items, Math.exp(a));
  let fb = negativeLogLikelihood(items, Math.exp(b));
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = negativeLogLikelihood(items, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = negativeLogLikelihood(items, Math.exp(b));
    }
  }
  // Rounded so that the model file does not change with the last bits of a search.
  return Math.round(Math.exp((lo + hi) / 2) * 1000) / 1000;
}

/** Expected calibration error over equal-width confidence bins. */
export function expectedCalibrationError(items: readonly Scored[], temperature: number, bins = 10): number {
  const conf = new Float64Array(bins);
  const acc = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (const it of items) {
    const p = softmax(it.logits, temperature);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const b = Math.min(bins - 1, Math.floor(p[best]! * bins));
    conf[b] = conf[b]! + p[best]!;
    acc[b] = acc[b]! + (best === it.target ? 1 : 0);
    count[b] = count[b]! + 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]! > 0) ece += Math.abs(acc[b]! - conf[b]!);
  return ece / Math.max(items.length, 1);
}
