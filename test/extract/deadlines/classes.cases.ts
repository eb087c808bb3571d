/**
 * Corpus tables per failure class of issue 15 (deadlines): invented sentences, reference date Friday
 * 2031-03-14. `expect` lists [deadline text, value]; an empty list is a negative case (no deadline).
 */
export interface DeadlineClassCase {
  id: string;
  text: string;
  expect: Array<[string, string | null]>;
}

export const REF = '2031-03-14';

export const CLASS_TABLES: Record<string, DeadlineClassCase[]> = {
  clock: [
    { id: 'by-pm-on', text: 'Applicants must submit forms by 5 p.m. on April 2.', expect: [['5 p.m. on April 2', '2031-04-02']] },
    { id: 'expires-midnight', text: 'The truce expires at midnight on Thursday.', expect: [['midnight on Thursday', '2031-03-20']] },
    { id: 'deadline-dash-clock', text: 'Filers who face the April 15 deadline – midnight tomorrow – should act now.', expect: [['April 15', '2031-04-15'], ['midnight tomorrow', '2031-03-15']] },
    { id: 'enforce-from-through', text: 'The Coast Guard will enforce the zone from 9 p.m. on July 4 through 1 a.m. on July 5.', expect: [['9 p.m. on July 4', '2031-07-04'], ['1 a.m. on July 5', '2031-07-05']] },
    { id: 'neg-clock-event', text: 'The concert started at 8 p.m. on Friday.', expect: [] },
  ],
  window: [
    { id: 'period-scheduled-close', text: 'The comment period, which opened in March, is scheduled to close on May 30.', expect: [['May 30', '2031-05-30']] },
    { id: 'period-will-now-close', text: 'With the extension, the comment period will now close on August 16.', expect: [['August 16', '2031-08-16']] },
    { id: 'polls-close', text: 'Polls close at 8 p.m. on April 4.', expect: [['8 p.m. on April 4', '2031-04-04']] },
    { id: 'neg-period-ended', text: 'The review period ended on Friday without objections.', expect: [] },
  ],
  due: [
    { id: 'on-or-before', text: 'Reply comments are due on or before December 17, 2031.', expect: [['December 17, 2031', '2031-12-17']] },
    { id: 'imperative-by', text: 'Submit written comments by January 24, 2032.', expect: [['January 24, 2032', '2032-01-24']] },
    { id: 'label-colon', text: 'New Comment Date: April 22, 2031', expect: [['April 22, 2031', '2031-04-22']] },
    { id: 'before-comma-deadline', text: 'Return the forms before the Monday, June 2, 2031, deadline.', expect: [['Monday, June 2, 2031', '2031-06-02']] },
    { id: 'as-the-compliance-date', text: 'The agency is setting January 1, 2033, as the uniform compliance date.', expect: [['January 1, 2033', '2033-01-01']] },
    { id: 'neg-storm-date', text: 'Storm date: March 3, 2031', expect: [] },
    { id: 'neg-imperative-past', text: 'File cabinets were moved by January 24.', expect: [] },
  ],
  'until and expiry': [
    { id: 'valid-through', text: 'These permits are currently valid through March 9, 2032.', expect: [['March 9, 2032', '2032-03-09']] },
    { id: 'remain-closed-through', text: 'The fishery will remain closed for the rest of the year through December 31, 2031.', expect: [['December 31, 2031', '2031-12-31']] },
    { id: 'allows-until', text: 'The rule allows the old valves to be used until 2033.', expect: [['2033', '2033']] },
    { id: 'expiration-date', text: 'The agency will issue new cards with a May 2, 2032 expiration date.', expect: [['May 2, 2032', '2032-05-02']] },
    { id: 'neg-past-allowed', text: 'Mira Holt was allowed to stay until 2019, when she left.', expect: [] },
    { id: 'neg-covers', text: 'The report covers activity from April 1 through June 30.', expect: [] },
  ],
  extension: [
    { id: 'postponing-until', text: 'The agency is generally postponing deadlines until Sept. 30, 2032.', expect: [['Sept. 30, 2032', '2032-09-30']] },
    { id: 'extending-long', text: 'The agency is extending the comment period on the rule, which was scheduled to close on May 30, 2031, until August 16, 2031.', expect: [['May 30, 2031', '2031-05-30'], ['August 16, 2031', '2031-08-16']] },
    { id: 'extending-through', text: 'The office is extending the validity of the cards for six more months, through September 9, 2031.', expect: [['September 9, 2031', '2031-09-09']] },
  ],
  effective: [
    { id: 'closes-on', text: 'The agency closes the recreational sector on June 20, 2031.', expect: [['June 20, 2031', '2031-06-20']] },
    { id: 'effective-from-until', text: 'This rule is effective from February 9, 2031 until February 16, 2031.', expect: [['February 9, 2031', '2031-02-09'], ['February 16, 2031', '2031-02-16']] },
    { id: 'neg-closed-past', text: 'The mill closed its doors on June 20.', expect: [] },
  ],
  duration: [
    { id: 'weeks-left', text: 'There are only three weeks left to apply for assistance.', expect: [['only three weeks', '2031-04-04']] },
    { id: 'deadline-away', text: 'Application Deadline Three Weeks Away', expect: [['Three Weeks', '2031-04-04']] },
    { id: 'no-later-than-from-publication', text: 'The agency will act no later than 120 days from the date of publication of this notice.', expect: [['120 days', '2031-07-12']] },
    { id: 'months-to-comply', text: 'Lenders will get 18 months to comply.', expect: [['18 months', '2032-09-14']] },
    { id: 'days-after-date', text: 'Firms must respond within 30 days after June 1, 2031.', expect: [['30 days', '2031-07-01']] },
    { id: 'neg-past-duration', text: 'The strike lasted 120 days.', expect: [] },
    { id: 'neg-weeks-later', text: 'Three weeks later, the storm hit.', expect: [] },
  ],
};
