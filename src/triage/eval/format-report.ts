// The human-readable eval report and the one-line JSON summary (the last line with --json).
import type { LabelField } from './dataset.ts';
import type { FieldMetrics } from './metrics.ts';
import type { EvalReport } from './run-eval.ts';

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

function f(x: number): string {
  return x.toFixed(3);
}

export function formatField(name: string, m: FieldMetrics): string[] {
  const width = Math.max(10, ...m.confusion.labels.map((l) => l.length + 2));
  const lines = [
    `${name}: n=${m.n}  accuracy=${f(m.accuracy)}  macro-F1=${f(m.macro_f1)}  macro-recall=${f(m.macro_recall)}`,
    `  ${pad('class', width)}${pad('precision', 11)}${pad('recall', 9)}${pad('f1', 8)}support`,
    ...Object.entries(m.per_class).map(([c, v]) => `  ${pad(c, width)}${pad(f(v.precision), 11)}${pad(f(v.recall), 9)}${pad(f(v.f1), 8)}${v.support}`),
    `  confusion (rows: gold classes, columns: predicted)`,
    `  ${pad('', width)}${m.confusion.labels.map((l) => pad(l, width)).join('')}`,
    ...m.confusion.matrix
      .map((row, i) => [row, m.per_class[m.confusion.labels[i]!]!.support] as const)
      .map(([row, support], i) => (support > 0 ? `  ${pad(m.confusion.labels[i]!, width)}${row.map((v) => pad(v, width)).join('')}` : ''))
      .filter((line) => line !== ''),
  ];
  return lines;
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = [`model ${report.model_version}: ${report.items} items`];
  for (const m of report.malformed) lines.push(`line ${m.line}: skipped (${m.reason})`);
  for (const [field, m] of Object.entries(report.fields)) {
    lines.push('', ...formatField(field, m));
    const base = report.baseline?.[field as LabelField];
    const gain = report.gain?.[field as LabelField];
    if (base && gain) lines.push(`  without feedback: macro-F1=${f(base.macro_f1)} accuracy=${f(base.accuracy)}; gain from feedback: macro-F1 ${gain.macro_f1 >= 0 ? '+' : ''}${f(gain.macro_f1)}, accuracy ${gain.accuracy >= 0 ? '+' : ''}${f(gain.accuracy)}`);
  }
  lines.push('', `items/s: ${report.items_per_s} per core (CPU time), ${report.items_per_s_wall} by the wall clock (full triage, one thread, fastest of repeated passes per 500 items)`);
  return lines.join('\n');
}

/** The --json summary: one key per label field, and top-level items_per_s. */
export function reportJson(report: EvalReport): string {
  return JSON.stringify({
    ...report.fields,
    items_per_s: report.items_per_s,
    items_per_s_wall: report.items_per_s_wall,
    items: report.items,
    malformed: report.malformed.length,
    model_version: report.model_version,
    ...(report.baseline ? { baseline: report.baseline, gain: report.gain } : {}),
  });
}
