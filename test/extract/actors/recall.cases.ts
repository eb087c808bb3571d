/**
 * Actor corpus for recall, name boundaries and merging (issue 16, actrec), each class with negatives.
 * Invented sentences; invented people, places and bodies.
 */
import type { ActorCase } from './actors.cases.js';

/** Where a name ends: campuses, "of the State of X", a known body's longer name, a sentence's last period. */
export const EXTENT_CASES: ActorCase[] = [
  { id: 'campus-at', text: 'He taught at the University of Doeland at Kells for ten years.', expect: [{ name: 'University of Doeland at Kells', type: 'organization' }] },
  { id: 'campus-comma', text: 'She was a professor at the University of Doeland, Kells. She retired in 1994.', expect: [{ name: 'University of Doeland, Kells', type: 'organization' }] },
  // negatives: "at" + a time, a person after the comma, a list of names
  { id: 'campus-at-negative', text: 'He taught at the University of Doeland at night for ten years.', expect: [{ name: 'University of Doeland', type: 'organization' }] },
  { id: 'campus-comma-person', text: 'At the University of Doeland, Johann, unable to wait, left early.', expect: [{ name: 'University of Doeland', type: 'organization' }], absent: ['University of Doeland, Johann'] },
  { id: 'campus-repeat', text: 'He studied at the University of Doeland, Kells. Later the University of Doeland hired him.', expect: [{ name: 'University of Doeland, Kells', type: 'organization', aliases: ['University of Doeland'] }], count: 1 },
  { id: 'court-of-state', text: 'She argued before the Supreme Court of the State of Doeland on Monday.', expect: [{ name: 'Supreme Court of the State of Doeland', type: 'organization' }] },
  { id: 'congress-of', text: 'He lectured at the Congress of Arts and Sciences in 1904.', expect: [{ name: 'Congress of Arts and Sciences', type: 'organization' }], absent: ['Congress'] },
  // negative: the known body under its full name stays the known body
  { id: 'court-of-united-states', text: 'She argued before the Supreme Court of the United States on Monday.', expect: [{ name: 'Supreme Court', type: 'organization' }] },
  { id: 'abbreviation-at-paragraph-end', text: 'She trained at the Harlow Academy of Dramatic Art.\nShe then moved to Kells.', expect: [{ name: 'Harlow Academy of Dramatic Art', type: 'organization' }] },
];
