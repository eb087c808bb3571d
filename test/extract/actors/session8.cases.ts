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
