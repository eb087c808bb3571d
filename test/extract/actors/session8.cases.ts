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
  { id: 'campus-two-words', text: 'The death was announced by the University of Doeland, San Kells. He was 101.', expect: [{ name: 'University of Doeland, San Kells', type: 'organization' }], absent: ['San Kells'] },
  { id: 'directorate-for', text: 'The National Directorate for Quaspel Security said five died.', expect: [{ name: 'National Directorate for Quaspel Security', type: 'organization' }], absent: ['National Directorate'] },
  { id: 'institution-of', text: 'She took a job at the Quaspel Institution of Oceanography in 1939.', expect: [{ name: 'Quaspel Institution of Oceanography', type: 'organization' }] },
  // negatives: a people's possessive before a lower-case word, a campus followed by a comma (a list may go on)
  { id: 'women-rights', text: "Women's groups marched in Doeville on Sunday.", expect: [], absent: ["Women's", 'Women'] },
  { id: 'campus-then-comma', text: 'The University of Doeland, San Kells, Tom Varo said, was closed.', expect: [{ name: 'University of Doeland', type: 'organization' }, { name: 'Tom Varo', type: 'person' }], absent: ['University of Doeland, San Kells'] },
];
