// Classification metrics for `triage eval`. Macro averages run over the classes present in the
// gold labels (a class the model predicts but the file never uses has no recall to average);
// per-class figures and the confusion matrix cover every class seen in either.

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of the class. */
  support: number;
}

export interface FieldMetrics {
  n: number;
  accuracy: number;
  macro_f1: number;
  macro_recall: number;
  per_class: Record<string, ClassMetrics>;
  /** matrix[i][j]: gold labels[i] predicted as labels[j]. */
  confusion: { labels: string[]; matrix: number[][] };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function confusionMatrix(gold: readonly string[], predicted: readonly string[]): { labels: string[]; matrix: number[][] } {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const labels = [...new Set([...gold, ...predicted])].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (let i = 0; i < gold.length; i++) matrix[index.get(gold[i]!)!]![index.get(predicted[i]!)!]! += 1;
  return { labels, matrix };
}

export function fieldMetrics(gold: readonly string[], predicted: readonly string[]): FieldMetrics {
  const confusion = confusionMatrix(gold, predicted);
  const { labels, matrix } = confusion;
  const per_class: Record<string, ClassMetrics> = {};
  let correct = 0;
  let f1Sum = 0;
  let recallSum = 0;
  let goldClasses = 0;
  labels.forEach((label, i) => {
    const tp = matrix[i]![i]!;
    const support = matrix[i]!.reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((a, row) => a + row[i]!, 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    per_class[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
    correct += tp;
    if (support > 0) {
      goldClasses++;
      f1Sum += f1;
      recallSum += recall;
    }
  });
  return {
    n: gold.length,
    accuracy: round(ratio(correct, gold.length)),
    macro_f1: round(ratio(f1Sum, goldClasses)),
    macro_recall: round(ratio(recallSum, goldClasses)),
    per_class,
    confusion,
  };
}
