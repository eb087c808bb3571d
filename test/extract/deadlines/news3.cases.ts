/**
 * Corpus tables for the deadline constructions met in fixtures/deadlines-dev3 (Wikinews, VOA and agency
 * news collected in session 7) and in the deadlines the tool predicted on the bench news (attribution-train,
 * no deadline gold): a ban that starts on a date, an extension requested until a date, a deadline label
 * naming what is due, a quoted deadline noun, and the wrong alarms of a span's first end and of a length
 * of stay. Invented sentences, reference date Friday 2031-03-14 (REF of classes.cases.ts); `expect` lists
 * [deadline text, value]; an empty list is a negative.
 */
import type { DeadlineClassCase } from './classes.cases.js';

export const NEWS3_TABLES: Record<string, DeadlineClassCase[]> = {
  'news 3: bans and obligations from a date': [
    { id: 'banned-on', text: 'Fireworks will be banned in all city parks on April 2.', expect: [['April 2', '2031-04-02']] },
    { id: 'mandatory-as-of', text: 'Helmets will be compulsory for all riders as of June 1.', expect: [['June 1', '2031-06-01']] },
    { id: 'neg-banned-on-past', text: 'Smoking was banned in bars on April 2, 2030.', expect: [] },
    { id: 'after-date-will-face', text: 'Drivers parking there after April 2 will face heavy fines.', expect: [['April 2', '2031-04-02']] },
    { id: 'neg-after-date-past', text: 'Those who stayed after November 1, 2030 were deported.', expect: [] },
    { id: 'from-fronted-measure', text: 'From Friday, screening will be carried out at all airports.', expect: [['Friday', '2031-03-14']] },
    { id: 'neg-starting-state', text: 'Starting Tuesday, the race for second place will be incredibly fierce.', expect: [] },
  ],
  'news 3: extensions and labels': [
    { id: 'extension-until', text: 'If growers need more time, they can request an extension until November 30.', expect: [['November 30', '2031-11-30']] },
    { id: 'label-deadline-for', text: 'Deadline for Receipt of Bids: May 7, 2031.', expect: [['May 7, 2031', '2031-05-07']] },
    { id: 'quoted-deadline-noun', text: 'Unions gave the ministry an end of the week "hard deadline" to answer.', expect: [['end of the week', '2031-W11']] },
  ],
  'news 3: wrong alarms': [
    { id: 'neg-between-start', text: 'The waiver covers tenants who have a rent deadline between May 1 and August 31.', expect: [] },
    { id: 'neg-years-to-those', text: 'The draft law would grant three years to those enrolled in apprenticeships.', expect: [] },
    { id: 'neg-at-the-earliest', text: 'Much of the money will not reach the states before September at the earliest.', expect: [] },
    { id: 'years-to-verb', text: 'The rule gives students two years to finish their courses.', expect: [['two years', '2033-03-14']] },
  ],
};
