/** Calendar words and day arithmetic for the readable labels of TimeML values (rows.ts). */
import { dayOf, isoDay } from '../timeline/days.js';

export { isoWeekMonday } from '../timeline/days.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));
/** ISO 8601 weekday numbers 1 (Monday) .. 7 (Sunday) */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "2025-10-24" -> its day number. */
export function dayOfIso(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayOf(y, m, d);
}

/** A day number as "Oct 24, 2025"; as "Oct 24" when its year is `known` (already shown by the value). */
export function shortDay(day: number, known?: string): string {
  const [y, m, d] = isoDay(day).split('-').map(Number) as [number, number, number];
  return String(y) === known ? `${MONTH_ABBR[m - 1]} ${d}` : `${MONTH_ABBR[m - 1]} ${d}, ${y}`;
}

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 21 -> "21st". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
