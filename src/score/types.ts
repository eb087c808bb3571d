/** Score types: per-field counts, precision/recall/F1, accuracies, and the findings behind them. */

export const FIELDS = ['actors', 'dates', 'deadlines', 'quotes', 'claims'] as const;
export type FieldName = (typeof FIELDS)[number];

/** An accuracy: correct out of total; value is null when total is 0. */
export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** predictions left out of every count because they match an optional gold item */
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldScores {
  actors: Prf & { typeAccuracy: Ratio };
  dates: Prf & { valueAccuracy: Ratio };
  deadlines: Prf & { valueAccuracy: Ratio };
  quotes: Prf & { speakerAccuracy: Ratio; kindAccuracy: Ratio };
  claims: Prf & { sourceAccuracy: Ratio };
}

/** Accuracy metric names per field (the names `--min FIELD.METRIC=V` accepts besides precision/recall/f1). */
export const ACCURACIES: Record<FieldName, readonly string[]> = {
  actors: ['typeAccuracy'],
  dates: ['valueAccuracy'],
  deadlines: ['valueAccuracy'],
  quotes: ['speakerAccuracy', 'kindAccuracy'],
  claims: ['sourceAccuracy'],
};

/**
 * One line of the verbose report. kind: `miss` (gold item not found), `fp` (false positive),
 * `wrong` (matched, but its type/value/speaker/kind/source is wrong: `metric` says which).
 */
export interface Finding {
  article: string;
  field: FieldName;
  kind: 'miss' | 'fp' | 'wrong';
  metric?: string;
  text: string;
  expected?: string;
  got?: string;
  note?: string;
  start?: number;
}

export interface ArticleScore {
  id: string;
  fields: FieldScores;
  findings: Finding[];
}

export interface AggregateScore {
  articles: number;
  fields: FieldScores;
  findings: Finding[];
}
