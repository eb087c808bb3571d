/**
 * Actor corpus for precision and types (issue 16, the non-actor classes added this session), each
 * class with its negatives. Invented sentences; invented people, works, ships and bodies.
 */
import type { ActorCase } from './actors.cases.js';

/** Editions, films with their year, events named alone: not actors. */
export const EDITION_WORK_CASES: ActorCase[] = [
  { id: 'edition-year', text: 'During Doeville Comic-Con 2015, fans met the cast of the show.', expect: [], absent: ['Doeville Comic-Con'] },
  { id: 'edition-possessive-negative', text: "Mara Quell won Doeville Broadcasting's 1999 talent contest.", expect: [{ name: 'Doeville Broadcasting', type: 'media' }] },
  { id: 'film-year', text: 'Her films include Quiet Lantern (2009) and Glass Orchard (2012).', expect: [], count: 0 },
  { id: 'film-year-person-negative', text: 'The method was refined by Leonhard Quaspel (2004) in a later paper.', expect: [{ name: 'Leonhard Quaspel', type: 'person' }] },
  { id: 'games-heads', text: 'Mara Quell was named MVP of the Doe League All-Star Game and picked in the Harlan Draft.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Doe League All-Star Game', 'Harlan Draft'] },
  { id: 'event-alone', text: 'Mara Quell designed the pool for the 2032 Olympics.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Olympics'] },
];

/** Religions with their school, historic adjectives, ships, heritage designations. */
export const DESIGNATION_CASES: ActorCase[] = [
  { id: 'religion-school', text: 'He was confirmed as a Roman Catholic; his brother became a Theravada Buddhist.', expect: [], count: 0 },
  { id: 'historic-adjective', text: 'The walls date back to before Roman times and the Byzantine era.', expect: [], count: 0 },
  { id: 'vessel', text: 'The pier is the home of the USS Quaspel and of HMS Doeville.', expect: [], count: 0 },
  { id: 'vessel-negative', text: 'The USA Quaspel Club said it would move.', expect: [{ name: 'USA Quaspel Club', type: 'organization' }] },
  { id: 'designation', text: 'The island was designated a UNESCO World Heritage Site and the fort a National Historic Landmark.', expect: [], absent: ['UNESCO World Heritage Site', 'National Historic Landmark'] },
  { id: 'designation-negative', text: 'The Heritage Site Trust bought the fort in 2008.', expect: [{ name: 'Heritage Site Trust', type: 'organization' }] },
];

/** Military bases and facilities are places, never persons ("RAF X" is no person's name). */
export const FACILITY_CASES: ActorCase[] = [
  { id: 'facility-prefix', text: 'The relay station at RAF Quaspel links to Fort Doeville and Camp Harlow.', expect: [{ name: 'RAF Quaspel', type: 'place' }, { name: 'Fort Doeville', type: 'place' }, { name: 'Camp Harlow', type: 'place' }] },
  { id: 'facility-modifier-head', text: 'The unit moved on Monday. Troops left Naval Station Doeville for Joint Base Harlow and Doeville Air Base.', expect: [{ name: 'Naval Station Doeville', type: 'place' }, { name: 'Joint Base Harlow', type: 'place' }, { name: 'Doeville Air Base', type: 'place' }] },
  { id: 'facility-negative', text: 'The Royal Air Force said the flights would resume.', expect: [{ name: 'Royal Air Force', type: 'organization' }] },
];

/** Phrases in another language, and products named after "called": not actors. */
export const FOREIGN_PRODUCT_CASES: ActorCase[] = [
  { id: 'foreign-article-before', text: 'She wrote Etudes sur la Phonologie Quaspelienne and visited la Grande Doeville.', expect: [], absent: ['Phonologie Quaspelienne', 'Grande Doeville'] },
  { id: 'foreign-article-title', text: "Mara Quell starred in Jean Doeville's La Machine Quaspelienne.", expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['La Machine Quaspelienne'] },
  { id: 'foreign-article-negative', text: 'Mara Quell moved to Los Angeles in 1990.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Los Angeles', type: 'place' }] },
  { id: 'product-called', text: 'The company launched a range of cat toys called Pebble Worm.', expect: [], absent: ['Pebble Worm'] },
  { id: 'company-called-negative', text: 'She founded a startup called Zentravo. Zentravo said it would hire.', expect: [{ name: 'Zentravo', type: 'organization' }] },
];

/** Works named in an appositive or after their maker, licences, streets named head first. */
export const WORK_STREET_CASES: ActorCase[] = [
  { id: 'work-appositive', text: 'Mara Quell produced Quiet Lantern, a film based on the novels of Jonas Whitcombe.', expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Quiet Lantern'] },
  { id: 'work-appositive-negative', text: 'Velmora Freight, the largest rail operator in the country, cut jobs.', expect: [{ name: 'Velmora Freight', type: 'organization' }] },
  { id: 'work-after-maker', text: 'Jonas Whitcombe, author of Harlow in Wonderland, taught logic.', expect: [{ name: 'Jonas Whitcombe', type: 'person' }], absent: ['Harlow in Wonderland', 'Harlow'] },
  { id: 'maker-negative', text: 'Jonas Whitcombe, director of the Harlow Institute, taught logic.', expect: [{ name: 'Jonas Whitcombe', type: 'person' }, { name: 'Harlow Institute', type: 'organization' }] },
  { id: 'licence', text: 'The text is published under the Doeville Free Document License.', expect: [], count: 0 },
  { id: 'route-prefix', text: 'The tourist office is on Paseo de Quaspel, and the market on Calle Doeville.', expect: [], count: 0 },
  // an acronym in brackets that spells the name before it is that name's, not the lexicon actor it also spells
  { id: 'bracketed-acronym-defined', text: 'Residents can register at any Doeville Relief Center (DRC) this week.', expect: [], absent: ['Democratic Republic of the Congo'] },
  { id: 'bracketed-acronym-negative', text: 'Fighting in the east of the Democratic Republic of the Congo (DRC) went on.', expect: [{ name: 'Democratic Republic of the Congo', type: 'country' }] },
];

/**
 * A country or a capital opening the name of an event or a document is no mention of the country; an outlet
 * named with "magazine" after it is media; a generic lexicon body ("the Senate") named beside the one local
 * body of that head is that body; a country is no short form of the body named after it; names listed after a
 * plural of local places ("the counties of ...") are those places.
 */
export const INSIDE_NAME_CASES: ActorCase[] = [
  { id: 'capital-in-event', text: 'Maya Orrin won the Ottawa Marathon in May.', expect: [{ name: 'Maya Orrin', type: 'person' }], absent: ['Canada', 'Ottawa'] },
  { id: 'capital-in-event-negative', text: 'Maya Orrin ran in Ottawa in May. Ottawa said the race would go on.', expect: [{ name: 'Canada', type: 'country', aliases: ['Ottawa'] }] },
  { id: 'capital-in-document', text: 'Negotiators praised the Lima Accord in March.', expect: [], count: 0 },
  { id: 'capital-in-document-negative', text: 'Lima said the accord was fair.', expect: [{ name: 'Peru', type: 'country' }] },
  { id: 'outlet-noun-after', text: 'In an interview with Kestrel magazine, Mara Quell said the plan would fail.', expect: [{ name: 'Kestrel', type: 'media' }, { name: 'Mara Quell', type: 'person' }] },
  { id: 'outlet-noun-after-negative', text: 'In an interview with Kestrel staff, Mara Quell said the plan would fail.', expect: [{ name: 'Kestrel', type: 'organization' }] },
  { id: 'generic-body-local', text: 'The Doeland Senate sued the governor. The Senate said the law was void.', expect: [{ name: 'Doeland Senate', type: 'organization', aliases: ['the Senate'] }], count: 1 },
  { id: 'generic-body-of', text: 'The Supreme Court of Doeland heard the case. The Supreme Court ruled on Monday.', expect: [{ name: 'Supreme Court of Doeland', type: 'organization', aliases: ['Supreme Court'] }], count: 1 },
  { id: 'generic-body-two-negative', text: 'The Doeland Senate and the Kells Senate sued the governor. The Senate said the law was void.', expect: [{ name: 'Senate', type: 'organization' }], count: 3 },
  { id: 'country-no-short-form', text: 'The Puerto Rico Senate sued the governor. Puerto Rico needs stability, she wrote.', expect: [{ name: 'Puerto Rico Senate', type: 'organization' }, { name: 'Puerto Rico', type: 'country' }] },
  { id: 'place-list-of', text: 'Aid goes to the counties of Kells, Marrow, Doe Valley and Quint.', expect: [], count: 0 },
  { id: 'place-list-of-negative', text: 'Aid goes to the counties of Kells and Marrow, Doe Valley said on Monday.', expect: [{ name: 'Doe Valley', type: 'place' }] },
  { id: 'place-list-are', text: 'The counties, all of them inland, are Kells, Marrow, Santa Barbara, San Luis Obispo and Quint.', expect: [], count: 0 },
  { id: 'place-list-are-negative', text: 'The counties, all of them inland, are waiting for Mara Quell to pay.', expect: [{ name: 'Mara Quell', type: 'person' }] },
  { id: 'place-list-colon', text: 'Relief reached these towns: Kells, Marrow and Doe Valley.', expect: [], count: 0 },
  { id: 'place-plural-body-negative', text: 'Officials from 12 counties met the Federal Emergency Management Agency on Monday.', expect: [{ name: 'Federal Emergency Management Agency', type: 'organization' }] },
  { id: 'country-no-short-form-negative', text: 'The Quaspel Senate sued the governor. Quaspel said no.', expect: [{ name: 'Quaspel Senate', type: 'organization', aliases: ['Quaspel'] }] },
];
