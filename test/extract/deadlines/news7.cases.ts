/**
 * Deadline classes of session 18, first seen in the wikinews dev sets and confirmed in other public texts
 * (wire reports of ultimatums and strike threats, FEMA registration releases, a county election notice):
 * a condition that names its limit ("unless ... before Friday", "if there is no progress by noon Sunday"),
 * the last day told by a clause ("Wednesday is the last day claims will be taken"), and an occasion that is
 * no span to act in ("will be a day to honour"). Invented sentences, reference date Friday 2031-03-14 (REF of
 * classes.cases.ts); `expect` lists [deadline text, value]; an empty list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS7_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 7: a condition that names its limit': [
    { id: 'unless-before', text: 'The nurses will walk out unless the hospital board agrees before Tuesday to reopen talks.', expect: [['Tuesday', '2031-03-18']] },
    { id: 'if-there-is-no-by', text: 'The league will widen its boycott if there is no progress by noon Sunday.', expect: [['noon Sunday', '2031-03-16']] },
    { id: 'neg-unless-comma', text: 'Unless the weather turns, the fans were to march on Monday.', expect: [] },
  ],
  'news 7: the last day told by a clause': [
    { id: 'last-day-clause', text: 'Wednesday is the last day storm claims will be taken at the county office.', expect: [['Wednesday', '2031-03-19']] },
    { id: 'last-date-clause', text: 'April 2 is the final date members can vote by mail.', expect: [['April 2', '2031-04-02']] },
    { id: 'last-day-weekday-ahead', text: 'Wednesday is the last day to sign up for the bus pass.', expect: [['Wednesday', '2031-03-19']] },
    { id: 'neg-last-day-past', text: 'June 2 was the last day he worked at the mill.', expect: [] },
    { id: 'neg-last-day-of', text: 'Friday is the last day of the county fair.', expect: [] },
  ],
  'news 7: an occasion is no span to act in': [
    { id: 'neg-occasion-copula', text: 'The mayor spoke of the new holiday: "Today is a day to honour the founders." It was a week to remember, she added.', expect: [] },
    { id: 'has-a-day-kept', text: 'The firm has a day to respond to the regulator.', expect: [['a day', '2031-03-15']] },
  ],
  'news 7: a weekday something was to happen on, told in a report': [
    { id: 'were-to-expire-weekday-past', text: 'Crews kept digging as the deadline on the dig permit was to lapse on Tuesday.', expect: [['Tuesday', '2031-03-11']] },
    { id: 'is-to-expire-weekday-ahead', text: 'Crews keep digging, and the deadline on the dig permit is to lapse on Tuesday.', expect: [['Tuesday', '2031-03-18']] },
  ],
  'news 7: a restrictive measure that starts on a date': [
    { id: 'curfew-imposed-from', text: 'A night curfew will be imposed from Tuesday in the river towns.', expect: [['Tuesday', '2031-03-18']] },
    { id: 'checks-reintroduced-on', text: 'Officials said border checks would be reintroduced on April 2.', expect: [['April 2', '2031-04-02']] },
    { id: 'neg-curfew-imposed-past', text: 'A curfew was imposed on March 8 after the riots.', expect: [] },
    { id: 'neg-restrictions-eased', text: 'The restrictions will be eased on Monday.', expect: [] },
  ],
};
