/**
 * Clock times and holidays (DATA ONLY). A clock time is a date item: its value is its day's (the day
 * written next to it, else another day of its sentence, else the reference date) and its time goes in
 * `time` ("5 p.m." -> "17:00"; "midnight" ends its day -> "24:00").
 */

/** Named times of day -> 24-hour "HH:MM" ("close of business": the federal convention, 5 p.m.). */
export const NAMED_TIMES: Record<string, string> = { midnight: '24:00', noon: '12:00', midday: '12:00', 'close of business': '17:00' };

/** Time-zone words that may follow a clock time ("5 p.m. ET", "15:00 GMT"). */
export const TIME_ZONES = [
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'HST', 'GMT', 'UTC', 'BST', 'CET', 'CEST',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Eastern Time', 'Central Time', 'Mountain Time', 'Pacific Time',
  'Eastern Standard Time', 'Eastern Daylight Time', 'Pacific Standard Time', 'Pacific Daylight Time', 'local time',
];

/**
 * How a clock time joins the day written beside it ("5 p.m. Friday", "5 p.m. on March 3", "Friday at
 * noon", "midnight Thursday", "noon Eastern Standard Time on Wednesday", "1200 hours, Alaska local time (A.l.t.),
 * March 2", "1200 hrs, A.l.t., May 1"): the text between them, after the clock and before it. A zone written without
 * commas joins only before "on".
 */
export const CLOCK_THEN_DAY = /^(?:(?:,\s*(?:local time|[A-Z][a-z]+ (?:local )?time|[A-Z]{2,4}|[A-Za-z](?:\.[A-Za-z])+\.?)(?:\s*\([A-Za-z.]{2,8}\))?,\s*|,\s*|\s+)(?:on\s+|of\s+)?|\s+(?:[A-Z][a-z]+\s+(?:Standard\s+|Daylight\s+)?Time|[A-Z]{2,4})\s+on\s+)(?:the\s+)?$/;
export const DAY_THEN_CLOCK = /^(?:,\s*|\s+)(?:at\s+|by\s+)?$/i;

/**
 * Holidays: a fixed month-day, or the nth weekday of a month (nth -1 = the last), or Election Day (the
 * Tuesday after the first Monday of November). US federal holidays and common observances (public
 * calendars: 5 U.S.C. 6103 and the usual almanac dates).
 */
export interface Holiday {
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  /** days added after the nth weekday (Election Day: the day after the first Monday) */
  shift?: number;
}

export const HOLIDAYS: Record<string, Holiday> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  'independence day': { month: 7, day: 4 },
  'the fourth of july': { month: 7, day: 4 },
  'july fourth': { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  juneteenth: { month: 6, day: 19 },
  "valentine's day": { month: 2, day: 14 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  'black friday': { month: 11, weekday: 4, nth: 4, shift: 1 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'election day': { month: 11, weekday: 1, nth: 1, shift: 1 },
  'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  'presidents day': { month: 2, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  "washington's birthday": { month: 2, weekday: 1, nth: 3 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  "indigenous peoples' day": { month: 10, weekday: 1, nth: 2 },
  "mother's day": { month: 5, weekday: 7, nth: 2 },
  "father's day": { month: 6, weekday: 7, nth: 3 },
};
