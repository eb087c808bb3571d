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
