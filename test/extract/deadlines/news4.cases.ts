/**
 * Corpus tables for the deadline constructions met in fixtures/deadlines-dev4 (VOA and agency news
 * collected in session 8) and in the deadlines the tool predicted on the bench news (attribution-train,
 * no deadline gold): a period that ends at a clock time on a day, and the wrong alarms of a self-set goal
 * and of a plan or forecast for "the next" span. Invented sentences, reference date Friday 2031-03-14 (REF
 * of classes.cases.ts); `expect` lists [deadline text, value]; an empty list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS4_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 4: ends at a clock time on a day': [
    { id: 'close-at-clock-comma-zone', text: 'The trapping season will close at 6 p.m., local time, on March 31.', expect: [['6 p.m., local time, on March 31', '2031-03-31']] },
    { id: 'run-until-clock-zone-on', text: 'The lottery will run until 9 a.m. Pacific Standard Time on Friday, May 2.', expect: [['9 a.m. Pacific Standard Time on Friday, May 2', '2031-05-02']] },
    { id: 'neg-close-at-bare-clock', text: 'The museum will close at 5 p.m. for the holiday.', expect: [] },
  ],
  'news 4: goals and plans are no limits': [
    { id: 'neg-goal-of-by', text: 'The ministry has set a national goal of vaccinating every child by Christmas.', expect: [] },
    { id: 'neg-target-of-by', text: 'The province will miss its target of a 60 percent cut in emissions by 2040.', expect: [] },
    { id: 'neg-attempt-to-by', text: 'The charity plans to raise $3 million in an attempt to wipe out the pest by 2045.', expect: [] },
    { id: 'effort-with-deadline', text: 'In an effort to meet the deadline, the firm will file its plan by May 1.', expect: [['May 1', '2031-05-01']] },
    { id: 'goal-with-duty', text: 'The goal is clear: every clinic must file its figures by April 30.', expect: [['April 30', '2031-04-30']] },
    { id: 'neg-will-in-the-next', text: 'New campaign ads will hit the airwaves in the next two months.', expect: [] },
    { id: 'must-in-the-next', text: 'The carriers must replace the faulty parts in the next 60 days.', expect: [['in the next 60 days', '2031-05-13']] },
    { id: 'neg-expected-in-the-next-to', text: 'The league is expected in the next six weeks to name a new coach.', expect: [] },
    { id: 'neg-hedged-by', text: 'The council is expected to back the plan, potentially opening the new bridge by the end of the year.', expect: [] },
    { id: 'hedge-after-duty', text: 'The agency must publish the rule by June 30, possibly sooner.', expect: [['June 30', '2031-06-30']] },
  ],
};
