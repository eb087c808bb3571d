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
  // a licence that ran out is the date a consequence followed, even told in the past (as fixtures/wikinews counts it)
  { id: 'expired-past', text: 'The permit expired on Feb. 3.', expect: [['Feb. 3', 'permit expired on', 'The permit expired', null]] },
  { id: 'lapsed-past', text: 'The waiver lapsed in January.', expect: [['January', 'waiver lapsed in', 'The waiver lapsed', null]] },
  { id: 'bail-until', text: 'He was released on bail until October.', expect: [['October', 'bail until', 'He was released on bail', null]] },
  { id: 'not-until', text: 'Parliament will not reconvene until October 14.', expect: [['October 14', 'not reconvene until', 'Parliament will not reconvene', null]] },
  { id: 'due-to-be-paid', text: 'The loan is due to be repaid on March 3.', expect: [['March 3', 'to be repaid on', 'The loan is due to be repaid', null]] },
  { id: 'date-is-deadline', text: 'March 1 is the deadline to apply for the grants.', expect: [['March 1', 'is the deadline', 'to apply for the grants', null]] },
  // the date set off by commas, an adverb before the verb: what is due is read after the cue, not "Today,"
  { id: 'date-comma-also-deadline', text: 'Today, April 2, also is the deadline for tenants to return the loan forms.', expect: [['April 2', 'also is the deadline', 'for tenants to return the loan forms', null]] },
  { id: 'date-is-last-day', text: 'April 2, 2025, is the last day to file a claim with the county, officials said.', expect: [['April 2, 2025', 'the last day to', 'file a claim with the county', null]] },
  { id: 'date-is-last-chance', text: 'Monday is your final chance to register for the lottery.', expect: [['Monday', 'your final chance to', 'register for the lottery', null]] },
  { id: 'noun-after-plural', text: 'The April 2 filing and payment deadlines also apply to renters.', expect: [['April 2', 'deadlines', 'apply to renters', null]] },
  { id: 'last-day-of-not', text: 'June 2 was the last day of the school year.', expect: [] },
  { id: 'in-place-at-least', text: 'The measure will remain in place until at least April 30.', expect: [['April 30', 'place until at least', 'The measure will remain in place', null]] },
  { id: 'told-to-by', text: 'Residents were told to evacuate by 6 p.m. on Sunday.', expect: [['6 p.m. on Sunday', 'by', 'Residents were told to evacuate', null]] },
  { id: 'emergency-lasts', text: 'The state of emergency will last until the end of August.', expect: [['the end of August', 'emergency will last until', 'The state of emergency will last', null]] },
  { id: 'session-ends', text: 'Lawmakers are racing to pass the bill before the session ends on June 30.', expect: [['June 30', 'session ends on', 'the session ends', null]] },
  { id: 'is-to-be-by', text: 'The bridge is to be completed by 2027.', expect: [['2027', 'by', 'The bridge is to be completed', null]] },
  { id: 'promised-before', text: 'The government has promised to hold a referendum before the end of 2025.', expect: [['the end of 2025', 'before', 'The government has promised to hold a referendum', null]] },
  { id: 'must-from', text: 'Companies will have to comply with the rules from January 2026.', expect: [['January 2026', 'with the rules from', 'Companies will have to comply with the rules', null]] },
  { id: 'requests-that-by', text: 'The agency requests that applications be made by Nov. 18.', expect: [['Nov. 18', 'by', 'applications be made', null]] },
  { id: 'asked-to-by', text: 'The ministry has asked all residents to leave the area by Friday.', expect: [['Friday', 'by', 'The ministry has asked all residents to leave the area', null]] },
  { id: 'effective-date-after', text: 'The agency confirmed the July 1 effective date for the rule.', expect: [['July 1', 'effective date', 'for the rule', null]] },
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
  {
    id: 'window-ends', text: 'The board started a 45-day clock that ends May 29, the filing showed.',
    expect: [['45-day', 'clock', 'clock that ends May 29', null], ['May 29', 'clock that ends', 'The board started a 45-day', null]],
  },
  {
    id: 'grace-period-ends', text: 'The grace period ends June 15, after which fines apply.',
    expect: [['June 15', 'grace period ends', 'The grace period ends', null]],
  },
  {
    id: 'duration-window', text: 'The agency opened a 30-day public comment period on the plan.',
    expect: [['30-day', 'comment period', 'comment period on the plan', null]],
  },
  {
    id: 'if-not-by', text: 'Either party may walk away if financing is not secured by Aug. 15.',
    expect: [['Aug. 15', 'by', 'financing is not secured', null]],
  },
  {
    id: 'if-cannot-by', text: 'If the board cannot answer them by April 2, it should resign.',
    expect: [['April 2', 'by', 'the board cannot answer them', null]],
  },
  {
    id: 'appositive', text: 'Velto said it would file its answers by June 24, the deadline set by the panel.',
    expect: [['June 24', 'deadline', 'it would file its answers', null]],
  },
  {
    id: 'given-until', text: 'Lawmakers gave the port authority until Nov. 30 to publish a budget.',
    expect: [['Nov. 30', 'gave the port authority until', 'to publish a budget', null]],
  },
  {
    id: 'no-later-than', text: 'Bidders will submit offers no later than May 2.',
    expect: [['May 2', 'no later than', 'Bidders will submit offers', null]],
  },
  {
    id: 'due', text: 'The first payment is due March 31.',
    expect: [['March 31', 'is due', 'The first payment', null]],
  },
  {
    id: 'sunset', text: 'The tax credit is set to sunset on Dec. 31.',
    expect: [['Dec. 31', 'sunset', 'The tax credit is set to', null]],
  },
  {
    id: 'runs-out', text: 'Funding for the program runs out on Oct. 1.',
    expect: [['Oct. 1', 'runs out', 'Funding for the program', null]],
  },
  {
    id: 'lapses', text: 'The exemption lapses in September unless lawmakers renew it.',
    expect: [['September', 'lapses', 'The exemption', null]],
  },
  {
    id: 'effective', text: 'The statute is effective March 1.',
    expect: [['March 1', 'effective', 'The statute is', null]],
  },
  {
    id: 'within-of', text: 'The company must respond within 30 days of the ruling.',
    expect: [['30 days', 'within', 'The company must respond', null]],
  },
  {
    id: 'cutoff-after', text: 'Firms that miss the April 1 cutoff will lose their licenses.',
    expect: [['April 1', 'cutoff', 'will lose their licenses', null]],
  },
  {
    id: 'have-until-or-will-face', text: 'Other foreign lenders have until Jan. 1 to comply or they will face fines.',
    expect: [['Jan. 1', 'have until', 'to comply', 'they will face fines']],
  },
  {
    id: 'have-until-comma-or-face', text: 'Rival lenders have until Jan. 1, or face fines.',
    expect: [['Jan. 1', 'have until', 'Rival lenders have', 'face fines']],
  },
  {
    id: 'have-only-until', text: 'Small shops have only until Jan. 1, 2026, to register or face penalties.',
    expect: [['Jan. 1, 2026', 'have only until', 'to register', 'face penalties']],
  },
  {
    id: 'will-take-effect', text: 'The levy will take effect in January.',
    expect: [['January', 'take effect', 'The levy will', null]],
  },
  {
    id: 'set-to-take-effect', text: 'The curfew is set to take effect on Sunday.',
    expect: [['Sunday', 'take effect', 'The curfew is set to', null]],
  },
  {
    id: 'will-become-effective', text: 'The statute will become effective March 1.',
    expect: [['March 1', 'effective', 'The statute will become', null]],
  },
  {
    id: 'take-full-effect', text: 'The levy will take full effect in January.',
    expect: [['January', 'take full effect', 'The levy will', null]],
  },
  {
    id: 'enter-into-force', text: 'The treaty will enter into force on May 1.',
    expect: [['May 1', 'enter into force', 'The treaty will', null]],
  },
  {
    id: 'goes-into-effect', text: 'The rule goes into effect on Jan. 1.',
    expect: [['Jan. 1', 'goes into effect', 'The rule', null]],
  },
  {
    id: 'given-long-until', text: 'The rule gives lenders that hold deposits for more than five million savers until Jan. 1 to comply.',
    expect: [['Jan. 1', 'gives lenders that hold deposits for more than five million savers until', 'to comply', null]],
  },
  {
    id: 'window-close-aside', text: 'The review, which began Monday, will close on June 5.',
    expect: [['June 5', 'review, which began Monday, will close', 'The review', null]],
  },
  {
    id: 'window-close-in-aside', text: 'Officials said the review, which will close on June 5, would cover batteries.',
    expect: [['June 5', 'review, which will close', 'the review', null]],
  },
  {
    id: 'comment-period-closes', text: 'Residents can write in during a comment period that closes June 5.',
    expect: [['June 5', 'comment period that closes', 'a comment period', null]],
  },
  {
    id: 'consultation-wraps-up', text: 'The consultation wraps up on April 2.',
    expect: [['April 2', 'consultation wraps up', 'The consultation', null]],
  },
  {
    id: 'must-well-before', text: 'Velto must close the purchase well before May 28.',
    expect: [['May 28', 'well before', 'Velto must close the purchase', null]],
  },
  {
    id: 'has-to-ahead-of', text: 'The agency has to publish its rules ahead of July 1.',
    expect: [['July 1', 'ahead of', 'The agency has to publish its rules', null]],
  },
  {
    id: 'required-prior-to', text: 'Importers are required to register prior to April 30.',
    expect: [['April 30', 'prior to', 'Importers are required to register', null]],
  },
  {
    id: 'duration-from-to', text: 'Under the contract, Lorvan has 30 days from receipt of the notice to submit a written reply.',
    expect: [['30 days', 'has', 'to submit a written reply', null]],
  },
  {
    id: 'duration-after-to', text: 'Importers will have 45 days after each delivery to file customs forms.',
    expect: [['45 days', 'have', 'to file customs forms', null]],
  },
  {
    id: 'two-by-one-must', text: 'Councils must list every leaking pipe by July 31 and have them repaired or replaced by Oct. 30.',
    expect: [['July 31', 'by', 'Councils must list every leaking pipe', null], ['Oct. 30', 'by', 'have them repaired or replaced', null]],
  },
  {
    id: 'noun-after-modified', text: 'Several schools may miss the July 31 audit deadline, inspectors warned.',
    expect: [['July 31', 'deadline', '', null]],
  },
];

/** Yearless deadlines resolve forward from the reference date (2025-03-14). */
export const FORWARD_CASES: Array<{ id: string; text: string; value: string }> = [
  { id: 'runs-out-forward', text: 'Funding for the program runs out on Oct. 1.', value: '2025-10-01' },
  { id: 'given-until-forward', text: 'Lawmakers gave the port authority until Nov. 30 to publish a budget.', value: '2025-11-30' },
  { id: 'grace-forward', text: 'The grace period ends June 15, after which fines apply.', value: '2025-06-15' },
  { id: 'have-until-forward', text: 'Rival lenders have until Jan. 1, or face fines.', value: '2026-01-01' },
  { id: 'takes-effect-forward', text: 'The levy takes effect in January.', value: '2026-01' },
  { id: 'into-force-forward', text: 'The treaty comes into force in February.', value: '2026-02' },
  { id: 'kicks-in-forward', text: 'The surcharge kicks in in January.', value: '2026-01' },
  { id: 'cutoff-forward', text: 'Firms that miss the June 1 cutoff risk fines, a memo the office published said.', value: '2025-06-01' },
];

export const NON_DEADLINE_CASES: DeadlineCase[] = [
  { id: 'past-by', text: 'Inflation had fallen by September to four percent.', expect: [] },
  { id: 'plain-weekday', text: 'Mira Holt spoke to reporters on Tuesday.', expect: [] },
  { id: 'plain-year', text: 'The firm was founded in 2019.', expect: [] },
  { id: 'duration-no-cue', text: 'The strike lasted 120 days.', expect: [] },
  { id: 'forecast-by', text: 'The fleet of buses is on track to reach 50,000 by 2035.', expect: [] },
  { id: 'peaked-by', text: 'The outbreak peaked by the end of the year.', expect: [] },
  { id: 'by-percent', text: 'Prices rose by 10 percent in March.', expect: [] },
  { id: 'by-vote', text: 'The bill passed by a vote of 52 to 48 on Tuesday.', expect: [] },
  { id: 'by-past-close', text: "By Monday's close, shares had fallen 4 percent.", expect: [] },
  { id: 'over-period', text: 'Over a five-year period, sales doubled.', expect: [] },
  { id: 'during-period', text: 'Sales grew during a 90-day period last year.', expect: [] },
  { id: 'spent-period', text: 'The worker spent a 10-day stay in hospital in May.', expect: [] },
  { id: 'window-ended', text: 'The review period ended on Friday without objections.', expect: [] },
  { id: 'if-not-past', text: 'If prices had not risen by March, the bank would have cut rates.', expect: [] },
  { id: 'held-until', text: 'The truce held until Sunday.', expect: [] },
  { id: 'span-back', text: 'The firm used the past 18 months to rebuild.', expect: [] },
  { id: 'as-long-as', text: 'Fans queued as long as six hours to enter.', expect: [] },
  { id: 'range-start', text: 'She guessed that one-quarter to one-half of tenants would move.', expect: [] },
  { id: 'every-period', text: 'The fee will be reviewed every two years to keep up with costs.', expect: [] },
  { id: 'day-after-deadline', text: 'Friday is the day after the deadline.', expect: [] },
  { id: 'had-to-from', text: 'Drivers had to carry the old licence from 1 July.', expect: [] },
  { id: 'did-not-until', text: 'The plant did not reopen until March.', expect: [] },
  { id: 'due-to-be-scheduled', text: 'The report is due to be published in June.', expect: [] },
  { id: 'long-until-no-to', text: 'Mira Holt gave a long speech to the members of the council in the hall until Monday.', expect: [] },
  { id: 'plain-before', text: 'Mira Holt left the firm before May 28 to join a rival.', expect: [] },
  { id: 'ahead-of-no-obligation', text: 'Shares rose ahead of June 5 results.', expect: [] },
  { id: 'review-closed-past', text: 'The review, which began in March, closed on June 5.', expect: [] },
  { id: 'window-ended-aside', text: 'The truce, which held for weeks, ended on Friday.', expect: [] },
  { id: 'stayed-until', text: 'Mira Holt was allowed to stay until 2019, when she left.', expect: [] },
  { id: 'duration-from-past-no-to', text: 'Lorvan had 30 days from the start of the trial, and sales rose.', expect: [] },
  { id: 'by-after-past-aux-in-scope', text: 'The mill must report output, but sales had fallen by March.', expect: [] },
  { id: 'by-after-contrast', text: 'Ana Ruiz said the club must improve, while attendance fell by 2020.', expect: [] },
];
