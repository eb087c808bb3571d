/** `FIELD.METRIC` names (quotes.f1, claims.recall, actors.typeAccuracy) and threshold checks. */
import { ACCURACIES, FIELDS, type FieldName, type FieldScores, type Ratio } from './types.js';

export const RATES = ['precision', 'recall', 'f1'] as const;

/** Every valid metric name, e.g. "quotes.speakerAccuracy". */
export function metricNames(): string[] {
  return FIELDS.flatMap((f) => [...RATES, ...ACCURACIES[f]].map((m) => `${f}.${m}`));
}

export function isMetricName(name: string): boolean {
  return metricNames().includes(name);
}

/** The value of a metric; null for an accuracy with nothing to judge. Throws on an unknown name. */
export function metricValue(fields: FieldScores, name: string): number | null {
  const [field, metric] = name.split('.') as [FieldName, string];
  if (!isMetricName(name)) throw new Error(`unknown metric "${name}"`);
  const v = (fields[field] as unknown as Record<string, number | Ratio>)[metric];
  return typeof v === 'number' ? v : (v?.value ?? null);
}

export interface ThresholdResult {
  metric: string;
  min: number;
  value: number | null;
  ok: boolean;
}

/** Compare each minimum with the score; a null value (nothing measured) falls short. */
export function checkThresholds(fields: FieldScores, mins: Record<string, number>): ThresholdResult[] {
  return Object.entries(mins).map(([metric, min]) => {
    const value = metricValue(fields, metric);
    return { metric, min, value, ok: value !== null && value + 1e-9 >= min };
  });
}
