/** Place words: region adjectives and US states (DATA ONLY). Lower case. */
import { wordRows, type WordRow } from './types.js';

const w = wordRows;

/** Direction and region adjectives: alone they are no actor ("Eastern", "Baltic"); in a longer name they stay. */
export const REGION_ADJECTIVES: readonly WordRow[] = w(
  'region-adjective',
  'eastern western northern southern central baltic pacific atlantic arctic midwest midwestern southwest southwestern northeast northeastern northwest northwestern southeast southeastern',
  'voters in the Eastern and Central states',
);

/** Adjectives of continents and world regions: alone they modify a noun ("a European city", "the Asian markets"), no actor. */
export const CONTINENT_ADJECTIVES: readonly WordRow[] = w(
  'region-adjective',
  'european asian african arab nordic scandinavian mediterranean caribbean balkan',
  'a summit in a European city',
);

/** US states: a state name alone is a place, not a person ("Virginia", "Georgia"). Washington is in the country lexicon. */
export const US_STATES: readonly WordRow[] = w(
  'us-state',
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia west_virginia wisconsin wyoming',
  'Williamsburg, Virginia',
);

/** Continents and world regions: alone they are places, never organizations ("his Asia tour"); so is a name two countries share ("Congo": either Republic of the Congo, so an alias of neither). */
export const WORLD_REGIONS: readonly WordRow[] = w(
  'world-region',
  'congo africa asia europe antarctica oceania north_america south_america latin_america central_america middle_east southeast_asia east_asia south_asia central_asia caribbean scandinavia balkans',
  'as he prepares for his Asia tour',
);

/** A short name that two countries share: alone it is a place, unless the article names one of the two in full (then it is that country). */
export interface SharedCountryName {
  id: string;
  /** the short name, lower case */
  word: string;
  /** the countries that share it (country lexicon keys) */
  keys: string[];
  example: string;
}

export const SHARED_COUNTRY_NAMES: readonly SharedCountryName[] = [
  { id: 'actors.place.shared-country.congo', word: 'congo', keys: ['country:cd', 'country:cg'], example: 'Kinshasa is the capital of the Democratic Republic of Congo. Rain fell across Congo.' },
];
