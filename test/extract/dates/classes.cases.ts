/**
 * Corpus tables per failure class of issue 15 (dates side): invented sentences, reference date
 * Friday 2031-03-14. `expect` lists [text, value, time?]; an empty list is a negative case.
 */
export interface ClassCase {
  id: string;
  text: string;
  expect: Array<[string, string | null, string?]>;
}

export const REF = '2031-03-14';

/** Clock times and day boundaries: a date item with its day's value and the time in `time`. */
export const CLOCK_CASES: ClassCase[] = [
  { id: 'pm-before-day', text: 'Bids are due at 5 p.m. Friday.', expect: [['5 p.m. Friday', '2031-03-14', '17:00']] },
  { id: 'pm-on-date', text: 'Comments must arrive by 11:59 p.m. on April 2.', expect: [['11:59 p.m. on April 2', '2031-04-02', '23:59']] },
  { id: 'day-at-noon', text: 'The talks will resume Monday at noon.', expect: [['Monday at noon', '2031-03-17', '12:00']] },
  { id: 'midnight-on-day', text: 'The truce expires at midnight on Thursday.', expect: [['midnight on Thursday', '2031-03-20', '24:00']] },
  { id: 'zone', text: 'Voting ends at 8 p.m. ET on Sunday.', expect: [['8 p.m. ET on Sunday', '2031-03-16', '20:00']] },
  { id: 'utc', text: 'The game was delayed until 14:30 GMT Sunday.', expect: [['14:30 GMT Sunday', '2031-03-16', '14:30']] },
  { id: 'am-alone', text: 'Police arrived at 6:30 a.m. and left an hour later.', expect: [['6:30 a.m.', '2031-03-14', '06:30'], ['an hour', null]] },
  { id: 'clock-other-day', text: 'The firm missed the 5 p.m. filing cutoff on Friday.', expect: [['5 p.m.', '2031-03-14', '17:00'], ['Friday', '2031-03-14']] },
  { id: 'close-of-business', text: 'Reports must be received before close of business on Friday, March 21.', expect: [['close of business on Friday, March 21', '2031-03-21', '17:00']] },
  { id: 'local-time', text: 'Comments must be received no later than 5 p.m., local time, on April 10.', expect: [['5 p.m., local time, on April 10', '2031-04-10', '17:00']] },
  { id: 'clock-no-ref-day', text: 'Polls close at 8 p.m. tonight.', expect: [['8 p.m. tonight', '2031-03-14', '20:00']] },
];

export const CLOCK_NEGATIVES: ClassCase[] = [
  { id: 'score', text: 'The home side won 3-1 after a 2:15 delay.', expect: [] },
  { id: 'ratio-pm', text: 'The index rose 5 points in Pm trading terms.', expect: [] },
  { id: 'am-verb', text: 'I am 5 minutes away, she wrote.', expect: [['5 minutes', null]] },
];

/** Compound periods: quarters and halves of a year. */
export const PERIOD_CASES: ClassCase[] = [
  { id: 'first-three-months', text: 'Sales fell in the first three months of this year.', expect: [['the first three months of this year', '2031-Q1']] },
  { id: 'second-half-year', text: 'The plant will open in the second half of 2032.', expect: [['the second half of 2032', '2032-H2']] },
  { id: 'first-half-last-year', text: 'Output rose in the first half of last year.', expect: [['the first half of last year', '2030-H1']] },
  { id: 'third-quarter-of', text: 'Profit doubled in the third quarter of 2030.', expect: [['the third quarter of 2030', '2030-Q3']] },
  { id: 'final-three-months', text: 'Exports slowed in the final three months of 2030.', expect: [['the final three months of 2030', '2030-Q4']] },
  { id: 'first-six-months', text: 'The first six months of the year were calm.', expect: [['The first six months of the year', '2031-H1']] },
  { id: 'by-end-of-day', text: 'Crews raced to clear the pier by the end of the day.', expect: [['the end of the day', '2031-03-14']] },
];

export const PERIOD_NEGATIVES: ClassCase[] = [
  { id: 'quarter-fraction', text: 'About a quarter of the staff left.', expect: [] },
  { id: 'sports-quarter', text: 'He scored twice in the fourth quarter.', expect: [] },
  { id: 'end-of-day-idiom', text: 'At the end of the day, the pilots want safe berths.', expect: [] },
  { id: 'months-of-talks', text: 'After the first three months of talks, the envoys quit.', expect: [['three months', null]] },
];

/** Holidays: their day in the year the tense points to. */
export const HOLIDAY_CASES: ClassCase[] = [
  { id: 'election-day-year', text: 'Voters go to the polls on Election Day 2032.', expect: [['Election Day 2032', '2032-11-02']] },
  { id: 'thanksgiving-past', text: 'The store closed on Thanksgiving.', expect: [['Thanksgiving', '2030-11-28']] },
  { id: 'labor-day-future', text: 'The rule will take effect on Labor Day.', expect: [['Labor Day', '2031-09-01']] },
  { id: 'memorial-day', text: 'The pool opens Memorial Day, the city said.', expect: [['Memorial Day', '2031-05-26']] },
  { id: 'fourth-of-july', text: 'Fireworks were banned before the Fourth of July.', expect: [['the Fourth of July', '2030-07-04']] },
  { id: 'next-christmas', text: 'The bridge will be ready by next Christmas.', expect: [['next Christmas', '2031-12-25']] },
];

export const HOLIDAY_NEGATIVES: ClassCase[] = [
  { id: 'lowercase', text: 'They sold christmas trees and labor day flags.', expect: [] },
];

/** Direction of bare dates: adverbs and prepositions outrank verb tenses (reference Friday 2031-03-14). */
export const DIRECTION_CASES: ClassCase[] = [
  { id: 'earlier-on', text: 'Earlier on Thursday, the minister said she will resign.', expect: [['Thursday', '2031-03-13']] },
  { id: 'as-early-as', text: 'The committee could vote as early as Tuesday.', expect: [['Tuesday', '2031-03-18']] },
  { id: 'as-soon-as-month', text: 'Talks might resume as soon as June, a diplomat said.', expect: [['June', '2031-06']] },
  { id: 'not-until-past', text: 'He did not return until February 13, his aide said.', expect: [['February 13', '2031-02-13']] },
  { id: 'event-ahead', text: 'Campaigns are preparing for the November vote.', expect: [['November', '2031-11']] },
  { id: 'month-of-last-year', text: 'The two were charged in June of last year, the court heard.', expect: [['June of last year', '2030-06']] },
  { id: 'month-day-of-next-year', text: 'The bridge will close on May 2 of next year.', expect: [['May 2 of next year', '2032-05-02']] },
  { id: 'past-as-preposition', text: 'The envoys plan to keep talking past Tuesday, an aide said.', expect: [['Tuesday', '2031-03-18']] },
  { id: 'present-ahead', text: 'The two delegations leave for the talks on Monday.', expect: [['Monday', '2031-03-17']] },
  { id: 'present-ahead-forecast', text: 'Weather officials expect the first snow on Tuesday.', expect: [['Tuesday', '2031-03-18']] },
];

export const DIRECTION_NEGATIVES: ClassCase[] = [
  { id: 'event-past-tense', text: 'Campaigns lost the November vote.', expect: [['November', '2030-11']] },
  { id: 'will-not-until', text: 'He will not return until February 13, 2032.', expect: [['February 13, 2032', '2032-02-13']] },
  { id: 'this-past', text: 'The envoys met this past Tuesday, an aide said.', expect: [['past Tuesday', '2031-03-11']] },
  { id: 'present-after-preposition', text: 'By reports on Tuesday, two climbers are missing.', expect: [['Tuesday', '2031-03-11']] },
  { id: 'but-opens-a-clause', text: 'The lease was expected to run until December 20, but on December 19 it was renewed.', expect: [['December 20', '2030-12-20'], ['December 19', '2030-12-19']] },
  { id: 'present-same-as-past', text: 'A letter from the mayor, read out on Tuesday in the chamber.', expect: [['Tuesday', '2031-03-11']] },
];

/** Ranges: the yearless start of a range takes the year of its end; a parenthesis is its own clause. */
export const RANGE_CASES: ClassCase[] = [
  { id: 'between-and-year', text: 'The relief covers returns originally due between March 31 and July 31, 2031.', expect: [['March 31', '2031-03-31'], ['July 31, 2031', '2031-07-31']] },
  { id: 'from-paren-through', text: 'Firms must file by April 15, covering activity from November 1 (or the day after the last report) through March 31.', expect: [['April 15', '2031-04-15'], ['November 1', '2030-11-01'], ['March 31', '2031-03-31']] },
  { id: 'paren-clause', text: 'Monthly filers must report by April 20 (the report covers activity for the month of February).', expect: [['April 20', '2031-04-20'], ['February', '2031-02']] },
];

export const RANGE_NEGATIVES: ClassCase[] = [
  { id: 'and-without-between', text: 'The board met on March 31 and July 31, 2030 was the vote.', expect: [['March 31', '2031-03-31'], ['July 31, 2030', '2030-07-31']] },
];
