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

/** Days per unit counted in days, months per unit counted in months. */
const DAYS: Record<string, number> = { day: 1, week: 7 };
const MONTHS: Record<string, number> = { month: 1, year: 12 };

function plus(t: Ymd, n: number, unit: string): string | null {
  const days = DAYS[unit];
  if (days !== undefined) return fmtDay(addDays(t, days * n));
  const months = MONTHS[unit];
  if (months === undefined) return null;
  const m = addMonths(t.y, t.m, months * n);
  let d = t.d;
  while (d > 28 && !validDay(m.y, m.m, d)) d--;
  return fmtDay({ y: m.y, m: m.m, d });
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
