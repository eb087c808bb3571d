/**
 * ISO 8601 values as day spans for drawing: "2031-03-02" is one day, "2031-03" its month, "2031-Q1" its
 * quarter, "2031" its year. Values with unknown parts ("XXXX-09-17") or coarser than a decade cannot be
 * placed on an axis: null.
 */
export interface DaySpan {
  /** days since 1970-01-01 (UTC), first day and one past the last */
  from: number;
  to: number;
  /** a single day (drawn as a dot) or a longer period (drawn as a bar) */
  precise: boolean;
}

const DAY_MS = 86_400_000;
export const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const span = (from: number, to: number): DaySpan => ({ from, to, precise: to - from <= 1 });
const SEASONS: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

export function daySpan(value: string | null | undefined): DaySpan | null {
  if (!value || /X/u.test(value)) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (m) return span(dayOf(+m[1]!, +m[2]!, +m[3]!), dayOf(+m[1]!, +m[2]!, +m[3]!) + 1);
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) return span(dayOf(+m[1]!, +m[2]!, 1), dayOf(+m[1]!, +m[2]! + 1, 1));
  m = /^(\d{4})-Q([1-4])$/u.exec(value);
  if (m) return span(dayOf(+m[1]!, (+m[2]! - 1) * 3 + 1, 1), dayOf(+m[1]!, +m[2]! * 3 + 1, 1));
  m = /^(\d{4})-H([12])$/u.exec(value);
  if (m) return span(dayOf(+m[1]!, (+m[2]! - 1) * 6 + 1, 1), dayOf(+m[1]!, +m[2]! * 6 + 1, 1));
  m = /^(\d{4})-W(\d{2})/u.exec(value);
  if (m) {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return span(monday, monday + 7);
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (m) return span(dayOf(+m[1]!, SEASONS[m[2]!]![0], 1), dayOf(+m[1]!, SEASONS[m[2]!]![1], 1));
  m = /^(\d{4})$/u.exec(value);
  if (m) return span(dayOf(+m[1]!, 1, 1), dayOf(+m[1]! + 1, 1, 1));
  m = /^(\d{3})$/u.exec(value);
  if (m) return span(dayOf(+m[1]! * 10, 1, 1), dayOf(+m[1]! * 10 + 10, 1, 1));
  return null;
}

/** The day number of the Monday of ISO week `w` of ISO year `y` (week 1 holds January 4). */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = dayOf(y, 1, 4);
  return jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (w - 1) * 7;
}

/** "2031-03-02" for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
