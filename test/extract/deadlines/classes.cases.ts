/**
 * Corpus tables per failure class of issue 15 (deadlines): invented sentences, reference date Friday
 * 2031-03-14. `expect` lists [deadline text, value]; an empty list is a negative case (no deadline).
 * A past effective date ("took effect in January") is a past fact, not a deadline, as the fixtures' gold
 * counts it (the issue lists it among effective-date phrasings; the fixtures decide).
 */
export interface DeadlineClassCase {
  id: string;
  text: string;
  expect: Array<[string, string | null]>;
  /** the text has no known publication date (the reference date is absent) */
  noRef?: true;
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
  sameDay: [
    { id: 'restated-day', text: 'Growers must register their wells by June 3. Note that June 3 falls on a Tuesday this year.', expect: [['June 3', '2031-06-03'], ['June 3', '2031-06-03']] },
    { id: 'neg-other-month', text: 'Growers must register their wells by June 3. Rainfall was heavy in June.', expect: [['June 3', '2031-06-03']] },
    { id: 'neg-weekday-not-restated', text: 'The mill must close by Tuesday, March 18. The owners met on Tuesday.', expect: [['Tuesday, March 18', '2031-03-18']] },
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
    { id: 'valid-through', text: 'The harbor passes stay valid through March 9, 2032.', expect: [['March 9, 2032', '2032-03-09']] },
    { id: 'remain-closed-through', text: 'The fishery will remain closed for the rest of the year through December 31, 2031.', expect: [['December 31, 2031', '2031-12-31']] },
    { id: 'allows-until', text: 'The rule allows the old valves to be used until 2033.', expect: [['2033', '2033']] },
    { id: 'expiration-date', text: 'The agency will issue new cards with a May 2, 2032 expiration date.', expect: [['May 2, 2032', '2032-05-02']] },
    { id: 'set-to-expire', text: 'The lease is set to expire on June 30.', expect: [['June 30', '2031-06-30']] },
    { id: 'program-ends', text: 'The program ends at midnight on April 15.', expect: [['midnight on April 15', '2031-04-15']] },
    { id: 'due-to-retire', text: 'The satellite is due to retire in 2033.', expect: [['2033', '2033']] },
    { id: 'end-of-life', text: 'The operating system reaches end of life on October 14.', expect: [['October 14', '2031-10-14']] },
    { id: 'neg-due-to-launch', text: 'The satellite is due to launch in 2033.', expect: [] },
    { id: 'neg-past-allowed', text: 'Mira Holt was allowed to stay until 2019, when she left.', expect: [] },
    { id: 'neg-covers', text: 'The report covers activity from April 1 through June 30.', expect: [] },
  ],
  extension: [
    { id: 'postponing-until', text: 'The agency is generally postponing deadlines until Sept. 30, 2032.', expect: [['Sept. 30, 2032', '2032-09-30']] },
    { id: 'extending-long', text: 'The agency is extending the comment period on the rule, which was scheduled to close on May 30, 2031, until August 16, 2031.', expect: [['May 30, 2031', '2031-05-30'], ['August 16, 2031', '2031-08-16']] },
    { id: 'six-week-extension', text: 'The court granted a six-week extension.', expect: [['six-week', null]] },
    { id: 'on-hold-for', text: 'Regulators put the rule on hold for 90 days.', expect: [['90 days', '2031-06-12']] },
    { id: 'extended-for-another', text: 'The White House will extend the pause for another 60 days.', expect: [['60 days', '2031-05-13']] },
    { id: 'neg-discussed-for', text: 'Regulators discussed the rule for 90 days.', expect: [] },
    { id: 'extending-through', text: 'The office is extending the validity of the cards for six more months, through September 9, 2031.', expect: [['September 9, 2031', '2031-09-09']] },
  ],
  effective: [
    { id: 'closes-on', text: 'The agency closes the recreational sector on June 20, 2031.', expect: [['June 20, 2031', '2031-06-20']] },
    { id: 'effective-from-until', text: 'This rule is effective from February 9, 2031 until February 16, 2031.', expect: [['February 9, 2031', '2031-02-09'], ['February 16, 2031', '2031-02-16']] },
    { id: 'neg-took-effect', text: 'The levy took effect in January.', expect: [] },
    { id: 'neg-went-into-effect', text: 'The curfew went into effect on Jan. 1.', expect: [] },
    { id: 'neg-has-taken-effect', text: 'The rule has taken effect in February, the ministry said.', expect: [] },
    { id: 'neg-came-into-force', text: 'The treaty came into force in February.', expect: [] },
    { id: 'neg-became-effective', text: 'The statute became effective March 1.', expect: [] },
    { id: 'wont-until', text: "The law won't go into effect until May 2.", expect: [['May 2', '2031-05-02']] },
    { id: 'take-effect-in-months', text: 'The rules will take effect in nine months.', expect: [['nine months', '2031-12-14']] },
    { id: 'as-of-will', text: 'As of Sunday, sales of the drug will be prohibited.', expect: [['Sunday', '2031-03-16']] },
    { id: 'beginning-must', text: 'Beginning April 1, carriers must report outages.', expect: [['April 1', '2031-04-01']] },
    { id: 'neg-closed-past', text: 'The mill closed its doors on June 20.', expect: [] },
    { id: 'neg-as-of-current', text: 'The following information is current as of March 13.', expect: [] },
    { id: 'neg-beginning-past', text: 'Beginning March 1, sales fell sharply.', expect: [] },
  ],
  duration: [
    { id: 'weeks-left', text: 'There are only three weeks left to apply for assistance.', expect: [['only three weeks', '2031-04-04']] },
    { id: 'deadline-away', text: 'Application Deadline Three Weeks Away', expect: [['Three Weeks', '2031-04-04']] },
    { id: 'no-later-than-from-publication', text: 'The agency will act no later than 120 days from the date of publication of this notice.', expect: [['120 days', '2031-07-12']] },
    { id: 'months-to-comply', text: 'Lenders will get 18 months to comply.', expect: [['18 months', '2032-09-14']] },
    { id: 'days-after-date', text: 'Firms must respond within 30 days after June 1, 2031.', expect: [['30 days', '2031-07-01']] },
    { id: 'has-before', text: 'The company has 10 days before the order takes effect.', expect: [['10 days', '2031-03-24']] },
    { id: 'in-no-case', text: 'The agency must act in no case more than 30 days after the filing.', expect: [['more than 30 days', '2031-04-13']] },
    { id: 'phase-out-over', text: 'The plan phases out the subsidies over five years.', expect: [['over five years', '2036-03-14']] },
    { id: 'neg-past-duration', text: 'The strike lasted 120 days.', expect: [] },
    { id: 'neg-weeks-later', text: 'Three weeks later, the storm hit.', expect: [] },
  ],
  'not deadlines': [
    { id: 'forecast-within', text: 'Supplies could run out within a year, analysts said.', expect: [] },
    { id: 'projected-reach-by', text: 'The agency projects that landings will reach the catch target by June 20, 2031.', expect: [] },
    { id: 'ruled-late-friday', text: 'A judge ruled late Friday that the ban was lawful.', expect: [] },
    { id: 'expected-decision', text: 'A decision is expected by June.', expect: [] },
    { id: 'still-a-deadline', text: 'Suppliers must restock within a year.', expect: [['a year', '2032-03-14']] },
  ],
};
