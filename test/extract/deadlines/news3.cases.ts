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
    { id: 'banned-on', text: 'Smoking will be banned in enclosed public places on April 2.', expect: [['April 2', '2031-04-02']] },
    { id: 'mandatory-as-of', text: 'Helmets will be compulsory for all riders as of June 1.', expect: [['June 1', '2031-06-01']] },
    { id: 'neg-banned-on-past', text: 'Smoking was banned in bars on April 2, 2030.', expect: [] },
    { id: 'after-date-will-face', text: 'People lighting up after April 2 will face on-the-spot fines.', expect: [['April 2', '2031-04-02']] },
    { id: 'neg-after-date-past', text: 'Those who stayed after November 1, 2030 were deported.', expect: [] },
    { id: 'from-fronted-measure', text: 'From Friday, screening will be carried out at all airports.', expect: [['Friday', '2031-03-14']] },
    { id: 'neg-starting-state', text: 'Starting Tuesday, the race for second place will be incredibly fierce.', expect: [] },
  ],
  'news 3: extensions and labels': [
    { id: 'extension-until', text: 'If you need more time to file, you can request an extension until October 15.', expect: [['October 15', '2031-10-15']] },
    { id: 'label-deadline-for', text: 'Deadline for Transmittal of Applications: May 7, 2031.', expect: [['May 7, 2031', '2031-05-07']] },
    { id: 'quoted-deadline-noun', text: 'Leaders gave the government an end of the week "final deadline" to reach a deal.', expect: [['end of the week', '2031-W11']] },
  ],
  'news 3: wrong alarms': [
    { id: 'neg-between-start', text: 'The relief applies to filers who have a payment deadline between April 1 and July 15.', expect: [] },
    { id: 'neg-years-to-those', text: 'The proposed rule would grant two years to those taking language courses.', expect: [] },
    { id: 'neg-at-the-earliest', text: 'Much of the money will not reach the states before September at the earliest.', expect: [] },
    { id: 'years-to-verb', text: 'The rule gives students two years to finish their courses.', expect: [['two years', '2033-03-14']] },
  ],
};
