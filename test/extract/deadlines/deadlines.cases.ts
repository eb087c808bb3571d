/**
 * Corpus table for the deadline cues: sentences written for these tests (invented names), reference
 * date Friday 2025-03-14. `expect` lists [date text, cue, what contains, consequence contains | null];
 * an empty list is a negative case.
 */
export interface DeadlineCase {
  id: string;
  text: string;
  expect: Array<[string, string, string, string | null]>;
}

export const REF = '2025-03-14';

export const DEADLINE_CASES: DeadlineCase[] = [
  {
    id: 'by-or-face', text: 'Velto must sell its European unit by September 17 or face a ban.',
    expect: [['September 17', 'by', 'Velto must sell its European unit', 'face a ban']],
  },
  {
    id: 'by-if-clause', text: 'The app could face a ban if a sale is not finalized by June 2.',
    expect: [['June 2', 'by', 'a sale is not finalized', 'a ban']],
  },
  {
    id: 'noun-after', text: 'The company faces a January 19 deadline to divest its stake.',
    expect: [['January 19', 'deadline', 'to divest its stake', null]],
  },
  {
    id: 'noun-before', text: 'The deadline for bids is Friday, the ministry said.',
    expect: [['Friday', 'deadline', 'The deadline for bids is', null]],
  },
  {
    id: 'takes-effect', text: 'The new tariff takes effect Sunday.',
    expect: [['Sunday', 'takes effect', 'The new tariff', null]],
  },
  {
    id: 'expires', text: 'The lease on the port expires on April 30.',
    expect: [['April 30', 'expires', 'The lease on the port', null]],
  },
  {
    id: 'extended', text: 'Officials extended the deadline to June 19.',
    expect: [['June 19', 'deadline', 'extended the deadline', null]],
  },
  {
    id: 'has-until', text: 'Kessler Corp has until Friday to respond to the order.',
    expect: [['Friday', 'has until', 'to respond to the order', null]],
  },
  {
    id: 'duration-to', text: 'The law gives owners 120 days to comply with the rules.',
    expect: [['120 days', 'to', 'to comply with the rules', null]],
  },
  {
    id: 'within', text: 'Lenders must repay the loans within 90 days.',
    expect: [['90 days', 'within', 'Lenders must repay the loans', null]],
  },
];

export const NON_DEADLINE_CASES: DeadlineCase[] = [
  { id: 'past-by', text: 'Inflation had fallen by September to four percent.', expect: [] },
  { id: 'plain-weekday', text: 'Mira Holt spoke to reporters on Tuesday.', expect: [] },
  { id: 'plain-year', text: 'The firm was founded in 2019.', expect: [] },
  { id: 'duration-no-cue', text: 'The strike lasted 120 days.', expect: [] },
  { id: 'forecast-by', text: 'The number of cars is on track to hit 400 million by 2030.', expect: [] },
  { id: 'peaked-by', text: 'The outbreak peaked by the end of the year.', expect: [] },
];
