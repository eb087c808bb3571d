/**
 * Corpus tables for the date rules: sentences written for these tests (invented names), a fixed
 * reference date, and the expected [text, value] pairs in order. An empty list is a negative case.
 */
export interface DateCase {
  id: string;
  text: string;
  ref: string | null;
  expect: Array<[string, string | null]>;
}

/** Friday 2025-03-14 (ISO week 2025-W11). */
export const REF = '2025-03-14';

export const ABSOLUTE_CASES: DateCase[] = [
  { id: 'month-day', text: 'The vote is set for September 17.', ref: REF, expect: [['September 17', '2025-09-17']] },
  { id: 'abbrev-day-year', text: 'It was signed on Sept. 17, 2024, in Lyon.', ref: REF, expect: [['Sept. 17, 2024', '2024-09-17']] },
  { id: 'day-range', text: 'Talks ran Sept. 17-18, 2024 in Oslo.', ref: REF, expect: [['Sept. 17-18, 2024', '2024-09-17']] },
  { id: 'day-month', text: 'Mira Holt left on 4 July 2019 for good.', ref: REF, expect: [['4 July 2019', '2019-07-04']] },
  { id: 'month-year', text: 'The plant closed in May 2010 after a fire.', ref: REF, expect: [['May 2010', '2010-05']] },
  { id: 'mid-month', text: 'Sales slumped in mid-September.', ref: REF, expect: [['mid-September', '2024-09']] },
  { id: 'early-month', text: 'The firm was founded in early December.', ref: REF, expect: [['early December', '2024-12']] },
  { id: 'iso', text: 'The filing is dated 2023-11-02.', ref: REF, expect: [['2023-11-02', '2023-11-02']] },
  { id: 'numeric', text: 'The memo, dated 9/17/2024, was leaked.', ref: REF, expect: [['9/17/2024', '2024-09-17']] },
  { id: 'numeric-short', text: 'Bids are due by 9/17 at noon.', ref: REF, expect: [['9/17', 'XXXX-09-17']] },
  { id: 'year', text: 'Jon Pell joined the board in 2020.', ref: REF, expect: [['2020', '2020']] },
  { id: 'year-attributive', text: 'She lost the 2024 election narrowly.', ref: REF, expect: [['2024', '2024']] },
  { id: 'year-range', text: 'The survey of 1957-58 was the first.', ref: REF, expect: [['1957', '1957'], ['58', '1958']] },
  { id: 'year-range-full', text: 'During the 2009-2010 season, prices rose.', ref: REF, expect: [['2009', '2009'], ['2010', '2010']] },
  { id: 'early-year', text: 'Prices fell in early 2011.', ref: REF, expect: [['early 2011', '2011']] },
  { id: 'decade', text: 'The band was big in the 1990s.', ref: REF, expect: [['the 1990s', '199']] },
  { id: 'century', text: 'It was the largest dam of the 20th century.', ref: REF, expect: [['the 20th century', '19']] },
  { id: 'no-ref-month-day', text: 'The hearing is on March 3.', ref: null, expect: [['March 3', 'XXXX-03-03']] },
];

export const RELATIVE_CASES: DateCase[] = [
  { id: 'weekday-past', text: 'Ana Ruiz said Tuesday that the plan failed.', ref: REF, expect: [['Tuesday', '2025-03-11']] },
  { id: 'weekday-same-day', text: 'The council voted on Friday.', ref: REF, expect: [['Friday', '2025-03-14']] },
  { id: 'weekday-future', text: 'The leaders will meet on Thursday in Lima.', ref: REF, expect: [['Thursday', '2025-03-20']] },
  { id: 'weekday-expected', text: 'The deal is expected to be signed on Monday, officials said.', ref: REF, expect: [['Monday', '2025-03-17']] },
  { id: 'weekday-until', text: 'The match has been postponed until Saturday.', ref: REF, expect: [['Saturday', '2025-03-15']] },
  { id: 'weekday-night', text: 'Police arrived Sunday night.', ref: REF, expect: [['Sunday night', '2025-03-09']] },
  { id: 'last-weekday', text: 'The shop reopened last Friday.', ref: REF, expect: [['last Friday', '2025-03-07']] },
  { id: 'month-past', text: 'The merger was announced in October.', ref: REF, expect: [['October', '2024-10']] },
  { id: 'month-future', text: 'The report will be published in June.', ref: REF, expect: [['June', '2025-06']] },
  { id: 'month-through', text: 'The program is to run through June.', ref: REF, expect: [['June', '2025-06']] },
  { id: 'last-month-name', text: 'He resigned last May.', ref: REF, expect: [['last May', '2024-05']] },
  { id: 'today-yesterday', text: 'Shares rose yesterday and fell today.', ref: REF, expect: [['yesterday', '2025-03-13'], ['today', '2025-03-14']] },
  { id: 'this-week', text: 'The board met this week.', ref: REF, expect: [['this week', '2025-W11']] },
  { id: 'last-week', text: 'Six cases were reported in the last week.', ref: REF, expect: [['the last week', '2025-W10']] },
  { id: 'next-month', text: 'Rates will rise next month.', ref: REF, expect: [['next month', '2025-04']] },
  { id: 'last-year', text: 'Profits doubled last year.', ref: REF, expect: [['last year', '2024']] },
  { id: 'earlier-this-year', text: 'She signed an order earlier this year.', ref: REF, expect: [['earlier this year', '2025']] },
  { id: 'fiscal-year', text: 'Spending grew this fiscal year.', ref: REF, expect: [['this fiscal year', '2025']] },
  { id: 'last-summer', text: 'The dam burst last summer.', ref: REF, expect: [['last summer', '2024-SU']] },
  { id: 'years-ago', text: 'The law passed two years ago.', ref: REF, expect: [['two years ago', '2023']] },
  { id: 'months-ago', text: 'The mill shut three months ago.', ref: REF, expect: [['three months ago', '2024-12']] },
  { id: 'be-to', text: 'Her successor is to take over on Jan. 1.', ref: REF, expect: [['Jan. 1', '2026-01-01']] },
  { id: 'conditional', text: 'The seat opens if the party wins in November.', ref: REF, expect: [['November', '2025-11']] },
  { id: 'since-month', text: 'Prices have risen since October.', ref: REF, expect: [['October', '2024-10']] },
  { id: 'weekday-told-that-would', text: 'Ivo Brand told Radio Nord on Monday that the rule would fail.', ref: REF, expect: [['Monday', '2025-03-10']] },
  { id: 'weekday-said-will', text: 'Mira Holt said on Tuesday that talks will resume.', ref: REF, expect: [['Tuesday', '2025-03-11']] },
  { id: 'weekday-that-will', text: 'Mira Holt said that talks will resume on Tuesday.', ref: REF, expect: [['Tuesday', '2025-03-18']] },
  { id: 'by-past-opener', text: "By Monday's close, shares had fallen sharply.", ref: REF, expect: [['Monday', '2025-03-10']] },
  { id: 'cutoff-ahead', text: 'Firms that miss the June 1 cutoff risk fines, according to a memo the office published.', ref: REF, expect: [['June 1', '2025-06-01']] },
  { id: 'deadline-list-ahead', text: 'Banks must report by April 15 and close the accounts by July 1.', ref: REF, expect: [['April 15', '2025-04-15'], ['July 1', '2025-07-01']] },
  { id: 'future-verb-ahead', text: 'The agency will publish the rule that was drafted for the July 20 session.', ref: REF, expect: [['July 20', '2025-07-20']] },
  { id: 'past-month-day', text: 'The plant was closed on July 20 after a fire.', ref: REF, expect: [['July 20', '2024-07-20']] },
  { id: 'likely-end-of-month', text: 'She told staff that a ruling was likely before the end of May.', ref: REF, expect: [['the end of May', '2025-05']] },
  { id: 'past-month-ahead', text: 'The firm reported a loss in August.', ref: REF, expect: [['August', '2024-08']] },
  { id: 'present-month-day', text: 'The shareholder meeting is on June 4.', ref: REF, expect: [['June 4', '2025-06-04']] },
  { id: 'cutoffs-coordinated', text: 'The rule sets cutoffs on April 15 and June 1 for old contracts.', ref: REF, expect: [['April 15', '2025-04-15'], ['June 1', '2025-06-01']] },
  { id: 'past-narrative-ahead-month', text: 'The firm filed for bankruptcy on June 12.', ref: REF, expect: [['June 12', '2024-06-12']] },
  { id: 'no-ref-weekday', text: 'The mayor spoke on Sunday.', ref: null, expect: [['Sunday', 'XXXX-WXX-7']] },
  { id: 'no-ref-relative', text: 'Profits doubled last year.', ref: null, expect: [['last year', null]] },
  { id: 'took-effect-past', text: 'The levy took effect in January.', ref: REF, expect: [['January', '2025-01']] },
  { id: 'went-into-effect-past', text: 'The curfew went into effect in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'has-taken-effect-past', text: 'The rule has taken effect in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'took-full-effect-past', text: 'The levy took full effect in January.', ref: REF, expect: [['January', '2025-01']] },
  { id: 'takes-effect-future', text: 'The levy takes effect in January.', ref: REF, expect: [['January', '2026-01']] },
  { id: 'will-take-effect-future', text: 'The levy will take effect in February.', ref: REF, expect: [['February', '2026-02']] },
  { id: 'kicks-in-future', text: 'The surcharge kicks in in January.', ref: REF, expect: [['January', '2026-01']] },
  { id: 'into-force-future', text: 'The treaty comes into force in February.', ref: REF, expect: [['February', '2026-02']] },
  { id: 'into-force-past', text: 'The treaty came into force in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'use-of-force-past', text: 'Ivo Brand ruled out the use of force in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'is-due-future', text: 'The levy is due in February.', ref: REF, expect: [['February', '2026-02']] },
  { id: 'was-due-past', text: 'The levy was due in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'expired-past', text: 'The permit expired in February.', ref: REF, expect: [['February', '2025-02']] },
  { id: 'expires-future', text: 'The permit expires in February.', ref: REF, expect: [['February', '2026-02']] },
  {
    id: 'weekday-twice', text: 'Mira Holt spoke on Wednesday. The board met on Wednesday.', ref: REF,
    expect: [['Wednesday', '2025-03-12'], ['Wednesday', '2025-03-12']],
  },
  {
    id: 'weekday-forms', ref: REF,
    text: "Ivo Brand said Wednesday that talks failed. Wednesday's vote surprised him. Talks ended late Wednesday. Crowds gathered on Wednesday night.",
    expect: [['Wednesday', '2025-03-12'], ['Wednesday', '2025-03-12'], ['Wednesday', '2025-03-12'], ['Wednesday night', '2025-03-12']],
  },
  { id: 'weekday-after-company', text: 'The Velto Group Wednesday said profits fell.', ref: REF, expect: [['Wednesday', '2025-03-12']] },
  { id: 'weekday-after-news', text: 'Ivo Brand spoke to Metro News Wednesday.', ref: REF, expect: [['Wednesday', '2025-03-12']] },
  { id: 'weekday-after-outlet', text: 'Ivo Brand told Radio Nord Wednesday that talks failed.', ref: REF, expect: [['Wednesday', '2025-03-12']] },
];

export const SPAN_CASES: DateCase[] = [
  { id: 'days', text: 'The firm has 120 days to comply.', ref: REF, expect: [['120 days', null]] },
  { id: 'for-months', text: 'The talks have dragged on for months.', ref: REF, expect: [['for months', null]] },
  { id: 'recent-weeks', text: 'Tension grew in recent weeks.', ref: REF, expect: [['in recent weeks', null]] },
  { id: 'past-years', text: 'Costs rose over the past two years.', ref: REF, expect: [['over the past two years', null]] },
  { id: 'coming-months', text: 'More cuts will come in the coming months.', ref: REF, expect: [['in the coming months', null]] },
  { id: 'hyphen', text: 'He began a four-week course.', ref: REF, expect: [['four-week', null]] },
  { id: 'every', text: 'The ferry leaves every morning.', ref: REF, expect: [['every morning', null]] },
];

export const NEGATIVE_CASES: DateCase[] = [
  { id: 'may-modal', text: 'The court may rule soon.', ref: REF, expect: [] },
  { id: 'may-modal-initial', text: 'May they rest in peace.', ref: REF, expect: [] },
  { id: 'march-verb', text: 'Thousands will march to the capitol.', ref: REF, expect: [] },
  { id: 'sat-verb', text: 'She sat on the bench all day long.', ref: REF, expect: [] },
  { id: 'fraction', text: 'The tower is 2 1/2 times taller.', ref: REF, expect: [] },
  { id: 'age', text: 'The driver, aged 45, was unhurt.', ref: REF, expect: [] },
  { id: 'age-years-old', text: 'A 45-year-old man and a boy 6 years old were hurt.', ref: REF, expect: [] },
  { id: 'count', text: 'The plant cut 1,500 jobs.', ref: REF, expect: [] },
  { id: 'money', text: 'The ticket cost $2020 in total.', ref: REF, expect: [] },
  { id: 'count-noun', text: 'About 2000 people marched.', ref: REF, expect: [] },
  { id: 'route', text: 'Take Route 1960 north.', ref: REF, expect: [] },
  { id: 'person-april', text: 'The reporter April Lenz filed the story.', ref: REF, expect: [] },
  { id: 'lowercase-weekday', text: 'The word friday is lower case here.', ref: REF, expect: [] },
  { id: 'outlet-today', text: 'Lina Marsh told Metro Today about the plan.', ref: REF, expect: [] },
  { id: 'news-show-sunday', text: 'Ana Ruiz appeared on Metro News Sunday to defend it.', ref: REF, expect: [] },
  { id: 'paper-sunday', text: 'He wrote in the Sunday Courier that it failed.', ref: REF, expect: [] },
  { id: 'show-sunday', text: 'He spoke on "Capital Week Sunday" at length.', ref: REF, expect: [] },
  { id: 'rate', text: 'Workers earn $12 an hour and eat twice a day.', ref: REF, expect: [] },
  { id: 'rate-amount-year', text: 'The plan adds $300 million a year to spending.', ref: REF, expect: [] },
  { id: 'rate-count-day', text: 'The field pumps 5,000 barrels a day and 2 billion a month.', ref: REF, expect: [] },
  { id: 'fraction-quarter', text: 'Less than a quarter of the funds arrived.', ref: REF, expect: [] },
  { id: 'compound', text: 'It is handled on a day-to-day basis.', ref: REF, expect: [] },
  { id: 'now-recently', text: 'The firm now recently said nothing.', ref: REF, expect: [] },
];
