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
  { id: 'regnal-i', text: 'He joined the army under Tsar Aleksei I, and in 1665 he left.', expect: [{ name: 'Aleksei I', type: 'person', aliases: ['Tsar Aleksei I'] }] },
  // negative: the pronoun "I" after a name starts a clause
  { id: 'pronoun-i-after-name', text: 'When I was a cadet in Air Force ROTC I was chosen for a course.', expect: [{ name: 'Air Force ROTC', type: 'organization' }], absent: ['Air Force ROTC I'] },
  { id: 'title-inside-name', text: 'In the 1950s he joined the Society for General Doeland Research.', expect: [{ name: 'Society for General Doeland Research', type: 'organization' }], absent: ['Doeland Research'] },
  { id: 'title-outside-name', text: 'In the 1950s the Society thanked General Doeland for his research.', expect: [{ name: 'Doeland', type: 'person', aliases: ['General Doeland'] }] },
  { id: 'given-name-of-place', text: 'As a student he copied Hilary of Kells on the Psalms.', expect: [{ name: 'Hilary of Kells', type: 'person' }] },
  { id: 'places-and-court', text: 'What the Doeland and Kells Court of Appeal did is nothing new.', expect: [{ name: 'Doeland and Kells Court of Appeal', type: 'organization' }], absent: ['Kells Court of Appeal'] },
  // negative: a person and a court joined by "and" stay two
  { id: 'person-and-court', text: 'What Mara Quell and Kells Court did is nothing new.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Kells Court', type: 'organization' }] },
  { id: 'leading-particle', text: 'He co-founded the left-liberal al-Quaspel group in 1932.', expect: [{ name: 'al-Quaspel', type: 'organization' }] },
  { id: 'hyphened-modifier-before-name', text: 'His fellow-Doelanders Paul Quaspel and Alexander Tarnavik also came.', expect: [{ name: 'Paul Quaspel', type: 'person' }, { name: 'Alexander Tarnavik', type: 'person' }], absent: ['Doelanders Paul Quaspel'] },
  { id: 'abbreviation-at-paragraph-end', text: 'She trained at the Harlow Academy of Dramatic Art.\nShe then moved to Kells.', expect: [{ name: 'Harlow Academy of Dramatic Art', type: 'organization' }] },
];

/** One participant under a longer and a shorter full name. */
export const MERGE_CASES: ActorCase[] = [
  { id: 'middle-and-surname', text: 'Jens Otto Harry Quaspel or Otto Quaspel was a linguist. Quaspel died in 1943.', expect: [{ name: 'Jens Otto Harry Quaspel', type: 'person', aliases: ['Otto Quaspel', 'Quaspel'] }], count: 1 },
  { id: 'first-names-only', text: 'Pierre Charles Lenfant was born in Doeville. Pierre Charles became the eldest son.', expect: [{ name: 'Pierre Charles Lenfant', type: 'person', aliases: ['Pierre Charles'] }] },
  // negative: two longer names contain the shorter one: it stays apart
  { id: 'two-hosts', text: 'Mara Quell spoke. Ana Mara Quell and Lena Mara Quell agreed.', expect: [{ name: 'Mara Quell', type: 'person' }], count: 3 },
];
