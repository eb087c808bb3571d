/** Resolvers for expressions relative to the reference date: "last week", "two years ago", "today". */
import { DEICTIC_SHIFTS, NUMBER_WORDS, SEASONS } from '../../rules/dates/lexicon.js';
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
  const m = /(?<n>[\d,]+|[a-z]+(?:[- ][a-z]+)?)[- ](?<unit>day|week|month|year)s?\b/i.exec(text);
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

export const relative: Resolver = (g, { ref }) => {
  const off = offsetOf(g.rel);
  const unit = low(g.unit);
  if (!ref || off === null) return null;
  if (SEASONS[unit]) return season(SEASONS[unit]!, ref, off);
  if (unit === 'week') return isoWeek(addDays(ref, 7 * off));
  if (unit === 'weekend') return `${isoWeek(addDays(ref, 7 * off))}-WE`;
  if (unit === 'month') {
    const t = addMonths(ref.y, ref.m, off);
    return fmtMonth(t.y, t.m);
  }
  if (unit === 'quarter') {
    const t = addMonths(ref.y, ref.m, 3 * off);
    return `${t.y}-Q${Math.ceil(t.m / 3)}`;
  }
  if (unit === 'year') return String(ref.y + off);
  if (off !== 0) return null; // "the last decade" is a span, not a calendar decade
  if (unit === 'decade') return String(ref.y).slice(0, 3);
  return String(ref.y).slice(0, 2);
};

export const ago: Resolver = (g, { ref }) => {
  const n = count(g.n);
  const unit = low(g.unit).replace(/s$/, '').replace(/ie$/, 'y');
  if (!ref || n === null) return null;
  if (unit.startsWith('year')) return String(ref.y - n);
  if (unit.startsWith('month')) {
    const t = addMonths(ref.y, ref.m, -n);
    return fmtMonth(t.y, t.m);
  }
  if (unit.startsWith('week')) return isoWeek(addDays(ref, -7 * n));
  if (unit.startsWith('day')) return fmtDay(addDays(ref, -n));
  if (unit.startsWith('decade')) return String(ref.y - 10 * n).slice(0, 3);
  if (unit.startsWith('centur')) return String(ref.y - 100 * n).slice(0, 2);
  return fmtDay(ref);
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
export const endOfUnit: Resolver = (g, { ref }) => {
  if (!ref) return null;
  const unit = low(g.unit);
  if (unit === 'week') return isoWeek(ref);
  if (unit === 'quarter') return `${ref.y}-Q${Math.ceil(ref.m / 3)}`;
  return fmtMonth(ref.y, ref.m);
};
