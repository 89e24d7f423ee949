export interface Outcome<L extends string> {
  actual: L;
  /** `null` when the classifier made no prediction. */
  predicted: L | null;
}

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  /** How many items truly carry the label. */
  support: number;
  /** How many items were predicted to carry the label. */
  predicted: number;
}

export interface ClassificationReport<L extends string> {
  n: number;
  /** Items without a prediction; they count against recall but not against precision. */
  abstained: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<L, LabelScores>;
  /** confusion[actual][predicted], with the column "none" for abstentions. */
  confusion: Record<L, Record<L | 'none', number>>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function classificationReport<L extends string>(labels: readonly L[], outcomes: readonly Outcome<L>[]): ClassificationReport<L> {
  const confusion = Object.fromEntries(
    labels.map((actual) => [actual, Object.fromEntries([...labels, 'none'].map((column) => [column, 0]))]),
  ) as Record<L, Record<L | 'none', number>>;
  for (const { actual, predicted } of outcomes) {
    const row = confusion[actual];
    if (!row) throw new Error(`unknown label "${actual}"`);
    const column = predicted ?? 'none';
    if (!(column in row)) throw new Error(`unknown label "${column}"`);
    row[column] += 1;
  }

  const perLabel = {} as Record<L, LabelScores>;
  for (const label of labels) {
    const truePositives = confusion[label][label];
    const support = labels.reduce((sum, predicted) => sum + confusion[label][predicted], confusion[label].none);
    const predicted = labels.reduce((sum, actual) => sum + confusion[actual][label], 0);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    perLabel[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support, predicted };
  }

  const correct = labels.reduce((sum, label) => sum + confusion[label][label], 0);
  return {
    n: outcomes.length,
    abstained: outcomes.filter((o) => o.predicted === null).length,
    accuracy: ratio(correct, outcomes.length),
    macroF1: ratio(labels.reduce((sum, label) => sum + perLabel[label].f1, 0), labels.length),
    perLabel,
    confusion,
  };
}
