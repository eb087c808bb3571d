/**
 * Resolvers: from a rule's named groups to an ISO 8601 / TimeML value. `undefined` rejects the match
 * (an impossible calendar date); `null` keeps it without a value.
 */
import { MONTHS, ORDINAL_WORDS, WEEKDAYS } from '../../rules/dates/lexicon.js';
import type { ResolverId } from '../../rules/dates/patterns.js';
import { addDays, fmtDay, fmtMonth, isoWeekday, validDay, type Ymd } from './calendar.js';
import { ago, deictic, endOfUnit, endOfYear, relative } from './resolve-relative.js';
import { clock, holiday, partOfYear } from './resolve-named.js';
import { yearOfDay } from './year-of-day.js';
import { low, relOffset, type ResolveInput, type Resolver, type Value } from './resolve-types.js';
import type { Direction } from './tense.js';

export type { ResolveInput } from './resolve-types.js';

const AHEAD_MONTHS = 6;

function monthOf(g: Record<string, string>): number {
  return MONTHS[low(g.month)] ?? 0;
}


/** Year of a bare month: after the `rel` word or, without one, the tense of the sentence. */
function yearOfMonth(m: number, ref: Ymd, rel: string | undefined, dir: () => Direction, ahead: () => boolean): number {
  const off = relOffset(rel);
  if (off === -1) return m < ref.m ? ref.y : ref.y - 1;
  if (off === 1) return m > ref.m ? ref.y : ref.y + 1;
  if (off === 0) return ref.y;
  if (dir() === 'future') return m >= ref.m ? ref.y : ref.y + 1;
  if (m > ref.m && m - ref.m <= AHEAD_MONTHS && ahead()) return ref.y;
  return m <= ref.m ? ref.y : ref.y - 1;
}

const calendar: Resolver = (g, { ref, dir, ahead }) => {
  const m = monthOf(g);
  const d = g.day ? Number(g.day) : null;
  const rel = g.yrel && ref ? (relOffset(g.yrel) ?? null) : null;
  if (g.year || rel !== null) {
    const y = g.year ? Number(g.year) : ref!.y + rel!;
    if (d === null) return fmtMonth(y, m);
    return validDay(y, m, d) ? fmtDay({ y, m, d }) : undefined;
  }
  if (d === null) return ref ? fmtMonth(yearOfMonth(m, ref, g.rel, dir, ahead), m) : `XXXX-${fmtMonth(0, m).slice(5)}`;
  if (!validDay(2000, m, d)) return undefined;
  if (!ref) return `XXXX-${fmtMonth(0, m).slice(5)}-${String(d).padStart(2, '0')}`;
  const y = yearOfDay(ref, m, d, dir, ahead);
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : fmtDay({ y: ref.y, m, d });
};

const weekday: Resolver = (g, { ref, dir }) => {
  const w = WEEKDAYS[low(g.wd)]!;
  if (!ref) return `XXXX-WXX-${w}`;
  const off = relOffset(g.rel);
  const today = isoWeekday(ref);
  const back = (today - w + 7) % 7;
  const ahead = (w - today + 7) % 7;
  if (off === -1) return fmtDay(addDays(ref, -(back || 7)));
  if (off === 1) return fmtDay(addDays(ref, ahead || 7));
  return fmtDay(addDays(ref, dir() === 'future' ? ahead : -back));
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
  endOfUnit,
  numeric,
  century,
  holiday,
  partOfYear,
  clock,
  year: (g) => g.year!,
  yearTail: (g, { before }) => {
    const m = /(\d\d)(\d\d)[-\u2013/]$/.exec(before);
    if (g.yy!.length === 4) return g.yy!;
    // "1957-58", "2009-10": the tail is a later year a few years on; "IR-2023-02", "No. 2023-88" are numbers
    const gap = m ? (Number(g.yy) - Number(m[2]) + 100) % 100 : 0;
    return m && gap >= 1 && gap <= 20 ? `${m[1]}${g.yy}` : undefined;
  },
  decade: (g) => g.dec!.slice(0, 3),
  none: () => null,
};

export function resolve(id: ResolverId, inp: ResolveInput): Value {
  const g: Record<string, string> = {};
  for (const [k, v] of Object.entries(inp.groups)) if (v !== undefined) g[k] = v;
  return RESOLVERS[id](g, inp);
}
