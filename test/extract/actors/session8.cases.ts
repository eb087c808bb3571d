/**
 * Actor corpus, session 8: precision on varied news. Invented sentences; invented people, bodies and places.
 */
import type { ActorCase } from './actors.cases.js';

/** "Tomas and Mara Quaspel": a given name shares the surname of the full name after its "and". */
export const SHARED_SURNAME_CASES: ActorCase[] = [
  { id: 'couple-then-full-name', text: 'The court sentenced Tomas and Mara Quaspel to ten years. Tomas Quaspel appealed.', expect: [{ name: 'Tomas Quaspel', type: 'person', aliases: ['Tomas'] }, { name: 'Mara Quaspel', type: 'person' }], count: 2 },
  { id: 'couple-alias', text: 'She was born in Doeville to Peter and Lena Varo.', expect: [{ name: 'Peter', type: 'person', aliases: ['Peter Varo'] }, { name: 'Lena Varo', type: 'person' }] },
  // negatives: a place before "and", or the last two of a list, share no surname
  { id: 'place-and-name', text: 'The court sent Doeland and Mara Quaspel a letter.', expect: [{ name: 'Mara Quaspel', type: 'person' }], absent: ['Doeland Quaspel'] },
  { id: 'list-of-names', text: 'Tomas, Gerd and Mara Quaspel stayed home.', expect: [{ name: 'Mara Quaspel', type: 'person' }], absent: ['Gerd Quaspel'] },
];

/** Names cut short on varied news: a people's possessive inside the name, a two-word campus, more institution words. */
export const VARIED_NAME_CASES: ActorCase[] = [
  { id: 'workers-party', text: "The Doeland Workers' Party claimed the attack on Monday.", expect: [{ name: "Doeland Workers' Party", type: 'organization' }], absent: ['Doeland Workers', 'Party'] },
  { id: 'peoples-front', text: "The Kellsian People's Liberation Front ruled for decades.", expect: [{ name: "Kellsian People's Liberation Front", type: 'organization' }], absent: ['Front'] },
  { id: 'women-center', text: "Research for the Women's Quaspel Center showed a gap.", expect: [{ name: "Women's Quaspel Center", type: 'organization' }], absent: ['Women', 'Quaspel Center'] },
  { id: 'campus-two-words', text: 'The grant was announced by the University of Doeland, San Kells. It runs for five years.', expect: [{ name: 'University of Doeland, San Kells', type: 'organization' }], absent: ['San Kells'] },
  { id: 'directorate-for', text: 'The National Directorate for Quaspel Security reported the arrests.', expect: [{ name: 'National Directorate for Quaspel Security', type: 'organization' }], absent: ['National Directorate'] },
  { id: 'institution-of', text: 'Her brother works for the Quaspel Institution of Tides now.', expect: [{ name: 'Quaspel Institution of Tides', type: 'organization' }] },
  // negatives: a people's possessive before a lower-case word, a campus followed by a comma (a list may go on)
  { id: 'women-rights', text: "Women's groups marched in Doeville on Sunday.", expect: [], absent: ["Women's", 'Women'] },
  { id: 'campus-then-comma', text: 'The University of Doeland, San Kells, Tom Varo said, was closed.', expect: [{ name: 'University of Doeland', type: 'organization' }, { name: 'Tom Varo', type: 'person' }], absent: ['University of Doeland, San Kells'] },
];

/** Adjectives alone are no actor: a continent's or an institution's adjective before a noun. */
export const ADJECTIVE_CASES: ActorCase[] = [
  { id: 'continent-adjective', text: 'Officials said the summit will be held in a European city in June.', expect: [], absent: ['European'] },
  { id: 'institution-adjective', text: 'Tom Varo testified before a Congressional panel on the budget.', expect: [{ name: 'Tom Varo', type: 'person' }], absent: ['Congressional'] },
  { id: 'partnership-suffix', text: 'The chair of Doeland Harbour Partnership, Mara Quell, opposed the sale.', expect: [{ name: 'Doeland Harbour Partnership', type: 'organization' }, { name: 'Mara Quell', type: 'person' }] },
  // negatives: in a longer name the adjective stays
  { id: 'adjective-in-name', text: 'The European Quaspel Agency and the Federal Doeland Bureau met.', expect: [{ name: 'European Quaspel Agency', type: 'organization' }, { name: 'Federal Doeland Bureau', type: 'organization' }] },
];

/** United Nations agencies: full names with commas and "and" come from the lexicon whole. */
export const UN_AGENCY_CASES: ActorCase[] = [
  { id: 'unesco-full-name', text: 'The United Nations Educational, Scientific and Cultural Organization (UNESCO) listed the old bridge.', expect: [{ name: 'United Nations Educational, Scientific and Cultural Organization', type: 'organization', aliases: ['UNESCO'] }], absent: ['Cultural Organization'] },
  { id: 'wfp-and-unicef', text: 'The World Food Programme said stocks ran low, and UNICEF warned of hunger in Doeland.', expect: [{ name: 'World Food Programme', type: 'organization' }, { name: 'UNICEF', type: 'organization' }] },
  // negatives: "UNESCO" alone before a designation is no actor; a UN title before a name stays the person's role
  { id: 'unesco-designation', text: 'The island was designated a UNESCO World Heritage Site in 2008.', expect: [], absent: ['UNESCO'] },
  { id: 'un-title-person', text: 'UN High Commissioner for Refugees Mara Quell visited the camp.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['UN High Commissioner for Refugees'] },
];

/** Officers and superintendents: the title and its modifiers before a name are the role, not part of the name. */
export const OFFICER_TITLE_CASES: ActorCase[] = [
  { id: 'agency-officer', text: '"Every claim will be read," said Regional Liaison Officer Petra Vansk of the flood agency.', expect: [{ name: 'Petra Vansk', type: 'person' }] },
  { id: 'police-superintendent', text: 'Chief Superintendent Ivo Marrel told reporters the road would reopen.', expect: [{ name: 'Ivo Marrel', type: 'person' }] },
  // negative: a school named for its officers is no person
  { id: 'officer-school', text: 'She trained at the Doeland Officer Training School for a year.', expect: [], absent: ['Training School'] },
  // an office written in capitals with no name after it is a role, not an actor
  { id: 'office-no-name', text: "Claims rose before the Doeland Governor's bid for a second term.", expect: [], absent: ['Doeland Governor', "Doeland Governor's"] },
  { id: 'office-appositive', text: "Freedonia's Harbour Affairs Secretary, Mara Quell, objected to the plan.", expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Harbour Affairs Secretary'] },
  { id: 'office-alone', text: 'One MP told the Doeville Herald that the vote would fail.', expect: [{ name: 'Doeville Herald', type: 'media' }], absent: ['MP'] },
  // negative: an office inside a body's name after "of" keeps the body
  { id: 'office-of-the-governor', text: 'Claims rose before the Office of the Doeland Governor objected.', expect: [{ name: 'Office of the Doeland Governor', type: 'organization' }] },
  { id: 'police-sergeant', text: 'Detective Sergeant Olek Varn said the haul was the largest he had seen.', expect: [{ name: 'Olek Varn', type: 'person' }], absent: ['Sergeant Olek Varn'] },
  { id: 'police-inspector', text: 'Detective Inspector Mira Tasz told the court the gang had fled.', expect: [{ name: 'Mira Tasz', type: 'person' }], absent: ['Inspector Mira Tasz'] },
  // negative: a series named for its inspector keeps the inspector in the name
  { id: 'inspector-series', text: 'He starred in the series Inspector Varn Mysteries for a year.', expect: [], absent: ['Varn Mysteries'] },
];

/** A country's short form that is also its adjective: before a lower-case noun it names no actor, before a body acting for the country it does. */
export const COUNTRY_ADJECTIVE_CASES: ActorCase[] = [
  { id: 'us-currency', text: 'Tickets to the Doeville fair cost 40 US dollars this year.', expect: [], absent: ['US', 'United States'] },
  { id: 'us-person-noun', text: 'A U.S. heiress and a US theoretical chemist, Mara Quell, spoke at the gala.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['United States'] },
  // negatives: a body acting for the country, or the country as a noun, keep the actor
  { id: 'us-officials', text: 'US officials said the Doeville fair would close.', expect: [{ name: 'United States', type: 'country' }] },
  { id: 'us-noun', text: 'She moved to the U.S. last year to study.', expect: [{ name: 'United States', type: 'country' }] },
  // a country's name right before a known body names the body as the text writes it; the country is no mention there
  { id: 'us-known-body', text: 'The rules were set by the U.S. Department of Homeland Security on Monday.', expect: [{ name: 'U.S. Department of Homeland Security', type: 'organization' }], absent: ['United States'], count: 1 },
  { id: 'us-known-body-long', text: 'The United States Department of State designated the group in April.', expect: [{ name: 'United States Department of State', type: 'organization' }], count: 1 },
  { id: 'fema-acronym', text: 'Renters who lost furniture can register, and FEMA could cover part of the cost.', expect: [{ name: 'FEMA', type: 'organization' }] },
  // negative: a possessive country before a body keeps both
  { id: 'country-poss-body', text: "Doeland officials met. China's Foreign Ministry said no.", expect: [{ name: 'China', type: 'country' }, { name: 'Foreign Ministry', type: 'organization' }] },
  // the short name of a known body after the country's short form: one body, no country
  { id: 'us-short-body-name', text: 'Officials at the U.S. Centers for Disease Control said cases rose. The C.D.C. chief agreed.', expect: [{ name: 'U.S. Centers for Disease Control', type: 'organization' }], absent: ['United States'], count: 1 },
];
