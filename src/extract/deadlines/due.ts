/**
 * The due date of a window given as a duration ("within 60 days", "three weeks left to apply", "no later
 * than 120 days from the date of publication"): its start plus its length. The start is a date written
 * right after it ("90 days after June 1"), else the reference date when the clause looks ahead or names
 * today or the publication ("from today", "of this notice"); else there is no value.
 */
import type { DateItem } from '../../schema/doc.js';
import { DUE_FROM } from '../../rules/deadlines/links.js';
import { addDays, addMonths, fmtDay, parseYmd, validDay, type Ymd } from '../dates/calendar.js';
import { durationParts } from '../dates/resolve-relative.js';

const FROM = new RegExp(DUE_FROM.pattern, 'i');

function plus(t: Ymd, n: number, unit: string): string | null {
  if (unit === 'day') return fmtDay(addDays(t, n));
  if (unit === 'week') return fmtDay(addDays(t, 7 * n));
  if (unit === 'month' || unit === 'year') {
    const m = addMonths(t.y, t.m, unit === 'year' ? 12 * n : n);
    let d = t.d;
    while (d > 28 && !validDay(m.y, m.m, d)) d--;
    return fmtDay({ y: m.y, m: m.m, d });
  }
  return null;
}

/** The due date of duration `d`, or null. `after` is the text right after it; `next` the date item after it in its sentence. */
export function dueDate(d: DateItem, after: string, next: DateItem | undefined, referenceDate: string | null, forward: boolean): string | null {
  const len = durationParts(d.text);
  if (!len) return null;
  const lead = FROM.exec(after);
  if (lead && next && next.start - d.end <= lead[0].length + 1 && next.value) {
    const start = parseYmd(next.value.slice(0, 10));
    return start ? plus(start, len.n, len.unit) : null;
  }
  const ref = parseYmd(referenceDate);
  if (!ref) return null;
  return forward || lead ? plus(ref, len.n, len.unit) : null;
}
