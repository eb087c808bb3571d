/** Resolvers for named days and parts of years: holidays, "the second half of 2031", clock times. */
import { HOLIDAYS, type Holiday } from '../../rules/dates/clock.js';
import { YEAR_PARTS } from '../../rules/dates/lexicon.js';
import { addDays, fmtDay, isoWeekday, type Ymd } from './calendar.js';
import { yearOfDay } from './year-of-day.js';
import { low, relOffset, type Resolver } from './resolve-types.js';

/** The day a holiday falls on in year y. */
export function holidayDay(h: Holiday, y: number): Ymd {
  if (h.day !== undefined) return { y, m: h.month, d: h.day };
  const w = h.weekday!;
  let t: Ymd;
  if (h.nth! > 0) {
    const first = { y, m: h.month, d: 1 };
    t = addDays(first, ((w - isoWeekday(first) + 7) % 7) + 7 * (h.nth! - 1));
  } else {
    const last = addDays({ y: h.month === 12 ? y + 1 : y, m: h.month === 12 ? 1 : h.month + 1, d: 1 }, -1);
    t = addDays(last, -((isoWeekday(last) - w + 7) % 7));
  }
  return addDays(t, h.shift ?? 0);
}

const key = (s: string): string => low(s).replace(/\u2019/g, "'").replace(/\s+/g, ' ');

/** "Presidents Day" and "Presidents' Day" are one row: the apostrophe is optional in the pattern. */
function holidayRow(name: string): Holiday | undefined {
  const k = key(name);
  return HOLIDAYS[k] ?? Object.entries(HOLIDAYS).find(([n]) => n.replace(/'/g, '') === k.replace(/'/g, ''))?.[1];
}

export const holiday: Resolver = (g, { ref, dir, ahead }) => {
  const h = holidayRow(g.holiday!);
  if (!h) return null;
  if (g.year) return fmtDay(holidayDay(h, Number(g.year)));
  if (!ref) return h.day !== undefined ? `XXXX-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}` : null;
  const off = relOffset(g.rel);
  const here = holidayDay(h, ref.y);
  const passed = here.m < ref.m || (here.m === ref.m && here.d < ref.d);
  if (off === -1) return fmtDay(passed ? here : holidayDay(h, ref.y - 1));
  if (off === 1) return fmtDay(passed ? holidayDay(h, ref.y + 1) : here);
  return fmtDay(holidayDay(h, yearOfDay(ref, here.m, here.d, dir, ahead)));
};

/** "the first half of 2031" -> 2031-H1; "the third quarter of last year" -> 2030-Q3; "the first three months" -> Q1. */
export const partOfYear: Resolver = (g, { ref }) => {
  const y = g.year ?? (ref ? String(ref.y + (relOffset(g.yrel) ?? 0)) : 'XXXX');
  const part = YEAR_PARTS[low(g.part)];
  return part ? `${y}-${part}` : null;
};

/** A clock time's own value is set once its day is known (src/extract/dates/clock.ts). */
export const clock: Resolver = () => null;
