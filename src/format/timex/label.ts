/**
 * `timexLabel(value)`: the readable label of a TimeML value for the human formats ("195" -> "1950s",
 * "XXXX-WXX-3" -> "a Wednesday, date unknown"), or null where the value reads as it is ("2025-10-24") or
 * no row knows it. `withLabel(value)` is the value with its label beside it: "195 (1950s)".
 */
import { TIMEX_ROWS, type TimexRow } from './rows.js';

export interface TimexLabel {
  label: string;
  /** the row that made it */
  row: TimexRow['id'];
}

export function timexMatch(value: string | null | undefined): TimexLabel | null {
  if (!value || value.length > 24) return null;
  for (const row of TIMEX_ROWS) {
    const m = row.pattern.exec(value);
    if (m) return { label: row.label(m.groups ?? {}), row: row.id };
  }
  return null;
}

export const timexLabel = (value: string | null | undefined): string | null => timexMatch(value)?.label ?? null;

/** "195 (1950s)"; a value with no label as it is; null as the given fallback. */
export function withLabel(value: string | null | undefined, fallback = 'unresolved'): string {
  if (!value) return fallback;
  const label = timexLabel(value);
  return label ? `${value} (${label})` : value;
}
