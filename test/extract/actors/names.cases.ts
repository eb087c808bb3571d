/**
 * Actor corpus, fourth pass: institution names built with "of", long titles before a name,
 * possessive outlet names, company names opening a sentence, capitals used as places. Invented sentences.
 */
import type { ActorCase } from './actors.cases.js';

export const OF_NAME_CASES: ActorCase[] = [
  { id: 'court-of', text: 'The firm said it would appeal at the Court of Coastal Claims.', expect: [{ name: 'Court of Coastal Claims', type: 'organization' }], absent: ['Coastal Claims'] },
  { id: 'ministry-of-opener', text: 'The ministry declined to comment. Ministry of Transport officials said the rules stand.', expect: [{ name: 'Ministry of Transport', type: 'organization' }], absent: ['Transport'] },
  { id: 'bank-of', text: 'Rates were cut by the Bank of Zamora on Tuesday.', expect: [{ name: 'Bank of Zamora', type: 'organization' }], absent: ['Zamora'] },
  { id: 'university-of', text: 'She teaches at the University of Ostravia.', expect: [{ name: 'University of Ostravia', type: 'organization' }] },
  { id: 'office-of-the', text: 'The Office of the Harbor Inspector said the audit found nothing.', expect: [{ name: 'Office of the Harbor Inspector', type: 'organization' }], absent: ['Office', 'Harbor Inspector'] },
  { id: 'agency-for', text: 'The Agency for Rural Roads approved the grant.', expect: [{ name: 'Agency for Rural Roads', type: 'organization' }], absent: ['Rural Roads'] },
  { id: 'museum-of', text: 'In a survey released by the Harlow Museum of Coastal Life on Friday, divers counted the reefs.', expect: [{ name: 'Harlow Museum of Coastal Life', type: 'organization' }], absent: ['Harlow Museum', 'Coastal Life'] },
  { id: 'journal-of', text: 'The findings were published on Tuesday in the Doeland Journal of Marine Birds, the team said.', expect: [{ name: 'Doeland Journal of Marine Birds', type: 'media' }], absent: ['Doeland Journal', 'Marine Birds'] },
  { id: 'proceedings-of-the', text: 'The survey is to appear in Proceedings of the Harlow Academy of Letters next month.', expect: [{ name: 'Proceedings of the Harlow Academy of Letters', type: 'media' }], absent: ['Proceedings', 'Harlow Academy of Letters'] },
  { id: 'published-in-journal', text: 'In findings published Monday in Harlow Reports, divers from the Doeville Institute said the reef shrank.', expect: [{ name: 'Harlow Reports', type: 'media' }] },
  { id: 'published-study-in', text: 'Scientists published a study in Quaspel Marine Letters, an online journal, on Friday.', expect: [{ name: 'Quaspel Marine Letters', type: 'media' }] },
  // negatives: a place after "published ... in" stays a place; a publisher's possessive before the journal is not typed by the cue
  { id: 'published-in-owner', text: "The research was published on May 8 in Doeland's Harlow Reports journal.", expect: [], absent: ["Doeland's"] },
  { id: 'published-in-place', text: 'In findings published Monday in Pittsburgh, divers said the reef shrank.', expect: [{ name: 'Pittsburgh', type: 'place' }] },
  // negatives: an outlet word that heads no journal does not carry "of" ("a Review of X" is no outlet); a plain head noun without "of" stays no actor
  { id: 'review-of-not-joined', text: 'The panel said Monday it opened a Review of Doeland Tariffs, Mara Quell said.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Review of Doeland Tariffs'] },
  { id: 'court-alone', text: 'The Court ruled on Monday that the fee was lawful.', expect: [], count: 0 },
];

export const LONG_TITLE_CASES: ActorCase[] = [
  { id: 'minister-of-state-for', text: 'Minister of State for Fisheries Kavita Dorairaj said the quota would stay.', expect: [{ name: 'Kavita Dorairaj', type: 'person', role: 'Minister of State for Fisheries' }], absent: ['Fisheries Kavita Dorairaj', 'Fisheries'] },
  { id: 'under-secretary-for-and', text: 'Under Secretary of Commerce for Industry and Security Dalia Fenwick spoke first.', expect: [{ name: 'Dalia Fenwick', type: 'person', role: 'Under Secretary of Commerce for Industry and Security' }], absent: ['Security Dalia Fenwick'] },
  { id: 'minister-for-affairs', text: 'Minister for Foreign Affairs Tomas Eberle agreed to the talks.', expect: [{ name: 'Tomas Eberle', type: 'person', role: 'Minister for Foreign Affairs' }], absent: ['Affairs Tomas Eberle'] },
  { id: 'unknown-first-name', text: 'Minister for Coastal Affairs Ngozi Okparaeke said yes.', expect: [{ name: 'Ngozi Okparaeke', type: 'person', role: 'Minister for Coastal Affairs' }] },
  // negative: a long title without a name after it makes no person
  { id: 'title-without-name', text: 'The Minister for Coastal Affairs and Fisheries said the quota would stay.', expect: [], absent: ['Coastal Affairs', 'Affairs and Fisheries'] },
];

export const POSSESSIVE_OUTLET_CASES: ActorCase[] = [
  { id: 'poss-noun-outlet', text: "Per Doyle's List, the two ships left port on Friday.", expect: [{ name: "Doyle's List", type: 'media' }], absent: ['Doyle'] },
  { id: 'poss-weekly-told', text: "Hanna Lusk told Ferris's Weekly that the plant would close.", expect: [{ name: "Ferris's Weekly", type: 'media' }, { name: 'Hanna Lusk', type: 'person' }], absent: ['Ferris', 'Weekly'] },
  { id: 'poss-lone-cue', text: "According to Ferris's, the deal fell through.", expect: [{ name: "Ferris's", type: 'media' }] },
  { id: 'poss-known-outlet', text: "The figures were first published by Barron's, and later confirmed.", expect: [{ name: "Barron's", type: 'media' }] },
  { id: 'poss-known-list', text: "A broker told Lloyd's List that rates doubled.", expect: [{ name: "Lloyd's List", type: 'media' }], absent: ['Lloyd'] },
  // negatives: a possessor before a role or a lower-case noun is no outlet; a surname like a known outlet's stays a person
  { id: 'poss-owner-role', text: "According to Quorvex's lawyer, the contract was valid.", expect: [{ name: 'Quorvex', type: 'organization' }], absent: ["Quorvex's"] },
  { id: 'poss-company-role', text: "Acme's chief executive, Jana Roth, resigned.", expect: [{ name: 'Jana Roth', type: 'person' }], absent: ["Acme's chief executive"] },
  { id: 'surname-not-outlet', text: 'Dana Barron said the vote would be close.', expect: [{ name: 'Dana Barron', type: 'person' }], absent: ["Barron's"] },
];

export const OPENER_COMPANY_CASES: ActorCase[] = [
  { id: 'opener-business-noun', text: 'Rivals are watching. Kestrel Networks, a rival, welcomed the order.', expect: [{ name: 'Kestrel Networks', type: 'organization' }], absent: ['Networks'] },
  { id: 'opener-org-suffix', text: 'Prices rose again. Marrowind Holdings, the largest owner, raised rents.', expect: [{ name: 'Marrowind Holdings', type: 'organization' }], absent: ['Holdings'] },
  { id: 'opener-three-words', text: 'Few firms agreed. Quorvex Data Systems objected to the plan.', expect: [{ name: 'Quorvex Data Systems', type: 'organization' }], absent: ['Data Systems'] },
  // negatives: a common word opening a sentence stays no name; a lone business noun is no actor
  { id: 'opener-common-word', text: 'The firm left. Digital Networks are the future, the report said.', expect: [], absent: ['Digital Networks', 'Networks'] },
  { id: 'lone-business-noun', text: 'Shares in Networks and Digital fell.', expect: [], count: 0 },
];

export const CAPITAL_PLACE_CASES: ActorCase[] = [
  { id: 'capital-acts-and-place', text: 'Washington objected to the rule. The envoy flew back to Washington on Friday.', expect: [{ name: 'United States', type: 'country', aliases: ['Washington'] }], count: 1 },
  { id: 'capital-place-with-country', text: 'The U.S. imposed fees. Talks in Washington followed.', expect: [{ name: 'United States', type: 'country' }], count: 1 },
  // negative: a capital used only as a place, with no country actor, stays a place
  { id: 'capital-place-only', text: 'The summit was held in Ottawa on Friday.', expect: [{ name: 'Ottawa', type: 'place' }], absent: ['Canada'] },
];

/** Dutch particles inside a person's name (rows words name-particle, elided-particle): the whole name; "in" alone joins no name. */
export const PARTICLE_CASES: ActorCase[] = [
  { id: 'particle-elided', text: "\"The port is full,\" said Mila in 't Vessel, a Dutch harbor official. Jacobus van 't Kell agreed.", expect: [{ name: "Mila in 't Vessel", type: 'person' }, { name: "Jacobus van 't Kell", type: 'person' }], absent: ['Mila', 'Vessel', 'Kell'] },
  { id: 'particle-den-ter', text: 'The board hired Pieter van den Kell and Anna ter Vassel on Monday.', expect: [{ name: 'Pieter van den Kell', type: 'person' }, { name: 'Anna ter Vassel', type: 'person' }], absent: ['Kell', 'Vassel'] },
  { id: 'particle-titled', text: "Dutch lawmaker Mila in 't Vessel said the port was full.", expect: [{ name: "Mila in 't Vessel", type: 'person' }], absent: ['Mila', 'Vessel'] },
  { id: 'particle-in-alone', text: 'Mila Vessel in Doeland said the port was full.', expect: [{ name: 'Mila Vessel', type: 'person' }], absent: ['Mila Vessel in Doeland'] },
];
