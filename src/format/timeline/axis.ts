/**
 * The time axis: a domain in days and ticks at a unit that suits its length (days, weeks, months,
 * quarters, years, decades), at most about a dozen labels.
 */
import { dayOf, isoDay } from './days.js';

export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ticks(from: number, to: number): Tick[] {
  const days = to - from;
  const [y0, m0] = isoDay(from).split('-').map(Number) as [number, number];
  const out: Tick[] = [];
  const dayLabel = (d: number): string => {
    const [, m, dd] = isoDay(d).split('-').map(Number) as [number, number, number];
    return `${MONTHS[m - 1]} ${dd}`;
  };
  if (days <= 16) {
    for (let d = from; d <= to; d++) out.push({ day: d, label: dayLabel(d) });
  } else if (days <= 120) {
    const step = days <= 60 ? 7 : 14;
    const monday = from + ((8 - new Date(from * 86_400_000).getUTCDay()) % 7);
    for (let d = monday; d <= to; d += step) out.push({ day: d, label: dayLabel(d) });
  } else {
    const months = days / 30.4;
    const step = months <= 14 ? 1 : months <= 40 ? 3 : months <= 96 ? 12 : months <= 400 ? 24 : 120;
    let y = y0;
    let m = m0 + 1;
    if (step >= 12) {
      y = step === 120 ? Math.ceil((y0 + 1) / 10) * 10 : y0 + 1;
      m = 1;
    } else if (step === 3) m = Math.ceil((m0 + 1 - 1) / 3) * 3 + 1;
    for (;;) {
      while (m > 12) {
        m -= 12;
        y++;
      }
      const d = dayOf(y, m, 1);
      if (d > to) break;
      out.push({ day: d, label: step >= 12 ? String(y) : m === 1 || out.length === 0 ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1]! });
      m += step;
    }
  }
  return out;
}
