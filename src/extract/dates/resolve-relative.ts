/** Resolvers for expressions relative to the reference date: "last week", "two years ago", "today". */
import { DEICTIC_SHIFTS, NUMBER_WORDS, SEASONS } from '../../rules/dates/lexicon.js';
import { DURATION_PARTS } from '../../rules/dates/patterns.js';
import { addDays, addMonths, fmtDay, fmtMonth, isoWeek, type Ymd } from './calendar.js';
import { low, relOffset, type Resolver } from './resolve-types.js';

function count(n: string | undefined): number | null {
  const w = low(n).replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** The count and unit of a duration's text ("three weeks", "120-day", "only 18 months"), or null. */
export function durationParts(text: string): { n: number; unit: string } | null {
  const m = DURATION_PARTS.exec(text);
  if (!m) return null;
  const words = m.groups!.n!.toLowerCase().split(' ');
  const n = count(words[words.length - 1]) ?? count(m.groups!.n);
  return n === null || n === 0 ? null : { n, unit: m.groups!.unit!.toLowerCase() };
}

/** Offset of a relative word: last -1, this 0, next +1; null when anaphoric ("the following year"). */
function offsetOf(rel: string | undefined): number | null {
  return rel === undefined ? 0 : relOffset(rel) ?? null;
}

function season(code: string, ref: Ymd, off: number): string {
  const endMonth: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let y = ref.y;
  if (off < 0) y = ref.m > endMonth[code]! && code !== 'WI' ? ref.y : ref.y - 1;
  if (off > 0) y = ref.m < startMonth[code]! ? ref.y : ref.y + 1;
  return `${y}-${code}`;
}

/** A calendar unit shifted by the relative word's offset ("last week", "next quarter", "this year"). */
const SHIFTED: Record<string, (ref: Ymd, off: number) => string> = {
  week: (ref, off) => isoWeek(addDays(ref, 7 * off)),
  weekend: (ref, off) => `${isoWeek(addDays(ref, 7 * off))}-WE`,
  month: (ref, off) => {
    const t = addMonths(ref.y, ref.m, off);
    return fmtMonth(t.y, t.m);
  },
  quarter: (ref, off) => {
    const t = addMonths(ref.y, ref.m, 3 * off);
    return `${t.y}-Q${Math.ceil(t.m / 3)}`;
  },
  year: (ref, off) => String(ref.y + off),
};

/** Units named only as the current one ("this decade"); "the last decade" is a span, not a calendar decade. */
const CURRENT: Record<string, (ref: Ymd) => string> = {
  decade: (ref) => String(ref.y).slice(0, 3),
  century: (ref) => String(ref.y).slice(0, 2),
};

export const relative: Resolver = (g, { ref }) => {
  const off = offsetOf(g.rel);
  const unit = low(g.unit);
  if (!ref || off === null) return null;
  if (SEASONS[unit]) return season(SEASONS[unit]!, ref, off);
  return SHIFTED[unit]?.(ref, off) ?? (off === 0 ? CURRENT[unit]?.(ref) ?? null : null);
};

/** A count of units back from the reference date ("two years ago"); any other unit ("hours ago") is the reference day. */
const BACK: Record<string, (ref: Ymd, n: number) => string> = {
  year: (ref, n) => String(ref.y - n),
  month: (ref, n) => {
    const t = addMonths(ref.y, ref.m, -n);
    return fmtMonth(t.y, t.m);
  },
  week: (ref, n) => isoWeek(addDays(ref, -7 * n)),
  day: (ref, n) => fmtDay(addDays(ref, -n)),
  decade: (ref, n) => String(ref.y - 10 * n).slice(0, 3),
  century: (ref, n) => String(ref.y - 100 * n).slice(0, 2),
};

export const ago: Resolver = (g, { ref }) => {
  const n = count(g.n);
  const unit = low(g.unit).replace(/s$/, '').replace(/ie$/, 'y');
  if (!ref || n === null) return null;
  return BACK[unit]?.(ref, n) ?? fmtDay(ref);
};

export const deictic: Resolver = (g, { ref }) => {
  if (!ref) return null;
  return fmtDay(addDays(ref, DEICTIC_SHIFTS[low(g.deictic).replace(/\s+/g, ' ')] ?? 0));
};

export const endOfYear: Resolver = (g, { ref, dir }) => {
  if (!ref) return null;
  return low(g.edge) === 'end' && dir() === 'past' && ref.m <= 6 ? String(ref.y - 1) : String(ref.y);
};


/** "the end of the month" (week, quarter): the current one. */
const CURRENT_UNIT: Record<string, (ref: Ymd) => string> = {
  week: (ref) => isoWeek(ref),
  quarter: (ref) => `${ref.y}-Q${Math.ceil(ref.m / 3)}`,
  month: (ref) => fmtMonth(ref.y, ref.m),
  day: (ref) => fmtDay(ref),
};

export const endOfUnit: Resolver = (g, { ref }) => (ref ? (CURRENT_UNIT[low(g.unit)] ?? CURRENT_UNIT.month!)(ref) : null);
