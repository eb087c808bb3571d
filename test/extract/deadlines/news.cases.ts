/**
 * Corpus tables for the deadline constructions of unseen news (deadlines.md): things that last or stay
 * until a date, "will/must ... by" a relative date, a past deadline, a date in a quote that sets a limit,
 * rescheduled events. Invented sentences, reference date Friday 2031-03-14 (REF of classes.cases.ts);
 * `expect` lists [deadline text, value]; an empty list is a negative case. Counter-examples: an "until"
 * of duration ("stayed open until 9 p.m. last night"), a forecast quantity, a past span.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS_TABLES: Record<string, DeadlineClassCase[]> = {
  'news: until a date': [
    { id: 'shutdown-extended-until', text: 'The governor extended the shutdown until Saturday.', expect: [['Saturday', '2031-03-15']] },
    { id: 'extended-until-past-telling', text: 'The state of emergency was extended until June 30.', expect: [['June 30', '2031-06-30']] },
    { id: 'custody-until-court-date', text: 'The suspect will be held in custody until his next court date on April 2.', expect: [['April 2', '2031-04-02']] },
    { id: 'ballots-accepted-until', text: 'Mail ballots will be accepted until March 31.', expect: [['March 31', '2031-03-31']] },
    { id: 'stays-in-place-until', text: 'The curfew stays in place until Monday.', expect: [['Monday', '2031-03-17']] },
    { id: 'grounded-until', text: 'All flights will be grounded until March 20.', expect: [['March 20', '2031-03-20']] },
    { id: 'not-reconvene-prior-to', text: 'I do not expect the House to reconvene prior to April 20.', expect: [['April 20', '2031-04-20']] },
    { id: 'will-run-out-of-money-on', text: 'The government will run out of money on Oct. 1 unless Congress acts.', expect: [['Oct. 1', '2031-10-01']] },
    { id: 'ordered-close-starting', text: 'The mayor ordered all bars to close at 10 p.m. starting Monday.', expect: [['Monday', '2031-03-17']] },
    { id: 'neg-ran-out-of-money', text: 'The city ran out of money on March 2, 2030.', expect: [] },
    { id: 'neg-stayed-open-last-night', text: 'The store stayed open until 9 p.m. last night.', expect: [] },
    { id: 'neg-held-post-until', text: 'She held the post until 2011.', expect: [] },
    { id: 'neg-custody-past-trial', text: 'He was held in custody until his trial on April 2, 2019, when he was acquitted.', expect: [] },
    { id: 'neg-could-not-start-before', text: 'Production could not start before 2033, the institute said.', expect: [] },
  ],
  'news: by a date': [
    { id: 'by-this-coming-friday', text: 'The company must respond by this coming Friday.', expect: [['coming Friday', '2031-03-21']] },
    { id: 'will-finish-by', text: 'The contractor will finish the bridge by June.', expect: [['June', '2031-06']] },
    { id: 'will-be-removed-by-clock', text: 'All petitions will be removed by 5 p.m. on Wednesday, April 2.', expect: [['5 p.m. on Wednesday, April 2', '2031-04-02']] },
    { id: 'not-later-than-fronted', text: 'Not later than APRIL 3, 2031, any request must be presented as a motion.', expect: [['APRIL 3, 2031', '2031-04-03']] },
    { id: 'deadline-was-last-week', text: 'The deadline to register was last week.', expect: [['last week', '2031-W10']] },
    { id: 'quote-need-by', text: '"We need an answer by Monday," the mayor said.', expect: [['Monday', '2031-03-17']] },
    { id: 'neg-will-reach-by', text: 'Analysts say exports will reach a record by June.', expect: [] },
    { id: 'neg-storm-weaken-by', text: 'Forecasters say the storm will weaken by Tuesday.', expect: [] },
    { id: 'neg-need-had-grown', text: 'The lead they need had grown by March.', expect: [] },
  ],
  'news: rescheduled': [
    { id: 'rescheduled-to', text: 'The state rescheduled its primary to June 2.', expect: [['June 2', '2031-06-02']] },
    { id: 'rescheduled-for', text: 'The summit has been rescheduled for October 10.', expect: [['October 10', '2031-10-10']] },
    { id: 'moved-to', text: 'The trial, originally set for May, was moved to September.', expect: [['September', '2031-09']] },
    { id: 'was-expected-to-end-past', text: 'The state of emergency was expected to end on December 15, but it was extended by two weeks.', expect: [['December 15', '2030-12-15']] },
    { id: 'neg-moved-to-place', text: 'He was moved to intensive care on Monday.', expect: [] },
    { id: 'neg-scheduled-event', text: 'The final debate is still scheduled for October 22.', expect: [] },
  ],
  'news: wrong alarms': [
    { id: 'deadline-originally', text: 'The deadline, originally April 1, was extended to May 15.', expect: [['April 1', '2031-04-01'], ['May 15', '2031-05-15']] },
    { id: 'neg-person-suspended', text: 'The striker was suspended for three weeks after the match.', expect: [] },
    { id: 'neg-cutoff-set-in', text: 'The old cutoff for the grant, set in 2009, was $40,000.', expect: [] },
    { id: 'neg-deadline-comma-past', text: 'Despite a brief extension of the deadline, the measure died on May 31, 2019.', expect: [] },
    { id: 'neg-child-due', text: 'He and his wife are expecting twins, due next spring.', expect: [] },
    { id: 'neg-must-be-after', text: 'You must be tired after this week.', expect: [] },
    { id: 'neg-expected-generate', text: 'The merged firm is expected to generate $4 billion in revenue by 2033.', expect: [] },
    { id: 'neg-wont-vote-until', text: "Voters there won't vote until June.", expect: [] },
    { id: 'neg-hope-one-day', text: 'Researchers hope one day to grow new teeth.', expect: [] },
    { id: 'neg-over-next-days-to', text: 'He will meet the board over the next few days to resolve the dispute.', expect: [] },
  ],
};
