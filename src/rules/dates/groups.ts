/**
 * Rejection rows on one named group of a date candidate (DATA ONLY, engine syntax): the capture `[...]`
 * is the group's tokens (the month name, the weekday, the holiday, "today"), not the whole candidate.
 * Patterns are matched case-insensitively, so a month or weekday written in lower case ("we may go",
 * "march on") is no date; a name that holds one ("Fox News Sunday", "USA Today") is none either.
 * Stage predicates (src/extract/dates/reject-rows.ts): `@name-word` a Title-case word that is not the
 * first of its sentence and stands right before the next word (only spaces between); `@title` a word in
 * Title case; `@caps-next` / `@caps-prev` a word of two or more capitals right after / before (spaces only).
 */
import { table, type Rule } from '../../engine/rule.js';

const month: Rule<'reject'>[] = [
  { id: 'dates.reject.month-lower', match: '[@lower]', then: 'reject', example: 'The rules may change soon.', counter: 'The rules change in May.' },
];

/** A month with a day ("May 5", "5 June"): a name only when tagged a person and not a date. */
const monthDay: Rule<'reject'>[] = [
  {
    id: 'dates.reject.month-day-person', match: '[#Person]', unless: ['[#Date]'], then: 'reject',
    note: 'compromise tags the month word a person, not a date: a given name before a number',
    example: 'She thanked Ms. June 4 times.', counter: 'She thanked them on June 4.',
  },
];

/** A month alone ("in May", "last March"; written in full: patterns.ts): a verb, modal or name reading wins for the ambiguous ones. */
const monthBare: Rule<'reject'>[] = [
  { id: 'dates.reject.month-person', match: '[#Person]', then: 'reject', example: 'The singer April met the press.', counter: 'The singer met the press in April.' },
  {
    id: 'dates.reject.month-verb', match: '[(#Modal|#Verb)]', unless: ['[!%month-ambiguous%]'], then: 'reject',
    example: 'May you live long, he said.', counter: 'We leave in May.',
  },
  {
    id: 'dates.reject.month-untagged', match: '[%month-ambiguous%]', unless: ['[#Date]', '[#Month]'], then: 'reject',
    example: 'March with us, the union said.', counter: 'Workers will strike in March.',
  },
];

const weekday: Rule<'reject'>[] = [
  { id: 'dates.reject.weekday-lower', match: '[@lower]', then: 'reject', example: 'They ate sunday roast at home.', counter: 'They ate at home on Sunday.' },
];

/** A weekday standing alone (not "last Friday"): part of a name ("the Sunday Courier", "Fox News Sunday"). */
const weekdayBare: Rule<'reject'>[] = [
  {
    id: 'dates.reject.weekday-org', match: '[#Organization]', unless: ['[.] , .'], then: 'reject',
    note: 'a comma after the weekday closes it off from the name that follows ("On Friday, Velto Group said", "published Monday, Harbor Radio reported"): the tagger reads the weekday into that name',
    example: 'She writes for Friday Capital Partners.', counter: 'She writes on Friday.',
  },
  {
    id: 'dates.reject.weekday-the-name', match: 'the [.] @title', then: 'reject',
    example: 'He told the Sunday Courier about it.', counter: 'He told the court about it on Sunday.',
  },
  {
    id: 'dates.reject.weekday-the-quoted', match: 'the [.] "', then: 'reject',
    note: 'two rows, not "(@title|\")": an alternative with a gap mark is not matched after a capture (engine pre-filter)',
    example: 'He writes for "the Sunday" in Leeds.', counter: 'He writes "the news" on Sunday.',
  },
  {
    id: 'dates.reject.weekday-in-name', match: '@name-word [.] @title', unless: ['%day-name-prefix% [.]', '[.] .? %day-deadline-noun%'], then: 'reject',
    note: 'a weekday right before "Deadline", or one word before it, is the day of a deadline even in a Title Case headline ("Council Sets Friday Deadline to Clear Camp", "Lenders Face Monday Payment Deadline")',
    example: 'She hosts Capital Week Sunday Edition for the network.', counter: 'The Velto Group Wednesday said it would cut jobs.',
  },
  {
    id: 'dates.reject.weekday-quoted-name', match: '@name-word [.] "', unless: ['%day-name-prefix% [.]'], then: 'reject',
    example: 'He spoke on "Capital Week Sunday" at length.', counter: 'He said "Capital Week" on Sunday.',
  },
  {
    id: 'dates.reject.weekday-sunday-head', match: '%sunday-head% [sunday]', unless: ['!@name-word [.]'], then: 'reject',
    example: 'He said so on Fox News Sunday.', counter: 'He said so on the news Sunday.',
  },
];

const holiday: Rule<'reject'>[] = [
  {
    id: 'dates.reject.holiday-lower', match: '[@lower .*]', unless: ['[the @cap .*]'], then: 'reject',
    example: 'Stores decorate for halloween early.', counter: 'Stores decorate for Halloween early.',
  },
  {
    id: 'dates.reject.holiday-in-name', match: '(of|the) [.+] @cap', then: 'reject',
    note: 'a holiday word between "of"/"the" and a Title-case word is part of a name ("the Great Orchestra of Christmas Charity", "the Halloween Ball")',
    example: 'Tickets for the Halloween Ball sold out, and the Great Orchestra of Christmas Charity raised money.',
    counter: 'Tickets sold out before the Halloween weekend.',
  },
];

/** "Today", "Tomorrow" in Title case inside a name ("USA Today", "Tomorrow Never Dies"); lower case is a date. */
const deictic: Rule<'reject'>[] = [
  { id: 'dates.reject.deictic-in-name', match: '@name-word [@cap .*]', then: 'reject', example: 'The film Skyfall Tomorrow opened.', counter: 'The film opened, and Tomorrow we go.' },
  { id: 'dates.reject.deictic-caps-after', match: '[@cap .*] @caps-next', then: 'reject', example: 'She watched Today NBC at breakfast.', counter: 'She watched it today at breakfast.' },
  { id: 'dates.reject.deictic-caps-before', match: '@caps-prev [@cap .*]', then: 'reject', example: 'He wrote for USA Today for years, and watched CBS This Morning.', counter: 'He wrote for it today.' },
];

export const MONTH_REJECT = table('dates.reject-month', 'dates', month);
export const MONTH_DAY_REJECT = table('dates.reject-month-day', 'dates', monthDay);
export const MONTH_BARE_REJECT = table('dates.reject-month-bare', 'dates', monthBare);
export const WEEKDAY_REJECT = table('dates.reject-weekday', 'dates', weekday);
export const WEEKDAY_BARE_REJECT = table('dates.reject-weekday-bare', 'dates', weekdayBare);
export const HOLIDAY_REJECT = table('dates.reject-holiday', 'dates', holiday);
export const DEICTIC_REJECT = table('dates.reject-deictic', 'dates', deictic);

/**
 * Group name (as in the patterns of patterns.ts) -> the rows that may reject a candidate on it, and the
 * pattern rows whose candidates they read (all when absent); `overlap`: a group inside a longer token
 * ("TODAY" in "TODAY's") is read on that token (else only a group made of whole tokens is read, so the
 * "Friday" glued in "followsFriday" stays a date). "wdp": a weekday before a date.
 */
export const GROUP_REJECT: ReadonlyArray<{ group: string; rows: typeof MONTH_REJECT; only?: readonly string[]; overlap?: true }> = [
  { group: 'month', rows: MONTH_REJECT },
  { group: 'month', rows: MONTH_DAY_REJECT, only: ['date.month-day-year', 'date.day-month-year'], overlap: true },
  { group: 'month', rows: MONTH_BARE_REJECT, only: ['date.month'], overlap: true },
  { group: 'wd', rows: WEEKDAY_REJECT },
  { group: 'wd', rows: WEEKDAY_BARE_REJECT, only: ['date.weekday'], overlap: true },
  { group: 'wdp', rows: WEEKDAY_REJECT },
  { group: 'holiday', rows: HOLIDAY_REJECT },
  { group: 'deictic', rows: DEICTIC_REJECT, overlap: true },
];

/** Every group table, for the registry. */
export const GROUP_TABLES = [MONTH_REJECT, MONTH_DAY_REJECT, MONTH_BARE_REJECT, WEEKDAY_REJECT, WEEKDAY_BARE_REJECT, HOLIDAY_REJECT, DEICTIC_REJECT];
