/** The year of a yearless month-day ("June 4", "Thanksgiving"), from the tense of its clause. */
import { diffDays, type Ymd } from './calendar.js';
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

