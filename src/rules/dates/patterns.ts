/**
 * Temporal-expression rules (DATA ONLY). Each row: an id, an example it matches, the kind of item,
 * the resolver that normalizes it (see src/extract/dates/resolve.ts) and a bounded pattern with named
 * groups. Patterns are matched case-insensitively on one sentence; capitalization of month and weekday
 * names is checked afterwards. Where matches overlap, the earliest, then the longest, wins; ties go to
 * the row listed first.
 */
import { HOLIDAYS, TIME_ZONES } from './clock.js';
import { DAY_PARTS, DEICTIC_SHIFTS, MONTH_FULL, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAY_FULL } from './lexicon.js';

export type DateKindName = 'date' | 'duration' | 'set' | 'vague';
export type ResolverId =
  | 'calendar' | 'year' | 'yearTail' | 'decade' | 'century' | 'weekday' | 'relative' | 'ago' | 'deictic'
  | 'endOfYear' | 'endOfUnit' | 'numeric' | 'holiday' | 'partOfYear' | 'clock' | 'none';

export interface DateRule {
  id: string;
  example: string;
  kind: DateKindName;
  resolver: ResolverId;
  pattern: string;
}

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const MONTH_ALT = alt(Object.keys(MONTHS).map((m) => (MONTH_FULL.includes(m) ? m : `${m}\\.?`)));
const MON = `(?<month>${MONTH_ALT})(?![a-z])`;
/** A month standing alone is a whole word written in full ("in May"; "in Sept.", the "jun" of "Arjun" and the "may" of "dismay" are none). */
const MON_FULL = `(?<![a-z])(?<month>${alt(MONTH_FULL)})(?![a-z])`;
const WD = `(?<wd>${alt(WEEKDAY_FULL)})(?![a-z])`;
const DAY = `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d])`;
const YEAR = `(?<year>1[5-9]\\d\\d|20\\d\\d)(?!\\d|,\\d|:\\d|%|\\.\\d|[a-z]|[-\\u2013\\u2014](?:\\d{5}|0\\d{3}))`;
const NUM = `(?:\\d{1,3}(?:,\\d{3})?|(?:${alt(Object.keys(NUMBER_WORDS).filter((w) => w.length > 2))})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|an)`;
const VAGUE_Q = '(?:several|a few|few|many|a couple of|couple of|some|dozens of|hundreds of)';
const MOD = '(?:(?<mod>early|earlier|mid|late|later|the (?:end|start|beginning|middle|first half|second half) of)[- ](?:the )?)?';
/**
 * "past" reads as "last" only after a determiner ("this past Tuesday", "the past year"); bare before a weekday or
 * month it is the preposition ("talks ran past Tuesday", "looked past November": that day or month itself, its
 * direction from the tense).
 */
const REL = '(?<rel>last|this|next|(?<=\\b(?:this|the)\\s)past|previous|coming|current|following)';
const UNIT_SG = '(?:day|week|month|quarter|year|decade|century|hour|minute)';
const UNIT_PL = '(?:days|weeks|months|quarters|years|decades|centuries|hours|minutes)';
const UNIT_ANY = '(?:days?|weeks?|months?|quarters?|years?|decades?|centuries|century|hours?|minutes?)';
/**
 * The count and unit of a duration a due date is counted by ("three weeks", "120-day", "thirty (30) days"):
 * only the calendar units a date can be moved by; the digits a Federal Register notice puts after a spelled
 * count are skipped.
 */
export const DURATION_PARTS = /(?<n>[\d,]+|[a-z]+(?:[- ][a-z]+)?)(?: \(\d+\))?[- ](?<unit>day|week|month|year)s?\b/i;
const DAYPART = `(?:\\s(?<daypart>${alt(DAY_PARTS)}))?`;
const ORD_ALT = alt(Object.keys(ORDINAL_WORDS));
/** Holiday names: "'" also matches a curly or missing apostrophe, "." stays literal. */
const HOLIDAY_ALT = alt(Object.keys(HOLIDAYS)).replace(/\./g, '\\.').replace(/'/g, "['\u2019]?").replace(/ /g, '\\s');
const ZONE = `(?:\\s(?:${alt(TIME_ZONES)})(?![a-z]))?`;
/** "the first half of", "the third quarter of", "the first three months of" + a year. */
const PART = '(?<part>(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th) (?:half|quarter)|(?:first|last|final) (?:three|six|3|6) months)';
const OF_YEAR = `of (?:(?:(?:fiscal|calendar) )?${YEAR}|(?:the )?(?:(?<yrel>this|last|next|past|previous|current|coming) )?(?:fiscal |calendar |financial )?year(?![a-z]))`;

export const DATE_RULES: DateRule[] = [
  { id: 'date.part-of-year', example: 'the first three months of this year', kind: 'date', resolver: 'partOfYear', pattern: `(?:the )?${PART} ${OF_YEAR}` },
  { id: 'date.holiday', example: 'Election Day 2030', kind: 'date', resolver: 'holiday', pattern: `(?:${REL} )?(?<holiday>${HOLIDAY_ALT})(?![a-z])(?:,? ${YEAR})?` },
  {
    id: 'time.clock', example: 'at 5:30 p.m. ET', kind: 'date', resolver: 'clock',
    pattern: `(?<![\\d$.,:])(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s?(?<ampm>[ap]\\.\\s?m\\.?|[ap]m)(?![a-z])${ZONE}`,
  },
  {
    id: 'time.clock-utc', example: '15:00 GMT, or 1930 UTC', kind: 'date', resolver: 'clock',
    // a 24-hour clock with or without its colon ("(1930 UTC)" is half past seven in the evening, not the year 1930)
    pattern: '(?<![\\d:.])(?<hour>[01]?\\d|2[0-3]):?(?<minute>[0-5]\\d)\\s(?:GMT|UTC)(?![a-z])',
  },
  {
    id: 'time.clock-hours', example: 'effective 1200 hours', kind: 'date', resolver: 'clock',
    // a 24-hour clock written with "hours" (military and fishery-notice usage: "effective 1200 hrs", "at 0600 hours"); only after a
    // preposition, so that a count of hours ("logged 1200 hours of flight") stays out
    pattern: '(?<=\\b(?:at|effective|until|through|thru|till|by|before|from)\\s)(?<hour>[01]\\d|2[0-4])(?<minute>[0-5]\\d)\\s(?:hours|hrs\\.?)(?![a-z])',
  },
  { id: 'time.named', example: 'at midnight', kind: 'date', resolver: 'clock', pattern: '(?:12 )?(?<named>midnight|noon|midday|close of business)(?![a-z-])' },
  {
    id: 'date.month-day-year', example: 'Sept. 17-18, 2025', kind: 'date', resolver: 'calendar',
    pattern: `(?:(?<wdp>${alt(WEEKDAY_FULL)}),? )?${MOD}${MON} ${DAY}(?:\\s?[-\\u2013]\\s?(?<day2>[0-3]?\\d)(?!\\d))?(?:(?:,| of)? ${YEAR})?`,
  },
  {
    id: 'date.day-month-year', example: '17 September 2025', kind: 'date', resolver: 'calendar',
    pattern: `(?<![\\d.,/])${DAY} (?:of )?${MON}(?:,? ${YEAR})?`,
  },
  {
    // the year named after the month ("in January of last year") is the month's own, whatever the tense
    id: 'date.month-of-relative-year', example: 'May 2 of next year', kind: 'date', resolver: 'calendar',
    pattern: `${MOD}${MON}(?: ${DAY})? of (?:the )?(?<yrel>this|last|next|previous|current|coming) year(?![a-z])`,
  },
  { id: 'date.month-year', example: 'mid-September 2025', kind: 'date', resolver: 'calendar', pattern: `${MOD}${MON},? (?:of )?${YEAR}` },
  { id: 'date.month', example: 'late last July', kind: 'date', resolver: 'calendar', pattern: `${MOD}(?:${REL} )?${MON_FULL}` },
  { id: 'date.iso', example: '2025-09-17', kind: 'date', resolver: 'numeric', pattern: '(?<![\\d/.-])(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d/-])' },
  {
    id: 'date.numeric', example: '9/17/2025', kind: 'date', resolver: 'numeric',
    pattern: '(?<![\\d/.,-] ?)(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>(?:19|20)?\\d\\d)(?![\\d/])',
  },
  {
    id: 'date.numeric-short', example: 'by 9/17', kind: 'date', resolver: 'numeric',
    pattern: '(?<=\\b(?:on|by|until|since|before|after|from) )(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\d/])',
  },
  { id: 'date.weekday', example: 'last Friday night', kind: 'date', resolver: 'weekday', pattern: `(?:${REL} )?${WD}${DAYPART}` },
  { id: 'date.deictic', example: 'yesterday morning', kind: 'date', resolver: 'deictic', pattern: `(?<deictic>${alt(Object.keys(DEICTIC_SHIFTS)).replace(/ /g, '\\s')})(?:['\\u2019]s(?![a-z]))?(?![a-z'\\u2019])${DAYPART}` },
  {
    id: 'date.ago', example: 'two years ago', kind: 'date', resolver: 'ago',
    pattern: `(?:(?:about|nearly|almost|some|more than|less than|roughly|just|only) )?(?<n>${NUM}|${VAGUE_Q})(?: and a half)?[- ](?<unit>${UNIT_ANY}) ago`,
  },
  {
    id: 'date.end-of-year', example: 'the end of the year', kind: 'date', resolver: 'endOfYear',
    pattern: '(?:the )?(?<edge>end|start|beginning|middle) of (?:the )?year(?![a-z])',
  },
  {
    id: 'date.end-of-unit', example: 'by the end of the month', kind: 'date', resolver: 'endOfUnit',
    pattern: '(?:the )?(?<edge>end|start|beginning|middle) of the (?<unit>month|week|quarter)(?![a-z])',
  },
  {
    id: 'date.end-of-day', example: 'by the end of the day', kind: 'date', resolver: 'endOfUnit',
    pattern: '(?<=\\b(?:by|before|until|till) )the (?<edge>end|close) of the (?<unit>day)(?![a-z])',
  },
  {
    id: 'date.relative', example: 'earlier this year', kind: 'date', resolver: 'relative',
    pattern: `${MOD}(?:the )?${REL}(?: (?:fiscal|calendar|financial|school|academic))? (?<unit>week|weekend|month|year|quarter|spring|summer|autumn|fall|winter|decade|century)(?![a-z])`,
  },
  { id: 'date.decade', example: 'the 1990s', kind: 'date', resolver: 'decade', pattern: `(?:the )?(?:(?<mod>early|mid|late)[- ])?(?<dec>(?:1[5-9]|20)\\d0)'?s(?![a-z])` },
  {
    id: 'date.century', example: 'the 20th century', kind: 'date', resolver: 'century',
    pattern: `(?:the )?(?:(?<mod>early|mid|late)[- ])?(?<cent>[12]?\\d(?:st|nd|rd|th)|${ORD_ALT})[- ]century(?![a-z])`,
  },
  { id: 'date.year', example: 'early 2011', kind: 'date', resolver: 'year', pattern: `(?<![$\\u00a3\\u20ac\\u00a5#\\d,.\\-/\\u2013\\u2014])${MOD}${YEAR}` },
  { id: 'date.year-tail', example: '1957-58', kind: 'date', resolver: 'yearTail', pattern: '(?<=(?:1[5-9]|20)\\d\\d[-\\u2013/])(?<yy>(?:1[5-9]|20)\\d\\d|\\d\\d)(?![\\d%])' },
  {
    // a day counted from a day the text gave before ("died two days later", "The previous day, ..."): valued by the rows of ANAPHORIC_DAYS
    id: 'date.day-offset', example: 'two days later', kind: 'date', resolver: 'none',
    pattern: `(?:(?:just|only) )?(?:${NUM} days? (?:later|earlier)|the (?:previous|next|following) day|the day (?:before|after)(?=[,.;:]|$))(?![a-z-])`,
  },
  {
    id: 'duration.span', example: 'the past two years', kind: 'duration', resolver: 'none',
    pattern: `(?:(?:over|in|during|for|within) )?the (?:past|last|next|coming|previous|following|first|final)(?: (?:${NUM}|${VAGUE_Q}))? ${UNIT_PL}(?![a-z]|-[a-z])(?! of\\b)`,
  },
  {
    // a number may repeat its digits in parentheses, a habit of federal notices ("thirty (30) days")
    id: 'duration.count', example: '120 days', kind: 'duration', resolver: 'none',
    pattern: `(?<![-\\w])(?:(?:about|nearly|almost|more than|less than|at least|over|roughly|up to|a mere|just|only) )?(?:${NUM}|${VAGUE_Q})(?: \\(\\d{1,3}\\))?(?: and a half)?[- ](?:(?:business|working|calendar) )?${UNIT_ANY}(?!'?s? ?-?old|[a-z]|-[a-z])`,
  },
  { id: 'vague.recent', example: 'in recent weeks', kind: 'vague', resolver: 'none', pattern: `(?:in )?(?:recent|coming|the coming|the past|the last) ${UNIT_PL}(?![a-z])` },
  { id: 'vague.for-units', example: 'for months', kind: 'vague', resolver: 'none', pattern: `(?:for|over|in|within) ${UNIT_PL}(?![a-z])` },
  { id: 'vague.units-of', example: 'months of talks', kind: 'vague', resolver: 'none', pattern: `${UNIT_PL}(?= (?:of(?! operation| service)|later|earlier|before|after|long)\\b)` },
  { id: 'set.every', example: 'every morning', kind: 'set', resolver: 'none', pattern: `(?:every|each) (?:other )?(?:${UNIT_SG}|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter|${alt(WEEKDAY_FULL)})(?![a-z])` },
  { id: 'set.annually', example: 'annually', kind: 'set', resolver: 'none', pattern: '(?:annually|biannually)(?![a-z])' },
];
