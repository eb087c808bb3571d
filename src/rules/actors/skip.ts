/**
 * Lone capitalized words skipped by the actors scan (DATA ONLY): not names, whatever their capital (verbs,
 * demonyms, region adjectives and business nouns alone, single letters, plurals). Applied by the engine to a
 * one-word run, in order; a row that holds rejects the run (recorded in the trace). Word sets and predicates:
 * src/extract/actors/scan.ts.
 */
import { type Rule, table } from '../../engine/rule.js';

export const SKIP_ROWS: readonly Rule<'reject'>[] = [
  {
    id: 'actors.skip.verb', match: '[(#Infinitive|#PresentTense|#PastTense|#Gerund)]', unless: ['[(#Person|#FirstName|#LastName|#Place|#Country|#City|#Region|#Organization|#Acronym)]'], then: 'reject',
    example: 'The pier has 10 berths; Depth:2m; Speed: 3 knots.', counter: 'The pier has 10 berths; Depth:2m; Harlow: 3 knots.',
  },
  {
    id: 'actors.skip.demonym', match: '[#Demonym]', then: 'reject',
    example: 'The plan was backed by Texan voters in May.', counter: 'The plan was backed by Quaspel voters in May.',
  },
  {
    id: 'actors.skip.common-noun', match: '[(%region-adjective%|%business-noun%)]', then: 'reject',
    example: 'Voters in the Eastern states voted early.', counter: 'Voters in the Doeland states voted early.',
    note: 'region, continent and institution adjectives ("a European city", "a Congressional panel") and business nouns alone',
  },
  {
    id: 'actors.skip.letter', match: '[@letter]', then: 'reject',
    example: 'Section B of the form was left blank.', counter: 'Section Bq of the form was left blank.',
  },
  {
    id: 'actors.skip.plural-acronym', match: '[@pluralAcronym]', then: 'reject',
    example: 'Sales of SUVs and LEDs rose in Doeland.', counter: 'Sales of the SUV maker rose in Doeland.',
  },
  {
    id: 'actors.skip.plural', match: '[#Plural]', unless: ['[(#Person|#Place|#Organization|#Acronym)]'], then: 'reject',
    example: 'The team met the Visitors on Monday.', counter: 'The team met the Visitor on Monday.',
  },
];

export const SKIP_TABLE = table('actors.skip', 'actors', SKIP_ROWS);

/**
 * Whole runs skipped by the actors scan (DATA ONLY), in order; a row that holds rejects the run. The
 * `@name` predicates test the run the scan found (src/extract/actors/runskip.ts).
 */
export const RUN_SKIP_ROWS: readonly Rule<'reject'>[] = [
  {
    id: 'actors.skip.demonym-phrase', match: '[@demonymPhrase .*]', unless: ['[.* #City .+]'], then: 'reject',
    example: 'Sales to Southeast Asian buyers rose in May.', counter: 'Last season he joined Triple-A Denver Indians and hit well.',
    note: 'a run ending in a demonym is an adjective ("Latin American"), unless it opens with a name or a city comes before the demonym (a team: "Triple-A Denver Indians")',
  },
  {
    id: 'actors.skip.title-alone', match: '[@titleAlone .*]', then: 'reject',
    example: 'The talks ended when the Senator left the room.', counter: 'The talks ended when the Senator Quaspel left the room.',
  },
  {
    id: 'actors.skip.symbol', match: '[@symbol .*]', then: 'reject',
    example: 'Follow #Doeland and @Quaspel for news.', counter: 'Follow Doeland Radio for news.',
  },
  {
    id: 'actors.skip.headline', match: '[@headline .*]', then: 'reject',
    example: 'Quaspel Bank wins the vote\nThe count ended on Monday.', counter: 'Quaspel Bank won the vote.\nThe count ended on Monday.',
  },
  {
    id: 'actors.skip.all-caps', match: '[@allCaps .*]', then: 'reject',
    example: 'The notice said TERMS AND CONDITIONS APPLY in small print.', counter: 'The notice said Terms Apply Doeland in small print.',
  },
  {
    id: 'actors.skip.place-list', match: '{%place-plural% !@cap} (of|:) ({@cap !%place-plural%}+ ,? (and|or)?)* [.+]', unless: ['[.+] (#Verb|#Adverb|#Copula)'], then: 'reject',
    example: 'Aid goes to the counties of Kells, Marrow, Doe Valley and Quint.',
    counter: 'Aid goes to the counties of Kells and Marrow, Doe Valley said on Monday.',
    note: 'names listed right after a plural of local places and its "of" or colon ("the towns of ...", "these counties: ...") are those places, no actors; a name followed by its verb is the next clause\'s subject',
  },
  {
    id: 'actors.skip.place-list-are', match: '{%place-plural% !@cap} .? .? .? .? .? .? .? .? (are|include|includes|including) ({@cap !%place-plural%}+ ,? (and|or)?)* [.+]', unless: ['[.+] (#Verb|#Adverb|#Copula)'], then: 'reject',
    example: 'The counties, all of them inland, are Kells, Marrow, Doe Valley and Quint.',
    counter: 'The counties, all of them inland, are waiting for Doe Valley to pay.',
    note: 'names listed as what a plural of local places are or include (a few words may come between: "The counties, all in the south, are ...")',
  },
];

export const RUN_SKIP_TABLE = table('actors.skip-run', 'actors', RUN_SKIP_ROWS);

/**
 * A country's short form that is also its adjective (the countries lexicon lists "U.S.", "US" among both
 * its names and its demonyms) read as the adjective: before a lower-case noun, adjectives allowed, it
 * qualifies a thing or a person ("US dollars", "a U.S. heiress", "US theoretical astrophysicist") and names no
 * actor. Before a body or people that act for the country ("U.S. officials", "the US government", "US troops")
 * it stays the country. Applied by the actors scan to a lexicon match of kind name (src/extract/actors/scan.ts).
 */
export const COUNTRY_ADJECTIVE_ROWS: readonly Rule<'reject'>[] = [
  {
    id: 'actors.country-adjective.before-noun', match: '[.] {#Adjective !@cap !#Date}* {#Noun !@cap !#Date !#Pronoun !#Value}',
    unless: ['[.] {#Adjective !@cap}* %acting-head%'], then: 'reject',
    example: 'The fee is 40 US dollars at the Doeville gate.', counter: 'US officials said the Doeville gate would close.',
  },
];

export const COUNTRY_ADJECTIVE_TABLE = table('actors.country-adjective', 'actors', COUNTRY_ADJECTIVE_ROWS);

/**
 * A country's name inside the name of a sea or strait ("the Gulf of Mexico", "the Sea of Japan") names the water,
 * no actor. Applied by the actors scan to a lexicon match of a country (src/extract/actors/scan.ts).
 */
export const COUNTRY_IN_PLACE_ROWS: readonly Rule<'reject'>[] = [
  {
    id: 'actors.country-in-place.water', match: '{%water-head% @cap} of the? [.+]', then: 'reject',
    example: 'Oil rigs in the Gulf of Mexico shut down before the storm; ferries crossed the Sea of Japan.',
    counter: 'Oil rigs in the gulf shut down before the storm, Mexico said.',
  },
];

export const COUNTRY_IN_PLACE_TABLE = table('actors.country-in-place', 'actors', COUNTRY_IN_PLACE_ROWS);
