// Shared by every `earshot bench`: the machine's facts and the one-JSON-object last line.
import { availableParallelism } from 'node:os';

export interface BenchReport {
  bench: string;
  [figure: string]: unknown;
}

export function machineFacts(): { cores: number; node: string } {
  return { cores: availableParallelism(), node: process.version };
}

export function printReport(report: BenchReport, json: boolean): void {
  if (!json) {
    for (const [key, value] of Object.entries(report)) console.log(`${key.padEnd(28)} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  // The last line is always the machine-readable object.
  console.log(JSON.stringify(report));
}

export function perSecond(count: number, elapsedMs: number): number {
  return Math.round((count / elapsedMs) * 1000);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
