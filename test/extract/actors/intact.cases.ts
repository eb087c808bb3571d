/**
 * Actor corpus, names as they reach speakers and sources (issue 21): role words glued before a name, a
 * generational suffix kept with its period, and the surname of a "Jr." name. Invented sentences.
 */
import type { ActorCase } from './actors.cases.js';

export const ROLE_PREFIX_CASES: ActorCase[] = [
  { id: 'majority-whip', text: 'Senate Majority Whip Tom Harlow responded on Monday.', expect: [{ name: 'Tom Harlow', type: 'person', role: 'Senate Majority Whip' }], absent: ['Majority Whip Tom Harlow'] },
  { id: 'ranking-democrat', text: 'Senate Intelligence Ranking Democrat Ann Tarnavik said the memo was routine.', expect: [{ name: 'Ann Tarnavik', type: 'person' }], absent: ['Intelligence Ranking Democrat Ann Tarnavik'] },
  { id: 'navy-captain', text: 'Navy Capt. Jeff Lorrim said the ship would sail.', expect: [{ name: 'Jeff Lorrim', type: 'person' }] },
  { id: 'county-recorder', text: 'County Recorder Helen Dorval said the count was done.', expect: [{ name: 'Helen Dorval', type: 'person', role: 'County Recorder' }] },
  { id: 'disc-jockey', text: 'The charity was founded by DJ Mara Quell in 2006.', expect: [{ name: 'Mara Quell', type: 'person' }] },
  // negative: a rank word inside a body's name makes no person
  { id: 'captain-in-name', text: 'The Captain Quaspel Foundation gave the grant.', expect: [{ name: 'Captain Quaspel Foundation', type: 'organization' }], absent: ['Quaspel Foundation'] },
];

export const SUFFIX_CASES: ActorCase[] = [
  { id: 'jr-after-title', text: 'Vice President John Q. Dorrance Jr. said the plan would work. Dorrance said it twice.', expect: [{ name: 'John Q. Dorrance Jr.', type: 'person', aliases: ['Dorrance'] }], absent: ['John Q. Dorrance'] },
  { id: 'jr-initial-p', text: 'The aide met Robert P. Lanvin Jr. on Monday, and Lanvin said it was fine.', expect: [{ name: 'Robert P. Lanvin Jr.', type: 'person', aliases: ['Lanvin'] }], absent: ['Robert P.'] },
  // negative: the bare surname shared with a namesake "Jr." is the namesake's
  { id: 'jr-namesake', text: 'Walter Quandt Jr. spoke first. Later Walter Quandt spoke, and Quandt said he was proud.', expect: [{ name: 'Walter Quandt Jr.', type: 'person' }, { name: 'Walter Quandt', type: 'person', aliases: ['Quandt'] }] },
];
