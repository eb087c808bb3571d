/**
 * Actor corpus, names as they reach speakers and sources (issue 21): role words glued before a name, a
 * generational suffix kept with its period, and the surname of a "Jr." name. Invented sentences.
 */
import type { ActorCase } from './actors.cases.js';

export const ROLE_PREFIX_CASES: ActorCase[] = [
  { id: 'majority-whip', text: 'Senate Majority Whip Tom Harlow responded on Monday.', expect: [{ name: 'Tom Harlow', type: 'person', role: 'Senate Majority Whip' }], absent: ['Majority Whip Tom Harlow'] },
  { id: 'ranking-democrat', text: 'House Budget Ranking Republican Ann Tarnavik called the audit late.', expect: [{ name: 'Ann Tarnavik', type: 'person' }], absent: ['Budget Ranking Republican Ann Tarnavik'] },
  { id: 'navy-captain', text: 'Navy Capt. Jeff Lorrim expects the tug to dock at dawn.', expect: [{ name: 'Jeff Lorrim', type: 'person' }] },
  { id: 'county-recorder', text: 'County Treasurer Helen Dorval closed the books on Friday.', expect: [{ name: 'Helen Dorval', type: 'person', role: 'County Treasurer' }] },
  { id: 'disc-jockey', text: 'The late show was hosted by DJ Mara Quell for a decade.', expect: [{ name: 'Mara Quell', type: 'person' }] },
  { id: 'service-between-titles', text: 'Repairs will take a week, said fleet spokesman Navy Cmdr. Jeff Lorrim on Friday.', expect: [{ name: 'Jeff Lorrim', type: 'person' }], absent: ['Navy Cmdr. Jeff Lorrim'] },
  { id: 'service-between-titles-2', text: 'Defense Department spokesman Air Force Col. Ana Ruiz said the raid worked.', expect: [{ name: 'Ana Ruiz', type: 'person' }], absent: ['Air Force Col. Ana Ruiz'] },
  // negative: a rank word inside a body's name makes no person
  { id: 'captain-in-name', text: 'The Captain Quaspel Foundation gave the grant.', expect: [{ name: 'Captain Quaspel Foundation', type: 'organization' }], absent: ['Quaspel Foundation'] },
];

export const SUFFIX_CASES: ActorCase[] = [
  { id: 'jr-after-title', text: 'Vice President John Q. Dorrance Jr. said the plan would work. Dorrance said it twice.', expect: [{ name: 'John Q. Dorrance Jr.', type: 'person', aliases: ['Dorrance'] }], absent: ['John Q. Dorrance'] },
  { id: 'jr-initial-p', text: 'The aide met Robert P. Lanvin Jr. on Monday, and Lanvin said it was fine.', expect: [{ name: 'Robert P. Lanvin Jr.', type: 'person', aliases: ['Lanvin'] }], absent: ['Robert P.'] },
  // negative: the bare surname shared with a namesake "Jr." is the namesake's
  { id: 'jr-namesake', text: 'Walter Quandt Jr. spoke first. Later Walter Quandt spoke, and Quandt said he was proud.', expect: [{ name: 'Walter Quandt Jr.', type: 'person' }, { name: 'Walter Quandt', type: 'person', aliases: ['Quandt'] }] },
];

export const TITLE_CASE_CASES: ActorCase[] = [
  { id: 'headline-two-sentences', text: 'Mara Quell Suffered A Big Blow. Here Is Her Plan Going Forward.\n\nMara Quell said the vote was lost.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Mara Quell Suffered A Big Blow'] },
  { id: 'long-title-case-quote', text: 'Her campaign sent an email stating, "Speaker Tom Harlow Joins Growing List of Critics Rebuking Doe as He Wins the Nomination." Tom Harlow said he would wait.', expect: [{ name: 'Tom Harlow', type: 'person' }], absent: ['Tom Harlow Joins Growing List'] },
  // negatives: a short paragraph in sentence case is text, and a short title-case quote stays a title
  { id: 'sentence-case-paragraph', text: 'Mara Quell won the vote. Tom Harlow lost it.\n\nThe count ended on Monday.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Tom Harlow', type: 'person' }] },
  { id: 'short-title-quote', text: 'Mara Quell hosts "The Harlow Hour" on Sundays.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['The Harlow Hour', 'Harlow Hour'] },
];

export const FOREIGN_BODY_CASES: ActorCase[] = [
  { id: 'institut', text: "Jean Mbala, director general of Doeland's Institut National de Recherche Agricole, said the crop was safe.", expect: [{ name: 'Institut National de Recherche Agricole', type: 'organization' }, { name: 'Jean Mbala', type: 'person' }] },
  { id: 'ministerio', text: 'A spokesman for the Ministerio de Quaspel said the budget was set.', expect: [{ name: 'Ministerio de Quaspel', type: 'organization' }] },
  { id: 'universita', text: "Researchers at the Università di Kells published the study.", expect: [{ name: 'Università di Kells', type: 'organization' }] },
  // negative: a person's name with a particle stays a person
  { id: 'particle-person', text: 'Minerva de Quaspel said the budget was set.', expect: [{ name: 'Minerva de Quaspel', type: 'person' }] },
];

export const BODY_AFTER_NAME_CASES: ActorCase[] = [
  { id: 'person-white-house', text: 'It would be a Mara Tarnavik White House, said Ivo Brandt.', expect: [{ name: 'Mara Tarnavik', type: 'person' }, { name: 'White House', type: 'organization' }], absent: ['Mara Tarnavik White House'] },
  { id: 'person-outlet', text: 'Ana Ruiz Reuters reported the sale on Monday.', expect: [{ name: 'Reuters', type: 'media' }], absent: ['Ana Ruiz Reuters'] },
  // negative: a place before a body names the body
  { id: 'place-body', text: 'The Texas Senate voted on Monday.', expect: [{ name: 'Texas Senate', type: 'organization' }] },
];

export const DATELINE_CASES: ActorCase[] = [
  { id: 'dateline-date-agency', text: 'PORT ALDER, March 3, 2031 (Agency) - The talks stalled, said Tom Hale, the union leader.', expect: [{ name: 'PORT ALDER', type: 'place' }, { name: 'Tom Hale', type: 'person' }] },
  { id: 'dateline-agency', text: 'KELLS (Agency) - Quorvex Corp. said on Monday that it would close the plant.', expect: [{ name: 'KELLS', type: 'place' }, { name: 'Quorvex Corp.', type: 'organization' }] },
  // negative: an acronym opening a sentence, then a comma and no dash, is no dateline
  { id: 'acronym-comma', text: 'UNESCO, a specialized agency of the United Nations, is based in Paris.', expect: [{ name: 'UNESCO', type: 'organization' }] },
];

export const OPENER_BODY_CASES: ActorCase[] = [
  { id: 'opener-center-for', text: 'Johns Kellsworth Center for Health Security scholar Ana Ruiz said the plan was weak.', expect: [{ name: 'Johns Kellsworth Center for Health Security', type: 'organization' }, { name: 'Ana Ruiz', type: 'person' }], absent: ['Kellsworth Center for Health Security'] },
  // negative: a verb opening the sentence stays out of the body's name
  { id: 'opener-verb', text: 'Contact Office of Tourism staff for maps.', expect: [{ name: 'Office of Tourism', type: 'organization' }], absent: ['Contact Office of Tourism'] },
];
