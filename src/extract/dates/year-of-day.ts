/** The year of a yearless month-day ("June 4", "Thanksgiving"), from the tense of its clause. */
import { diffDays, fmtDay, parseYmd, validDay, type Ymd } from './calendar.js';
import type { Direction } from './tense.js';

/** How far a yearless day may fall on the "wrong" side of the reference date before its year shifts. */
const SLACK_DAYS = 14;
/**
 * How far ahead a yearless date still stays ahead in a clause read as past, when a future verb precedes
 * it in the sentence or no tense cue speaks at all ("The meeting is on June 4").
 */
const AHEAD_DAYS = 183;

/** The year of a yearless month-day: this year unless the tense points far enough the other way. */
export function yearOfDay(ref: Ymd, m: number, d: number, dir: () => Direction, ahead: () => boolean): number {
  const gap = diffDays(ref, { y: ref.y, m, d });
  if (gap > 62 && dir() === 'past' && !(gap <= AHEAD_DAYS && ahead())) return ref.y - 1;
  if (gap < -SLACK_DAYS && dir() === 'future' && gap < -62) return ref.y + 1;
  return ref.y;
}

/**
 * A yearless day that is read as coming (the day that heads a line of a list of dates: "May 4: Last day to
 * apply"): placed on the next such day on or after the reference date, less SLACK_DAYS, whatever the tense.
 */
export function comingDay(value: string, ref: Ymd): string {
  const t = value.length === 10 ? parseYmd(value) : null;
  if (!t || diffDays(ref, t) >= -SLACK_DAYS) return value;
  for (const y of [ref.y, ref.y + 1]) {
    const next = { y, m: t.m, d: t.d };
    if (validDay(y, t.m, t.d) && diffDays(ref, next) >= -SLACK_DAYS) return fmtDay(next);
  }
  return value;
}
