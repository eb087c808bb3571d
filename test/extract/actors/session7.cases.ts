/**
 * Actor corpus, names cut or glued on international news, and false actors by class (session 7).
 * Invented sentences; invented people, bodies and places.
 */
import type { ActorCase } from './actors.cases.js';

/** Institution names that must reach the speaker or source whole. */
export const WHOLE_NAME_CASES: ActorCase[] = [
  { id: 'en-dash-compound', text: 'The Doeland Export–Import Bank lent the money.', expect: [{ name: 'Doeland Export–Import Bank', type: 'organization' }], absent: ['Doeland Export', 'Import Bank'] },
  { id: 'en-dash-role', text: 'Trade fell. Doeland Export–Import Bank president Okey Quaspel said so.', expect: [{ name: 'Okey Quaspel', type: 'person', role: 'Doeland Export–Import Bank president' }], absent: ['Doeland Export'] },
  { id: 'en-dash-places-apart', text: 'The Paris–Berlin route reopened on Monday.', expect: [], absent: ['Paris–Berlin'] },
  { id: 'office-of-holder', text: 'The Office of the Doeland High Commissioner for Refugees said the camp was full.', expect: [{ name: 'Office of the Doeland High Commissioner for Refugees', type: 'organization' }], absent: ['Office of the Doeland High'] },
  { id: 'division-of', text: 'The figures come from the state Division of Quaspel Licensing.', expect: [{ name: 'Division of Quaspel Licensing', type: 'organization' }], absent: ['Quaspel Licensing'] },
  { id: 'workers-of', text: 'The Quaspel Workers of Doeland endorsed her.', expect: [{ name: 'Quaspel Workers of Doeland', type: 'organization' }], absent: ['Quaspel Workers'] },
  { id: 'orchestra-of', text: 'The Great Orchestra of Doeland Charity raised money.', expect: [{ name: 'Great Orchestra of Doeland Charity', type: 'organization' }], absent: ['Great Orchestra'] },
  { id: 'party-of-state', text: 'On Thursday, the Republican Party of Doeland announced it.', expect: [{ name: 'Republican Party of Doeland', type: 'organization' }], absent: ['Party of Doeland'] },
  { id: 'foreign-and', text: "Officers of the Brigade de Quaspel et d'Intervention arrested him.", expect: [{ name: "Brigade de Quaspel et d'Intervention", type: 'organization' }], absent: ['Brigade de Quaspel'] },
  { id: 'foreign-de-la', text: 'The Institut National de la Quaspel said so.', expect: [{ name: 'Institut National de la Quaspel', type: 'organization' }], absent: ['Institut National'] },
  { id: 'month-surname', text: 'Prime Minister Teodora May said no. Later May agreed, and Brian May played.', expect: [{ name: 'Teodora May', type: 'person', role: 'Prime Minister' }, { name: 'Brian May', type: 'person' }], absent: ['Teodora'] },
  { id: 'month-date-negative', text: 'On Monday May 5 the talks ended; Tom Varo left in May. The Mara Quell May 2019 report came out.', expect: [{ name: 'Tom Varo', type: 'person' }], absent: ['Monday May', 'Tom Varo May', 'Mara Quell May'] },
  // negative: two names joined by "et" with no particle before are a title, not one name
  { id: 'foreign-and-title', text: 'She starred in Quaspel et Doeland, a film of 1962.', expect: [], absent: ['Quaspel et Doeland'] },
];

/** Not actors: party-state tags, places and things before a possessive. */
export const NOT_ACTOR_CASES: ActorCase[] = [
  { id: 'party-state', text: 'Sen. Mara Quell, R-Texas, and Rep. Tom Varo (D-N.Y.) voted no.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Tom Varo', type: 'person' }], absent: ['R-Texas', 'D-N.Y.'] },
  { id: 'owner-place', text: "Crowds cheered in Quaspelton's streets as the results came in.", expect: [], absent: ['Quaspelton'] },
  { id: 'owner-sake', text: "For Zorbo's sake, the vote must go ahead.", expect: [], absent: ['Zorbo'] },
  { id: 'appositive-gerund-clause', text: 'The vote was close. Tom Varo, adding that the president was fair, left the hall.', expect: [{ name: 'Tom Varo', type: 'person', role: null }] },
  { id: 'appositive-wrote-clause', text: 'The band met in May. Its singer Mara Quell, wrote a dozen new tracks for the record.', expect: [{ name: 'Mara Quell', type: 'person', role: null }] },
  { id: 'byline', text: 'The talks went on into the night. Mara Quell reported from Doeville. Tom Varo contributed reporting.', expect: [], absent: ['Mara Quell', 'Tom Varo'] },
  { id: 'trailing-officer-title', text: 'Her poll numbers meant the former Quaspel Group CEO did not qualify.', expect: [{ name: 'Quaspel Group', type: 'organization' }], absent: ['Quaspel Group CEO'] },
  { id: 'trailing-staff-title', text: 'In Doeland, the Harbor Trust says rains flooded the port. The Harbor Trust Official says the appeal includes blankets.', expect: [{ name: 'Harbor Trust', type: 'organization' }], absent: ['Harbor Trust Official'] },
  // negatives: a body's staff, report or shares make it an actor; a person's kin make a person
  { id: 'owner-report', text: "Zorbin's annual report was late.", expect: [{ name: 'Zorbin', type: 'organization' }] },
  { id: 'member-of-party', text: 'Tomas Verhal, a Quaspel Platform member, is from Doeville.', expect: [{ name: 'Quaspel Platform', type: 'organization' }] },
  { id: 'kin', text: "Quaspel's father ran the mill until 1990.", expect: [{ name: 'Quaspel', type: 'person' }] },
  { id: 'foreign-opener', text: "Ngata Oru Tavake Lomu's party won the vote.", expect: [{ name: 'Ngata Oru Tavake Lomu', type: 'person' }], absent: ['Oru Tavake Lomu'] },
  { id: 'credited-acronym', text: 'Cases rose by half, according to ZQVA. ZQVA reported more on Friday.', expect: [{ name: 'ZQVA', type: 'organization' }] },
];

/** A body named in a role before a person, and an outlet's reporter (wikinews-dev2 classes; invented sentences). */
export const ROLE_BODY_CASES: ActorCase[] = [
  { id: 'body-before-title', text: 'Quaspel Society executive director Sara Varo said the shelter was full.', expect: [{ name: 'Quaspel Society', type: 'organization' }, { name: 'Sara Varo', type: 'person', role: 'Quaspel Society executive director' }] },
  { id: 'bank-before-title', text: 'Trade fell. Doeland Export–Import Bank president Okey Quaspel said so.', expect: [{ name: 'Doeland Export–Import Bank', type: 'organization' }] },
  { id: 'known-body-before-title', text: 'Critics called for the removal of Democratic National Committee Chair Mara Quell.', expect: [{ name: 'Democratic National Committee', type: 'organization' }, { name: 'Mara Quell', type: 'person' }], absent: ['National Committee'] },
  { id: 'outlet-reporter', text: "Doeville Herald's Jonathan Quaspel said questions remain.", expect: [{ name: 'Jonathan Quaspel', type: 'person' }] },
  { id: 'linked-body-before-title', text: 'The road reopened. Doeland Department of Roads official Tam Quell said crews had cleared it.', expect: [{ name: 'Doeland Department of Roads', type: 'organization' }, { name: 'Tam Quell', type: 'person' }], absent: ['Doeland Department'] },
  { id: 'linked-body-and-before-title', text: 'Ministry of Health and Welfare spokesperson Ida Varo said the clinics were open.', expect: [{ name: 'Ministry of Health and Welfare', type: 'organization' }, { name: 'Ida Varo', type: 'person' }] },
  { id: 'poss-office', text: "The Quaspel County Sheriff's Office said two roads were closed.", expect: [{ name: "Quaspel County Sheriff's Office", type: 'organization' }], absent: ['Office'] },
  { id: 'plural-title', text: "One of Doeland's Vice Presidents, Mara Quell, spoke at the funeral.", expect: [{ name: 'Mara Quell', type: 'person' }], absent: ['Vice Presidents'] },
  { id: 'title-inside-title', text: 'Deputy Prime Minister for Roads and Minister of Trade Ivo Quaspel resigned. The Prime Minister thanked him.', expect: [{ name: 'Ivo Quaspel', type: 'person' }], absent: ['Prime'] },
  { id: 'news-agency', text: 'According to the Doeland Press Agency, the plant was hit.', expect: [{ name: 'Doeland Press Agency', type: 'media' }] },
  { id: 'comrade', text: 'The son of Cde Tomas Varo spoke. Cde Varo was an icon.', expect: [{ name: 'Tomas Varo', type: 'person', aliases: ['Cde Varo'] }] },
  // negatives: a place or a lone body word before a title stays in the role; a union's secretary keeps the union apart
  { id: 'place-before-title', text: 'Doeland Gov. Mara Quell and House Speaker Tom Varo spoke.', expect: [{ name: 'Mara Quell', type: 'person' }, { name: 'Tom Varo', type: 'person' }], absent: ['House', 'Doeland Gov.'] },
  { id: 'generic-super-pac', text: 'The ads come from a Super PAC aimed at the frontrunner.', expect: [], absent: ['Super PAC'] },
];

/** Countries of the whole UN list, streets named for them, storms, a name's own possessive after "and". */
export const WORLD_CASES: ActorCase[] = [
  { id: 'more-countries', text: 'Sierra Leone and Eritrea signed; Sierra Leonean rebels objected, and officials in Monrovia met.', expect: [{ name: 'Sierra Leone', type: 'country' }, { name: 'Eritrea', type: 'country' }], absent: ['Sierra Leonean'] },
  { id: 'country-first-name', text: 'Chad Quaspel spoke first, then Chad denied the report.', expect: [{ name: 'Chad Quaspel', type: 'person' }, { name: 'Chad', type: 'country' }] },
  { id: 'country-street', text: 'The match was played at the Grenada Street ground on Saturday.', expect: [], absent: ['Grenada'] },
  { id: 'storm', text: 'Crews cleared roads after Hurricane Quaspel and Typhoon Doeland hit the coast.', expect: [], count: 0 },
  { id: 'storms-plural', text: 'Claims rose after Hurricanes Quaspel and Doria struck the coast.', expect: [], absent: ['Hurricanes Quaspel', 'Quaspel'] },
  { id: 'possessive-after-and', text: 'The Doeland Institute of Allergy and Infectious Disease\'s director, Dr. Mara Quell, spoke.', expect: [{ name: 'Doeland Institute of Allergy and Infectious Disease', type: 'organization' }], absent: ['Infectious Disease'] },
];
