/**
 * Deadline classes of session 17, first seen in deadlines-dev6 or wikinews-dev7 and confirmed in other
 * public texts (county office and election date lists, Federal Register comment notices, news headlines):
 * a line of a list of dates headed by its day ("May 4: Last day to ...", "Nov. 4 to Jan. 20: ... Signup
 * Period"), a headline weekday one word before "Deadline", a consequence on a date if someone fails to act.
 * Invented sentences, reference date Friday 2031-03-14 (REF of classes.cases.ts); `expect` lists [deadline
 * text, value]; an empty list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS6_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 6: a line of a list of dates': [
    { id: 'list-last-day', text: 'County office dates\n\nMay 4: Last day to send in storm relief claims\n', expect: [['May 4', '2031-05-04']] },
    { id: 'list-dash-deadline', text: 'County office dates\n\nOct. 9 — Pasture survey deadline\n', expect: [['Oct. 9', '2031-10-09']] },
    { id: 'list-window-end', text: 'County office dates\n\nNov. 4 to Jan. 20: Orchard Replanting Signup Period\n', expect: [['Jan. 20', '2032-01-20']] },
    { id: 'list-coming-year', text: 'County office dates\n\nJan. 9: 2032 Orchard Acreage Reporting Deadline\n', expect: [['Jan. 9', '2032-01-09']] },
    { id: 'list-recent-day-kept', text: 'County office dates\n\nMarch 2: Last day of the hay signup\n', expect: [['March 2', '2031-03-02']] },
    { id: 'neg-list-first-day', text: 'County office dates\n\nMay 5: First day to send in storm relief claims\n\nOct. 10 — Pasture survey signup begins\n', expect: [] },
    { id: 'neg-list-no-window', text: 'County office dates\n\nNov. 4 to Jan. 20: Winter market hours at the fairground\n', expect: [] },
    { id: 'neg-label-year', text: 'Reporting deadline: 2032.', expect: [['2032', '2032']] },
  ],
  'news 6: a headline weekday before a deadline noun': [
    { id: 'headline-weekday-noun-deadline', text: 'Lenders Face Monday Payment Deadline\nBanks must repay the loans soon.', expect: [['Monday', '2031-03-17']] },
    { id: 'neg-weekday-in-show-name', text: 'She hosts Capital Week Sunday Edition for the network.', expect: [] },
  ],
  'news 6: a consequence on a date if someone fails to act': [
    { id: 'will-on-if-fails', text: 'The rebels will quit the truce on Tuesday if the army fails to pull back.', expect: [['Tuesday', '2031-03-18']] },
    { id: 'will-on-if-not', text: 'The workers will walk out on Monday if the company does not raise wages.', expect: [['Monday', '2031-03-17']] },
    { id: 'neg-if-weather', text: 'The fans will march on Tuesday if the weather holds.', expect: [] },
  ],
  'news 6: a measure that starts or a budget that runs out': [
    { id: 'ban-enforced-on', text: 'The ban on street vending will be enforced on April 2.', expect: [['April 2', '2031-04-02']] },
    { id: 'pay-for-through', text: 'The stopgap bill will only pay for agency operations through May 9.', expect: [['May 9', '2031-05-09']] },
    { id: 'neg-ban-enforced-past', text: 'The ban on street vending was enforced on March 2.', expect: [] },
    { id: 'closure-clock-zone-day', text: 'The agency is closing the sole fishery, effective 1200 hrs, Bering local time (B.l.t.), March 20, 2031.', expect: [['1200 hrs, Bering local time (B.l.t.), March 20, 2031', '2031-03-20']] },
  ],
  'news 6: a vote named by a possessive date': [
    { id: 'neg-possessive-vote', text: 'Friday is the deadline for club members to sign up as voters in next year\u2019s county elections.', expect: [['Friday', '2031-03-14']] },
  ],
  'news 6: days that name an incident or a forecast': [
    { id: 'neg-incident-span-in-deadline-sentence', text: 'The deadline for survivors of the March 2-6 floods and landslides to seek aid is April 30.', expect: [['April 30', '2031-04-30']] },
    { id: 'neg-warning-applies-from', text: 'The gale warnings apply from Saturday night into Sunday morning.', expect: [] },
    { id: 'rules-apply-from', text: 'The new parking rules apply from April 1.', expect: [['April 1', '2031-04-01']] },
  ],
  'news 6: goals, posts and moved events are no limits': [
    { id: 'neg-meet-goal-by', text: 'The minister believes the country can meet that target by 2040.', expect: [] },
    { id: 'neg-remain-post-until', text: 'She will remain chief executive until next year.', expect: [] },
    { id: 'remain-shut-until', text: 'The border will remain shut until Monday.', expect: [['Monday', '2031-03-17']] },
    { id: 'neg-briefings-moved', text: 'The prelaunch briefings have moved to Tuesday, and the rocket launch was pushed back to Friday.', expect: [] },
    { id: 'deadline-moved-kept', text: 'The filing deadline for the launch grants was pushed back to Friday.', expect: [['Friday', '2031-03-14']] },
  ],
  'news 6: a number with its digits in parentheses': [
    { id: 'no-later-than-paren-days', text: 'All objections must be filed no later than thirty (30) days after the date of this notice.', expect: [['thirty (30) days', '2031-04-13']] },
  ],
};
