/**
 * Closed-class words the actor stages test one word against (DATA ONLY, lower case; review L1): one row each,
 * read as sets in src/extract/actors/wordsets.ts (courts.ts and lexicon.ts read theirs directly), so no stage
 * compares a word with an English literal.
 */
import { wordRows as w, type WordRow } from './types.js';

/** The definite article before a name, a head or an epithet ("the Harlow Trust ... the trust said", "Tsar Vadim the Bold"). */
export const DEFINITE_ARTICLES: readonly WordRow[] = w('definite-article', 'the', 'the Harlow Trust said; the trust added');

/** The link that opens a name's or a head's "of" tail ("the Rivers Act of 1974", "Speaker of the House Ann Roe", "the ministry of ..."). */
export const OF_TAIL_LINKS: readonly WordRow[] = w('of-tail-link', 'of', 'the Clean Rivers Act of 1974; Speaker of the Assembly Ann Roe said');

/** The conjunction that closes a list inside a name or joins two names ("Ministry of Roads, Ports and Energy", "Quaspel and Harlow Trust said"). */
export const NAME_AND_WORDS: readonly WordRow[] = w('name-and', 'and', 'the Ministry of Roads, Ports and Energy; Quaspel and the Harlow Trust said');

/** A word that is the pronoun or a regnal numeral: the rows of actors.regnal decide ("Tsar Vadim I, and" vs "in ROTC I moved"). */
export const NUMERAL_PRONOUNS: readonly WordRow[] = w('numeral-pronoun', 'i', 'under Tsar Vadim I, and later; in ROTC I moved');

/** The link between an envoy's title and the country it is posted to ("ambassador to Freedonia, Jane Doe, said"). */
export const ENVOY_LINKS: readonly WordRow[] = w('envoy-link', 'to', 'the ambassador to Freedonia, Jane Doe, said');

/** A preposition that makes a seat a place, besides LOCATIVES ("on Capitol Hill, lawmakers balked"). */
export const SEAT_LOCATIVES: readonly WordRow[] = w('seat-locative', 'on', 'on Capitol Hill, lawmakers balked');

/** The country word between a circuit's ordinal and "Circuit" ("the 11th U.S. Circuit Court of Appeals"). */
export const CIRCUIT_COUNTRY_WORDS: readonly WordRow[] = w('circuit-country', 'u.s. us', 'the 11th U.S. Circuit Court of Appeals ruled');

/** The last word of a law school's short name after SCHOOL_PREPOSITIONS ("a professor at Doeville Law"). */
export const LAW_SCHOOL_WORDS: readonly WordRow[] = w('law-school', 'law', 'a professor at Doeville Law said');
