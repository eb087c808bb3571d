import { MONTH_NUMBERS, REFERENCE_DATE_RULES } from '../rules/reference-date.js';
import { NO_TRACE, type Trace } from '../engine/trace.js';

export interface FoundDate {
  value: string;
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** How far into the text a publication date is looked for (front matter, dateline, byline). */
const HEAD_CHARS = 2000;

/** The first `n` lines of `head` (all of it when n is undefined). */
const firstLines = (head: string, n: number | undefined): string => (n === undefined ? head : head.split('\n', n).join('\n'));

/** The publication date the text states at its top, or null (recorded in the trace). Never today's date. */
export function findReferenceDate(text: string, trace: Trace = NO_TRACE): FoundDate | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const rule of REFERENCE_DATE_RULES) {
    const m = rule.pattern.exec(firstLines(head, rule.lines));
    if (!m?.groups) continue;
    const y = Number(m.groups.y);
    const rawM = m.groups.m!;
    const mo = /^\d+$/.test(rawM) ? Number(rawM) : MONTH_NUMBERS[rawM.slice(0, 3).toLowerCase()];
    const d = Number(m.groups.d);
    if (!mo || !validDate(y, mo, d)) continue;
    const value = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    trace.add({ rule: rule.id, stage: 'reference-date', verdict: 'accept', start: m.index, end: m.index + m[0].length, kind: 'reference-date', text: m[0] });
    return { value, text: m[0], start: m.index, end: m.index + m[0].length, rule: rule.id };
  }
  return null;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
