/**
 * Clock times ("5 p.m.", "noon", "midnight") are date items with their day's value and a `time`. A clock
 * written next to a day ("5 p.m. Friday", "Friday at noon", "midnight on March 3") is one item with that
 * day's value and rule; a clock alone takes the value of another day of its sentence, else the reference
 * date ("polls close at 8 p.m.": today).
 */
import type { DateItem } from '../../schema/doc.js';
import { CLOCK_THEN_DAY, DAY_THEN_CLOCK, NAMED_TIMES } from '../../rules/dates/clock.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "HH:MM" from a clock row's groups; undefined when the groups name no time. */
export function clockTime(g: Record<string, string | undefined>): string | undefined {
  if (g.named) return NAMED_TIMES[g.named.toLowerCase()];
  if (!g.hour) return undefined;
  let h = Number(g.hour);
  const pm = /^p/i.test(g.ampm ?? '');
  const am = /^a/i.test(g.ampm ?? '');
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  return `${pad(h)}:${g.minute ?? '00'}`;
}

/** A clock item, before it is joined to its day: the only kind that carries a `time` (set from its row's groups). */
const isClock = (d: DateItem): boolean => d.time !== undefined;
/** A day-precision value, known or with unknown parts ("2031-03-14", "XXXX-03-14", "XXXX-WXX-5"). */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)$/;
const isDay = (d: DateItem | undefined): d is DateItem => !!d && !isClock(d) && d.kind === 'date' && d.value !== null && DAY_VALUE.test(d.value);

function merge(text: string, clock: DateItem, day: DateItem, trace: Trace): DateItem {
  const start = Math.min(clock.start, day.start);
  const end = Math.max(clock.end, day.end);
  trace.add({ rule: 'dates.clock.attach', stage: 'dates', verdict: 'refine', start, end, kind: 'date', text: text.slice(start, end) });
  return { ...day, text: text.slice(start, end), start, end, time: clock.time! };
}

/** Joins each clock to the day beside it, and gives a lone clock its day's value. */
export function attachClocks(items: DateItem[], text: string, referenceDate: string | null, trace: Trace = NO_TRACE): DateItem[] {
  const out: DateItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = items[i]!;
    if (!isClock(d)) {
      out.push(d);
      continue;
    }
    const next = items[i + 1];
    const prev = out[out.length - 1];
    if (isDay(next) && next.sentence === d.sentence && CLOCK_THEN_DAY.test(text.slice(d.end, next.start))) {
      out.push(merge(text, d, next, trace));
      i++;
    } else if (isDay(prev) && prev.sentence === d.sentence && DAY_THEN_CLOCK.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = merge(text, d, prev, trace);
    } else {
      const day = items.find((x) => x.sentence === d.sentence && isDay(x));
      out.push({ ...d, value: day ? day.value : referenceDate });
    }
  }
  return out;
}
