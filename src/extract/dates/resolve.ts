/**
 * Resolvers: from a rule's named groups to an ISO 8601 / TimeML value. `undefined` rejects the match
 * (an impossible calendar date); `null` keeps it without a value.
 */
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, WEEKDAYS } from '../../rules/dates/lexicon.js';
import type { ResolverId } from '../../rules/dates/patterns.js';
import { addDays, addMonths, diffDays, fmtDay, fmtMonth, isoWeek, isoWeekday, validDay, type Ymd } from './calendar.js';
import type { Direction } from './tense.js';

export interface ResolveInput {
  groups: Record<string, string | undefined>;
  ref: Ymd | null;
  /** the tense the date points to (computed on demand) */
  dir: () => Direction;
  /** a few characters of text before the match */
  before: string;
}
type Value = string | null | undefined;
type Resolver = (g: Record<string, string>, inp: ResolveInput) => Value;

const low = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\.$/, '');
/** How far a yearless day may fall on the "wrong" side of the reference date before its year shifts. */
const SLACK_DAYS = 14;

function monthOf(g: Record<string, string>): number {
  return MONTHS[low(g.month)] ?? 0;
}

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

/** Offset of a relative word: last -1, this 0, next +1; null when anaphoric ("the following year"). */
function offsetOf(rel: string | undefined): number | null {
  const r = low(rel);
  if (r === 'last' || r === 'past' || r === 'previous') return -1;
  if (r === 'next' || r === 'coming') return 1;
  if (r === 'this' || r === 'current' || r === '') return 0;
  return null;
}

/** Year of a bare month: after the `rel` word or, without one, the tense of the sentence. */
function yearOfMonth(m: number, ref: Ymd, rel: string | undefined, dir: () => Direction): number {
  const r = low(rel);
  if (r === 'last' || r === 'past' || r === 'previous') return m < ref.m ? ref.y : ref.y - 1;
  if (r === 'next' || r === 'coming') return m > ref.m ? ref.y : ref.y + 1;
  if (r === 'this' || r === 'current') return ref.y;
  if (dir() === 'future') return m >= ref.m ? ref.y : ref.y + 1;
  return m <= ref.m ? ref.y : ref.y - 1;
}

const calendar: Resolver = (g, { ref, dir }) => {
  const m = monthOf(g);
  const d = g.day ? Number(g.day) : null;
  if (g.year) {
    const y = Number(g.year);
    if (d === null) return fmtMonth(y, m);
    return validDay(y, m, d) ? fmtDay({ y, m, d }) : undefined;
  }
  if (d === null) return ref ? fmtMonth(yearOfMonth(m, ref, g.rel, dir), m) : `XXXX-${fmtMonth(0, m).slice(5)}`;
  if (!validDay(2000, m, d)) return undefined;
  if (!ref) return `XXXX-${fmtMonth(0, m).slice(5)}-${String(d).padStart(2, '0')}`;
  let y = ref.y;
  const gap = diffDays(ref, { y, m, d });
  if (gap > SLACK_DAYS && dir() === 'past' && gap > 62) y -= 1;
  else if (gap < -SLACK_DAYS && dir() === 'future' && gap < -62) y += 1;
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : fmtDay({ y: ref.y, m, d });
};

const weekday: Resolver = (g, { ref, dir }) => {
  const w = WEEKDAYS[low(g.wd)]!;
  if (!ref) return `XXXX-WXX-${w}`;
  const r = low(g.rel);
  const today = isoWeekday(ref);
  const back = (today - w + 7) % 7;
  const ahead = (w - today + 7) % 7;
  if (r === 'last' || r === 'past' || r === 'previous') return fmtDay(addDays(ref, -(back || 7)));
  if (r === 'next' || r === 'coming') return fmtDay(addDays(ref, ahead || 7));
  return fmtDay(addDays(ref, dir() === 'future' ? ahead : -back));
};

function season(code: string, ref: Ymd, off: number): string {
  const endMonth: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let y = ref.y;
  if (off < 0) y = ref.m > endMonth[code]! && code !== 'WI' ? ref.y : ref.y - 1;
  if (off > 0) y = ref.m < startMonth[code]! ? ref.y : ref.y + 1;
  return `${y}-${code}`;
}

const relative: Resolver = (g, { ref }) => {
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

const ago: Resolver = (g, { ref }) => {
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

const deictic: Resolver = (g, { ref }) => {
  if (!ref) return null;
  const shift: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
  return fmtDay(addDays(ref, shift[low(g.deictic)] ?? 0));
};

const endOfYear: Resolver = (g, { ref, dir }) => {
  if (!ref) return null;
  return low(g.edge) === 'end' && dir() === 'past' && ref.m <= 6 ? String(ref.y - 1) : String(ref.y);
};

const numeric: Resolver = (g) => {
  const m = Number(g.m);
  const d = Number(g.d);
  if (!g.y) return validDay(2000, m, d) ? `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
  let y = Number(g.y);
  if (g.y.length === 2) y += y < 50 ? 2000 : 1900;
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : undefined;
};

const century: Resolver = (g) => {
  const c = low(g.cent);
  const n = ORDINAL_WORDS[c] ?? Number.parseInt(c, 10);
  return Number.isFinite(n) && n > 0 ? String(n - 1).padStart(2, '0') : undefined;
};

const RESOLVERS: Record<ResolverId, Resolver> = {
  calendar,
  weekday,
  relative,
  ago,
  deictic,
  endOfYear,
  numeric,
  century,
  year: (g) => g.year!,
  yearTail: (g, { before }) => {
    const m = /(\d\d)\d\d[-\u2013/]$/.exec(before);
    if (g.yy!.length === 4) return g.yy!;
    return m ? `${m[1]}${g.yy}` : undefined;
  },
  decade: (g) => g.dec!.slice(0, 3),
  none: () => null,
};

export function resolve(id: ResolverId, inp: ResolveInput): Value {
  const g: Record<string, string> = {};
  for (const [k, v] of Object.entries(inp.groups)) if (v !== undefined) g[k] = v;
  return RESOLVERS[id](g, inp);
}
