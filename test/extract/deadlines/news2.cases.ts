/**
 * Corpus tables for the deadline constructions met in fixtures/deadlines-dev2 and in the deadlines the
 * tool predicted on the bench news (attribution-train, no deadline gold): "within N days" narrated in the
 * past (a wrong alarm), a date in a clause that only follows the deadline noun, a promise or a plan named
 * by a noun, a weekday that names a deadline told in the past. Invented sentences, reference date Friday
 * 2031-03-14 (REF of classes.cases.ts); `expect` lists [deadline text, value]; an empty list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS2_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 2: within a span': [
    { id: 'ordered-to-file-within', text: 'The judge ordered the state to file its changes within 21 days.', expect: [['21 days', null]] },
    { id: 'would-answer-within', text: 'The ministry said it would answer within a week.', expect: [['a week', '2031-03-21']] },
    { id: 'neg-past-within-hours', text: 'Organizers said there were a million messages with the tag within 24 hours.', expect: [] },
    { id: 'neg-fronted-within-past', text: 'Within a month, however, the scheme was facing criticism from parents.', expect: [] },
    { id: 'neg-two-year-delay', text: 'The council appears ready to approve a one-year delay of the parking levy.', expect: [] },
    { id: 'review-period-window', text: 'The regulator opened a 45-day review period.', expect: [['45-day', null]] },
    { id: 'neg-forecast-within', text: 'Traders give a slim chance that the river will flood within a week.', expect: [] },
    { id: 'neg-prediction-within', text: 'She stood by her prediction that prices would fall within a year.', expect: [] },
    { id: 'must-within-despite-forecast', text: 'Despite the forecast, the agency must issue its warnings within 24 hours.', expect: [['24 hours', null]] },
    { id: 'neg-wrecked-within', text: 'Critics said the planners wrecked the budget within three years.', expect: [] },
  ],
  'news 2: after a deadline noun': [
    { id: 'deadline-is-now', text: 'The deadline to apply for 2030 and 2031 expenses is now Feb. 4, 2032.', expect: [['Feb. 4, 2032', '2032-02-04']] },
    { id: 'new-deadline-no-verb', text: 'The agency extended the period, making the new deadline for public comment September 24.', expect: [['September 24', '2031-09-24']] },
    { id: 'neg-deadline-that-clause', text: 'The charity will disclose before the deadline that it spent less in the final quarter of the year.', expect: [] },
    { id: 'neg-deadline-fiscal-year', text: 'The deadline extension applies only to eligible applicants under the FY 2031 competition.', expect: [] },
  ],
  'news 2: promises, plans, named deadlines': [
    { id: 'promise-to-by', text: 'The governor repeated her promise to close the camp by August 31.', expect: [['August 31', '2031-08-31']] },
    { id: 'plans-for-by', text: 'Critics say the move serves his plans for a no-deal exit by October 31.', expect: [['October 31', '2031-10-31']] },
    { id: 'weekday-deadline-told-past', text: 'The official said negotiators remained committed to the Tuesday deadline.', expect: [['Tuesday', '2031-03-18']] },
    { id: 'no-ref-as-of-must', text: 'As of midnight November 4, businesses must stop buying the oil.', expect: [['midnight November 4', 'XXXX-11-04']], noRef: true },
    { id: 'no-ref-allow-until', text: 'The notice allows these applicants more time, until August 16, 2031, to apply.', expect: [['August 16, 2031', '2031-08-16']], noRef: true },
    { id: 'neg-no-ref-as-of-past', text: 'As of November 4, the firms had stopped buying the oil.', expect: [], noRef: true },
    { id: 'headline-weekday-deadline', text: 'Congress Faces Friday Deadline to Avert Shutdown', expect: [['Friday', '2031-03-14']] },
    { id: 'neg-headline-weekday-name', text: 'Network Hosts Capital Week Sunday Edition Again', expect: [] },
    { id: 'neg-kept-promise-past', text: 'She kept her promise to visit, and the bridge was finished by August 31, 2030.', expect: [] },
  ],
  'news 2: votes are schedules': [
    { id: 'ballots-by-election', text: 'Mail ballots must be received by the Nov. 8 election.', expect: [['Nov. 8', '2031-11-08']] },
    { id: 'neg-before-election', text: 'The new radio ads will likely not air until days before the Oct. 3 election.', expect: [] },
    { id: 'neg-holding-contests', text: 'The governor hopes to gain ground in the provinces holding primaries on or before June 4.', expect: [] },
  ],
};
