/**
 * Corpus tables for the deadline constructions met in fixtures/deadlines-dev5 (VOA and US federal texts
 * annotated blind in session 15) and confirmed in a second text elsewhere (wikinews-dev10, public USDA
 * and news pages): the end of a window in which applications are taken, a deadline noun or a due-date noun
 * with a long subject before its copula, a deadline that runs out, told afterwards, and a span that says how near an event came ("struck within 24 hours of the filing deadline", wikinews-dev5 and -dev10). Invented sentences,
 * reference date Friday 2031-03-14 (REF of classes.cases.ts); `expect` lists [deadline text, value]; an empty
 * list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS5_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 5: the end of an acceptance window': [
    { id: 'accept-from-to', text: 'The county will accept grant applications from May 3 to June 30.', expect: [['June 30', '2031-06-30']] },
    { id: 'accept-two-dates-through', text: 'The port will take bids April 2, 2031 through May 9, 2031.', expect: [['May 9, 2031', '2031-05-09']] },
    { id: 'accept-long-name-no-ref', text: 'The agency will accept applications for the Rural Water Repair and Pump Grant program (RWRPG) from July 8 to September 30, 2031.', expect: [['September 30, 2031', '2031-09-30']], noRef: true },
    { id: 'neg-accepted-past', text: 'The county accepted grant applications from May 3 to June 30 last year.', expect: [] },
    { id: 'neg-was-accepting', text: 'The county was accepting applications from January 3 to February 28.', expect: [] },
  ],
  'news 5: a deadline noun with a long subject': [
    { id: 'deadline-to-long-is', text: 'The deadline to phone the toll-free hotline and sign up for state and federal storm aid is May 2.', expect: [['May 2', '2031-05-02']] },
    { id: 'effective-date-section-which', text: 'The effective date for the changes to 40 CFR 112.7, which requires tank owners to test their valves every year and to keep the records on site, is June 1, 2031.', expect: [['June 1, 2031', '2031-06-01']] },
    { id: 'neg-deadline-then-other-clause', text: 'The deadline for the first round of grants passed quietly, and the next board meeting is May 2.', expect: [] },
  ],
  'news 5: a deadline that runs out, told afterwards': [
    { id: 'ultimatums-were-to-expire', text: 'Talks went on as ultimatums from the rebels to the army and to the police were to expire on March 13.', expect: [['March 13', '2031-03-13']] },
    { id: 'deadline-set-expired-at', text: 'The union said a deadline it had given the owners of the three coastal mills expired on March 2.', expect: [['March 2', '2031-03-02']] },
    { id: 'neg-deadline-then-talks-resume', text: 'The deadline passed, and the talks were to resume on March 13.', expect: [] },
  ],
  'news 5: how near an event came is no limit': [
    { id: 'neg-struck-within-of', text: 'As the gale hit within two days of the tax cutoff, the office let late filers off.', expect: [] },
    { id: 'neg-was-within-of', text: 'Our ferry got within two miles of the harbour before it turned back.', expect: [] },
    { id: 'ordered-within-of', text: 'The convoy was ordered to leave within an hour of the vote.', expect: [['an hour', null]] },
    { id: 'must-within-of', text: 'Objections must reach the clerk within 10 days of the hearing.', expect: [['10 days', '2031-03-24']] },
  ],
  'news 5: days that are not the limit (deadlines-dev6 and an earlier set)': [
    { id: 'neg-ultimatum-given-day', text: 'Under a deadline handed to the rival camps Tuesday, the envoys said the militia must leave the port by Saturday.', expect: [['Saturday', '2031-03-15']] },
    { id: 'neg-issued-ultimatum-day', text: 'The junta announced a two-day ultimatum Sunday, telling traders to leave the market.', expect: [['two-day', '2031-03-16']] },
    { id: 'deadline-of-day-kept', text: 'The envoys gave the militia a deadline of Tuesday to leave.', expect: [['Tuesday', '2031-03-18']] },
    { id: 'neg-projection-same-day', text: 'The agency has determined its crab allowance will run out by June 20, 2031. Therefore, the agency closes the crab fishery on June 20, 2031.', expect: [['June 20, 2031', '2031-06-20']] },
    { id: 'neg-election-day-same-day', text: 'The district holds a special general election for the empty seat on Tuesday, May 6, 2031. Voters in the May 6 special general election should note these dates. Mail votes must carry a postmark no later than Tuesday, May 6, 2031.', expect: [['Tuesday, May 6, 2031', '2031-05-06']] },
  ],
};
