/**
 * Calendar words (DATA ONLY): months, weekdays, seasons, number words, time units.
 * General English knowledge; no article-specific strings.
 */

/** Month surface forms -> month number. Abbreviations carry their optional period in the patterns. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names (the only forms accepted without a day or year beside them). */
/**
 * Parts of a year (the PART group of patterns.ts) -> the ISO suffix: "the first half" H1, "the third quarter"
 * Q3, "the first three months" Q1, "the last six months" H2.
 */
export const YEAR_PARTS: Record<string, string> = {
  'first half': 'H1', '1st half': 'H1', 'second half': 'H2', '2nd half': 'H2', 'third half': 'H2', '3rd half': 'H2',
  'fourth half': 'H2', '4th half': 'H2', 'final half': 'H2', 'last half': 'H2',
  'first quarter': 'Q1', '1st quarter': 'Q1', 'second quarter': 'Q2', '2nd quarter': 'Q2', 'third quarter': 'Q3',
  '3rd quarter': 'Q3', 'fourth quarter': 'Q4', '4th quarter': 'Q4', 'final quarter': 'Q4', 'last quarter': 'Q4',
  'first three months': 'Q1', 'first 3 months': 'Q1', 'last three months': 'Q4', 'last 3 months': 'Q4',
  'final three months': 'Q4', 'final 3 months': 'Q4', 'first six months': 'H1', 'first 6 months': 'H1',
  'last six months': 'H2', 'last 6 months': 'H2', 'final six months': 'H2', 'final 6 months': 'H2',
};

export const MONTH_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names that are also common verbs, modals or given names: accepted only when tagged as a date. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'june', 'april', 'august']);

/** Weekday names -> ISO weekday (Monday = 1 ... Sunday = 7). Abbreviations only with a period. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Relative words before a unit, month, weekday or holiday -> which occurrence they name, counted from the
 * reference date: the last one (-1), the current one (0), the next one (+1). "following" is anaphoric
 * (src/extract/dates/anaphora.ts) and absent here.
 */
export const REL_OFFSETS: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1,
};

/** Words that name a day by its distance from the reference date (days): "yesterday", "last night", "this morning". */
export const DEICTIC_SHIFTS: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1,
  'last night': -1, 'last evening': -1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
};

/** Seasons -> TimeML season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Parts of the day that may follow a weekday ("Friday night"). */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night', 'overnight'];

/** Number words -> value (durations and "two years ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Vague quantities of units ("several days", "a few weeks"). */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'couple of', 'dozens of', 'hundreds of'];

/** Time units (singular) -> TimeML granularity used by resolvers. */
export const UNITS: Record<string, 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'H' | 'MIN'> = {
  day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', hour: 'H', minute: 'MIN',
};

/** Ordinal centuries: "20th century" -> the TimeML value is the two leading digits ("19"). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/** Nouns after a 4-digit number that show it is a count, not a year ("2020 people"). */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'jobs', 'troops', 'soldiers', 'workers', 'employees', 'members', 'students', 'residents',
  'homes', 'houses', 'cases', 'deaths', 'votes', 'points', 'units', 'feet', 'foot', 'meters', 'metres', 'miles',
  'kilometers', 'kilometres', 'km', 'acres', 'tons', 'tonnes', 'pounds', 'kg', 'dollars', 'euros', 'yuan',
  'calories', 'words', 'pages', 'hours', 'days', 'years', 'times', 'users', 'customers', 'vehicles', 'cars',
  'barrels', 'shares', 'patients', 'children', 'families', 'companies', 'firms', 'sites', 'tweets', 'posts',
]);

/** Words before a number that let it be a year before 1900 ("in 1850", "circa 1790"); without one it is a count. */
export const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'from', 'by', 'until', 'before', 'after', 'between', 'and', 'to', 'circa', 'c.', 'during', 'through']);

/** Words before a number that show it is not a year ("No. 2020", "Route 1960"). */
export const NUMBER_PREFIXES = new Set([
  'no', 'no.', 'number', 'route', 'flight', 'room', 'page', 'pages', 'section', 'article', 'chapter', 'rule',
  'bill', 'item', 'model', 'code', 'highway', 'interstate', 'suite', 'apartment', 'unit', 'gate', 'hr', 's', 'h.r.',
]);

/** Title-case words that may precede a weekday inside a date name ("Black Friday", "Super Tuesday"). */
export const DAY_NAME_PREFIXES = new Set([
  'black', 'good', 'super', 'easter', 'palm', 'ash', 'cyber', 'holy', 'bloody', 'maundy', 'giving', 'on', 'by',
  'until', 'since', 'last', 'next', 'this', 'early', 'late', 'from', 'before', 'after',
]);

/** Nouns after which a Title-case weekday is a date, not part of a name ("Ukraine Issues Friday Deadline to ..."). */
export const DAY_DEADLINE_NOUNS = new Set(['deadline', 'deadlines', 'ultimatum', 'cutoff', 'cut-off']);

/**
 * Title-case words that, right before "Sunday", make it part of a show or paper name ("Fox News Sunday",
 * "Mail on Sunday"). Before other weekdays, and after any other name, the weekday is a date ("told NBC
 * News Wednesday", "the Velto Group Wednesday said").
 */
export const SUNDAY_NAME_HEADS = new Set(['news', 'mail', 'meet', 'independent', 'observer', 'telegraph', 'express', 'nation', 'morning']);

/**
 * Words before "a day", "an hour", "a year" that make it a rate (a set), not a duration: frequencies ("twice a day")
 * and amounts ("$300 million a year", "5,000 barrels a day", "4 percent a year").
 */
export const RATE_WORDS = new Set([
  'once', 'twice', 'thrice', 'times', 'per', 'dollars', 'cents', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'francs',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'percent', 'cent', 'barrels', 'tons', 'tonnes',
  'units', 'vehicles', 'cars', 'jobs', 'people', 'visitors', 'passengers', 'users', 'shares', 'points', 'workers',
]);

/**
 * Anaphoric years (DATA): "the following year" counts from the last explicit year in the same or the previous
 * sentence ("Sales began in 2022 and doubled the following year" -> 2023). `shift` is added to that year.
 */
/**
 * Anaphoric days (DATA): "two days later", "the previous day" count from the nearest day (a full date) the
 * text gave before them ("The ship sank on May 25 ... and the crew was found two days later" -> May 27).
 * `n` is the count's group (a number word or digits; none: one day), `shift` its sign.
 */
export const ANAPHORIC_DAYS: Array<{ id: string; example: string; pattern: string; shift: 1 | -1 }> = [
  { id: 'anaphora.days-later', example: 'The ferry left on May 25 and docked two days later.', pattern: '(?:^|\\s)(?<n>\\S+) days? later$', shift: 1 },
  { id: 'anaphora.days-earlier', example: 'The vote came on June 3, a week after talks that began two days earlier.', pattern: '(?:^|\\s)(?<n>\\S+) days? earlier$', shift: -1 },
  { id: 'anaphora.previous-day', example: 'The mayor resigned on Friday. The previous day, the council met.', pattern: '(?:^|\\s)the (?:previous day|day before)$', shift: -1 },
  { id: 'anaphora.next-day', example: 'The storm hit on Friday. The next day, crews cleared roads.', pattern: '(?:^|\\s)the (?:next day|following day|day after)$', shift: 1 },
];

/**
 * The narrative year (DATA ONLY): a yearless month-day whose sentence, or the sentence before, tells of a full
 * date with another year, and which falls on or within `days` after it, takes that date's year ("the army moved
 * on November 15, 2017 ... his resignation on November 21": 2017); a bare year earlier in the same sentence
 * counts too ("In 2019, outbreaks were declared first on February 6"). Only in a clause told in the past.
 */
export const NARRATIVE_YEAR = {
  id: 'anaphora.narrative-year',
  days: 92,
  example: 'The dam failed on March 3, 2009. Repairs began on March 20, the agency said.',
  counter: 'The dam failed on March 3, 2009. On March 20 the agency will publish its review.',
};

export const ANAPHORIC_YEARS: Array<{ id: string; example: string; pattern: string; shift: number }> = [
  { id: 'anaphora.following-year', example: 'Sales began in 2022 and doubled the following year.', pattern: '(?:^|\\s)the (?:following|next) year$', shift: 1 },
  { id: 'anaphora.previous-year', example: 'Output fell in 2021. The previous year had been worse.', pattern: '(?:^|\\s)the previous year$', shift: -1 },
];
