/** Anaphoric years: "the following year" after a sentence that names a year is that year + 1. */
import type { DateItem } from '../../schema/doc.js';
import { ANAPHORIC_YEARS } from '../../rules/dates/lexicon.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';

const ROWS = ANAPHORIC_YEARS.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));
/** An explicit four-digit year in a date's own text. */
const EXPLICIT_YEAR = /(?<![\d])(?<y>1[5-9]\d\d|20\d\d)(?![\d])/;

/** The year named by the last explicit-year item before `i`, in the same or the previous sentence. */
function antecedent(items: DateItem[], i: number): number | null {
  const at = items[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const d = items[j]!;
    if (d.sentence < at.sentence - 1) return null;
    const y = EXPLICIT_YEAR.exec(d.text)?.groups?.y;
    if (y && d.value?.startsWith(y)) return Number(y);
  }
  return null;
}

/** Rewrites the value of anaphoric years that have an antecedent; others keep their value. */
export function resolveAnaphora(items: DateItem[], trace: Trace = NO_TRACE): DateItem[] {
  items.forEach((d, i) => {
    if (d.kind !== 'date') return;
    const row = ROWS.find((r) => r.re.test(d.text));
    if (!row) return;
    const y = antecedent(items, i);
    if (y === null) return;
    d.value = String(y + row.shift);
    trace.add({ rule: row.id, stage: 'dates', verdict: 'refine', start: d.start, end: d.end, kind: 'date', text: d.text });
  });
  return items;
}
