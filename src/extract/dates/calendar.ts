/** Calendar arithmetic on plain Y-M-D values (UTC, no time zones). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const fmtDay = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

function toUtc(t: Ymd): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}

function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  const d = toUtc(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Add months, keeping the year/month only (the day is set to 1). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(t: Ymd): number {
  const w = toUtc(t).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week value, e.g. "2013-W12". */
export function isoWeek(t: Ymd): string {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const days = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return `${pad(thursday.y, 4)}-W${pad(Math.floor(days / 7) + 1)}`;
}

/** Days from a to b (positive when b is later). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000);
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return fromUtc(toUtc({ y, m, d })).d === d;
}
