/**
 * Name boundaries (DATA ONLY): where a capitalized run that stopped goes on, as rows. The scan asks the
 * table about the run and the word where it stopped (the capture): the first row that holds joins the
 * next capitalized words to the name (`join`); no row, the run ends there. `@name` predicates and `%name%`
 * word sets: src/extract/actors/boundary.ts.
 */
import { type Rule, table } from '../../engine/rule.js';
import { wordRows, type WordRow } from './types.js';

export const EXTEND_ROWS: readonly Rule<'join'>[] = [
  {
    id: 'actors.extend.campus-at', match: '[%campus-head% of @cap+ at] @cap', then: 'join',
    example: 'He taught at the University of Doeland at Kells for ten years.',
    counter: 'He taught at the University of Doeland at night for ten years.',
    note: 'a campus after "at": "University of Wisconsin at Green Bay"',
  },
  {
    id: 'actors.extend.campus-comma', match: '[%campus-head% of @cap+ , @cap] @cap? (@lower|$)', unless: ['[.+] @cap? (and|or) @cap', '[.+] %campus-head%', '[.+ (#Person|#FirstName)]'], then: 'join',
    example: 'He taught linguistics at the University of Doeland, Kells, where he met his wife.',
    counter: 'He taught at the University of Doeland, Kells and Harlow for ten years.',
    note: 'a campus after a comma, of one or two words: "University of Doeland, Kells", "University of Doeland, San Kells"; a list of names is no campus',
  },
  {
    id: 'actors.extend.of-place-person', match: '[@firstName of] @cap', unless: ['[.+] @cap+ %org-end%'], then: 'join',
    example: 'As a student he copied Hilary of Kells on the Psalms.',
    counter: 'As a student he was a friend of Kells on the Psalms.',
    note: 'a given name with its place: "Catherine of Aragon", "Hilary of Poitiers"',
  },
  {
    id: 'actors.extend.places-and-body', match: '[@cap and] @cap %court-head%', unless: ['[(#Person|#FirstName) .*]'], then: 'join',
    example: 'What the Doeland and Kells Court of Appeal did is nothing new.',
    counter: 'What Mara Quell and Kells Court did is nothing new.',
    note: 'two places before a court or assembly: "Newfoundland and Labrador Court of Appeal"',
  },
  {
    id: 'actors.extend.and-body', match: '[@cap+ {@cap @spaced !@surname} and] {@cap !@surname} @cap* %org-suffix%', unless: ['[(#Person|#FirstName) .*]', '[.* %org-suffix% and]'], then: 'join',
    example: 'The Doeville Fire and Rescue Service said two crews attended.',
    counter: 'The Doeville Quell and Kells Service said two crews attended.',
    note: 'a body whose name joins two words by "and" before its head ("Fire and Rescue Service", "Parks and Recreation Department", "Fish and Wildlife Service"); the words on both sides of "and" are common words, after a modifier ("Doeville Fire"); a lone word before "and" ("Browning and War Office"), a person, a name word ("Quell and Kells Service"), a mark before "and", or a first name ending in its own head ("the Doeville Council and Kells Board") make two names',
  },
  {
    id: 'actors.extend.foreign-and', match: '[@cap+ %name-particle% @cap+ (et|y|e|und)] @nameCap', then: 'join',
    example: "Officers of the Brigade de Quaspel et d'Intervention arrested him.",
    counter: 'She starred in Quaspel et Doeland, a film of 1962.',
    note: '"and" in a French, Spanish, Italian or German name that already has a particle ("Brigade de Recherche et d\'Intervention", "Ministerio de Trabajo y Economía Social"); two names joined by "et" without one are a title ("Jules et Jim")',
  },
];

export const EXTEND_TABLE = table('actors.extend', 'actors', EXTEND_ROWS);

/**
 * A known name (a lexicon body) that yields to the longer run it opens: the first row that holds for the
 * lexicon name (the capture) lets the run be read as one name.
 */
export const YIELD_ROWS: readonly Rule<'join'>[] = [
  {
    id: 'actors.yield.body-of-place', match: '[.+] of the? (state|province|commonwealth|republic)? of? @cap', unless: ['[.+] of the? (united|u.s.|us|america)'], then: 'join',
    example: 'He spoke before the Supreme Court of the State of Doeland on Monday.',
    counter: 'He spoke before the Supreme Court of the United States on Monday.',
    note: 'a known body name followed by "of" and a place names another body: the run goes on',
  },
  {
    id: 'actors.yield.given-name', match: '[@firstName] (@surname|#LastName)', unless: ['[.] %org-word%'], then: 'join',
    example: 'She starred with Jordan Quaspel in a horror film.', counter: 'She starred in a horror film shot in the Jordan Valley.',
    note: 'a country or capital that is also a given name, before a surname, opens a person\'s name ("Chad Quaspel", "Jordan Tarnavik")',
  },
  {
    id: 'actors.yield.route', match: '[.+] %route-head%', then: 'join',
    example: 'The match was played at the Kenya Road ground on Saturday.', counter: 'The match was played in Kenya on Saturday.',
    note: 'a country or a capital before a street or road word names the street ("Kenya Road", "Ghana Street"), which is no actor',
  },
  {
    id: 'actors.yield.event', match: '[.+] @cap* %event-head%', then: 'join',
    example: 'She set the course record at the Ottawa Marathon in April.',
    counter: 'She set the course record in Ottawa in April.',
    note: 'a country or a capital opening the name of an event ("the Ottawa Marathon", "the Lima Games", "the Chad War"): the run is the event (typed by actors.not.event), no mention of the country',
  },
];

export const YIELD_TABLE = table('actors.yield', 'actors', YIELD_ROWS);

/**
 * A run that opens with an institution head and its "of"/"for" (after one qualifier word at most) may go on
 * over a list of capitalized words ("Ministry of Roads, Ports and Energy"; src/extract/actors/longnames.ts):
 * the first row that holds for the run (the capture) lets the list be read.
 */
export const LIST_HEAD_ROWS: readonly Rule<'list'>[] = [
  {
    id: 'actors.list-head.head', match: '[%org-head% (of|for) the? @cap+] (,|and)', then: 'list',
    example: 'The Ministry of Roads, Ports and Energy said exports rose.',
    counter: 'The Quaspel Ministry, Industry and Energy said exports rose.',
  },
  {
    id: 'actors.list-head.qualified', match: '[%qualifier% %org-head% (of|for) the? @cap+] (,|and)', then: 'list',
    example: 'Members of the National Union of Farm, Mill and Grain Workers voted to strike.',
    counter: 'Members of the National Park of Kells, Harlow and Doeland voted to strike.',
    note: 'one qualifier word before the head: "National Council for Roads, Bridges, and Tunnels"',
  },
];

export const LIST_HEAD_TABLE = table('actors.list-head', 'actors', LIST_HEAD_ROWS);

/**
 * "Tomas and Mara Quaspel": a lone given name joined by "and" to a full name shares its surname. The first
 * row that holds for the given name (the capture) gives it the surname of the name after "and" (shared.ts).
 */
export const SHARED_SURNAME_ROWS: readonly Rule<'share'>[] = [
  {
    id: 'actors.shared-surname.given-names', match: '[@firstName] and @firstName #Acronym? @cap', unless: ['. and [.]', '@cap , [.]'], then: 'share',
    example: 'The court sentenced Tomas and Mara Quaspel to ten years.',
    counter: 'The court sentenced Doeland and Mara Quaspel to ten years.',
    note: 'also "Robert and Rebekah Quaspel"; the last two of a list of names are left alone ("Tom, Ann and Mara Quell")',
  },
];

export const SHARED_SURNAME_TABLE = table('actors.shared-surname', 'actors', SHARED_SURNAME_ROWS);

/**
 * "at Doeland State University Simon Quaspel about ...": a person's name glued after an institution word in one
 * capitalized run. The first row that holds for the words from a given name to the run's end (the capture)
 * starts a second name there, and the institution's name ends before it.
 */
export const GLUED_PERSON_ROWS: readonly Rule<'split'>[] = [
  {
    id: 'actors.glued-person.after-body', match: '%org-suffix% [@givenName .* @surname]', then: 'split',
    example: 'We met at Doeland State University Simon Quaspel about the grant.',
    counter: 'We met at Doeland State University Library about the grant.',
    note: 'a first name that is no common word, and a last word that is none either ("Doeland University Grant Office" stays one name)',
  },
];

export const GLUED_PERSON_TABLE = table('actors.glued-person', 'actors', GLUED_PERSON_ROWS);

/** Institution heads that a campus name follows ("University of X at Y", "University of X, Y"). */
export const CAMPUS_HEADS: readonly WordRow[] = wordRows('campus-head', 'university college', 'the University of Doeland at Kells');

/** Heads of a court or assembly that two joined places may name ("Doeland and Kells Court of Appeal"). */
export const COURT_HEADS: readonly WordRow[] = wordRows('court-head', 'court courts assembly legislature parliament council', 'the Doeland and Kells Court of Appeal');

/** Last words of an institution's name: a given name "of" a run ending in one is no person ("Mary of the Harlow Institute"). */
export const ORG_ENDS: readonly WordRow[] = wordRows('org-end', 'university college institute school church abbey hospital society academy', 'Mary of the Harlow Institute');

/**
 * A capital "I" (or a Roman numeral) after a name: a regnal number that belongs to it ("Tsar Vadim I,
 * and", "Johann II"), not the pronoun "I" that starts a clause ("in Air Force ROTC I applied").
 */
export const REGNAL_ROWS: readonly Rule<'keep'>[] = [
  {
    id: 'actors.regnal.numeral', match: '@cap [(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi)]', unless: ['[.] (#Verb|#Modal|#Adverb|#Auxiliary|#Copula|#Pronoun)'], then: 'keep',
    example: 'He served in the guard under Tsar Vadim I, and in 1712 he retired.',
    counter: 'After a year in Air Force ROTC I moved to Ohio.',
  },
];

export const REGNAL_TABLE = table('actors.regnal', 'actors', REGNAL_ROWS);

/**
 * A title word inside an institution's name is no title ("the Society for General Systems Research"):
 * the first row that holds for the title (the capture) keeps the titled-person scan off it.
 */
export const TITLE_INSIDE_ROWS: readonly Rule<'inside'>[] = [
  {
    id: 'actors.title-inside.after-head', match: '@orgHead (of|for|on) the? [.]', then: 'inside',
    example: 'In the 1950s he joined the Society for General Doeland Research.',
    counter: 'In the 1950s the Society thanked General Doeland for his research.',
  },
  {
    id: 'actors.title-inside.head-of-office', match: '@orgHead (of|for) the? @cap+ [.] (of|for) the? @cap', then: 'inside',
    example: 'The Office of the Doeland High Commissioner for Refugees said the camp was full.',
    counter: 'The Board of Doeland Trade Commissioner Mara Quell said the camp was full.',
    note: 'an office named for its holder ("Office of the UN High Commissioner for Human Rights", "Bureau of the Special Envoy for X"): the title and its own "of"/"for" stay in the name',
  },
];

export const TITLE_INSIDE_TABLE = table('actors.title-inside', 'actors', TITLE_INSIDE_ROWS);

/**
 * A month word right after a capitalized name word is a surname, not a date ("Prime Minister Teodora May",
 * "Li Quaspel Jun"), unless a number follows it ("Doe May 5") or a date word, a title or a comma comes before it
 * ("on Monday May 5", "Sen. May", "Doe, May 5"). Decided once per document for every month word.
 */
export const MONTH_SURNAME_ROWS: readonly Rule<'surname'>[] = [
  {
    id: 'actors.month-surname.after-name', match: '@cap [%month%]',
    unless: ['(#Date|#WeekDay|#Month|%title-word%) [.]', '. , [.]', '. — [.]', '[.] (#Value|#Cardinal|#Ordinal|#Date)'], then: 'surname',
    example: 'Prime Minister Teodora May said no to the plan.', counter: 'On Monday May 5 the minister said no to the plan.',
    note: 'also "Brian May played", "columnist Li Jun wrote"; dates stay dates: "in May", "Doe May 2019 report"',
  },
];

export const MONTH_SURNAME_TABLE = table('actors.month-surname', 'actors', MONTH_SURNAME_ROWS);
