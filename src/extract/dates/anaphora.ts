/**
 * Anaphoric years: "the following year" after a sentence that names a year is that year + 1. Anaphoric
 * days: "two days later" after a full date is that date + 2.
 */
import type { DateItem } from '../../schema/doc.js';
import { ANAPHORIC_DAYS, ANAPHORIC_YEARS, NARRATIVE_YEAR, NUMBER_WORDS } from '../../rules/dates/lexicon.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { addDays, diffDays, fmtDay, parseYmd, type Ymd } from './calendar.js';

const ROWS = ANAPHORIC_YEARS.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));
const DAY_ROWS = ANAPHORIC_DAYS.map((r) => ({ ...r, re: new RegExp(r.pattern, 'i') }));
/** An explicit four-digit year in a date's own text. */
const EXPLICIT_YEAR = /(?<![\d])(?<y>1[5-9]\d\d|20\d\d)(?![\d])/;

/** The last item before `i`, in the same or the previous sentence, whose text names the year its value has: its index and that year. */
function yearItemBefore(items: DateItem[], i: number): { j: number; y: number } | null {
  const at = items[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const d = items[j]!;
    if (d.sentence < at.sentence - 1) return null;
    const y = EXPLICIT_YEAR.exec(d.text)?.groups?.y;
    if (y && d.value?.startsWith(y)) return { j, y: Number(y) };
  }
  return null;
}

/** The nearest full date before item `i` (any distance: the day the story is telling). */
function dayBefore(items: DateItem[], i: number): Ymd | null {
  for (let j = i - 1; j >= 0; j--) {
    const day = items[j]!.kind === 'date' ? parseYmd(items[j]!.value) : null;
    if (day) return day;
  }
  return null;
}

/** A count of days: digits, a number word ("two", "a"), or one when the row has none. */
function dayCount(n: string | undefined): number | null {
  if (n === undefined) return 1;
  const digits = Number(n);
  const v = Number.isInteger(digits) ? digits : NUMBER_WORDS[n.toLowerCase()];
  return v === undefined ? null : v;
}

/** The year of the story told around item `i`: a full date of another year in its sentence or the one before, or a bare year before it in its sentence. */
function narrativeYear(items: DateItem[], i: number, day: Ymd): number | null {
  const hit = yearItemBefore(items, i);
  if (hit === null || hit.y === day.y) return null;
  const { j, y } = hit;
  const d = items[j]!;
  const full = parseYmd(d.value);
  if (full) {
    const gap = diffDays(full, { y: full.y, m: day.m, d: day.d });
    return gap >= 0 && gap <= NARRATIVE_YEAR.days ? full.y : null;
  }
  // a bare year of the same sentence, not one end of a span ("covering 2003-2016")
  const span = [items[j - 1], items[j + 1]].some((o) => o !== undefined && o.sentence === d.sentence && (Math.abs(o.start - d.end) <= 1 || Math.abs(d.start - o.end) <= 1));
  return d.sentence === items[i]!.sentence && d.text === String(y) && d.value === String(y) && !span ? y : null;
}

/** Rewrites the value of anaphoric years and days that have an antecedent; others keep their value. */
export function resolveAnaphora(items: DateItem[], trace: Trace = NO_TRACE, past: (d: DateItem) => boolean = () => false): DateItem[] {
  items.forEach((d, i) => {
    if (d.kind !== 'date') return;
    const day = d.rule === 'date.month-day-year' && !EXPLICIT_YEAR.test(d.text) ? parseYmd(d.value) : null;
    if (day && past(d)) {
      const y = narrativeYear(items, i, day);
      if (y !== null) {
        d.value = fmtDay({ ...day, y });
        trace.add({ rule: NARRATIVE_YEAR.id, stage: 'dates', verdict: 'refine', start: d.start, end: d.end, kind: 'date', text: d.text });
      }
      return;
    }
    const dayRow = d.value === null ? DAY_ROWS.find((r) => r.re.test(d.text)) : undefined;
    if (dayRow) {
      const n = dayCount(dayRow.re.exec(d.text)?.groups?.n);
      const from = n === null ? null : dayBefore(items, i);
      if (from === null || n === null) return;
      d.value = fmtDay(addDays(from, dayRow.shift * n));
      trace.add({ rule: dayRow.id, stage: 'dates', verdict: 'refine', start: d.start, end: d.end, kind: 'date', text: d.text });
      return;
    }
    const row = ROWS.find((r) => r.re.test(d.text));
    if (!row) return;
    const y = yearItemBefore(items, i)?.y ?? null;
    if (y === null) return;
    d.value = String(y + row.shift);
    trace.add({ rule: row.id, stage: 'dates', verdict: 'refine', start: d.start, end: d.end, kind: 'date', text: d.text });
  });
  return items;
}
