import { MONTH_NUMBERS, REFERENCE_DATE_RULES } from '../rules/reference-date.js';

export interface FoundDate {
  value: string;
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** How far into the text a publication date is looked for (front matter, dateline, byline). */
const HEAD_CHARS = 2000;

/** The publication date the text states at its top, or null. Never today's date. */
export function findReferenceDate(text: string): FoundDate | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const rule of REFERENCE_DATE_RULES) {
    const m = rule.pattern.exec(head);
    if (!m?.groups) continue;
    const y = Number(m.groups.y);
    const rawM = m.groups.m!;
    const mo = /^\d+$/.test(rawM) ? Number(rawM) : MONTH_NUMBERS[rawM.slice(0, 3).toLowerCase()];
    const d = Number(m.groups.d);
    if (!mo || !validDate(y, mo, d)) continue;
    const value = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { value, text: m[0], start: m.index, end: m.index + m[0].length, rule: rule.id };
  }
  return null;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
