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
    id: 'actors.extend.campus-comma', match: '[%campus-head% of @cap+ , @cap] (@lower|$)', unless: ['[.+] (and|or)', '[.+] %campus-head%', '[.+ (#Person|#FirstName)]'], then: 'join',
    example: 'He taught linguistics at the University of Doeland, Kells, where he met his wife.',
    counter: 'He taught at the University of Doeland, Kells and Harlow for ten years.',
    note: 'a campus after a comma: "University of California, Berkeley"; a list of names is no campus',
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
];

export const YIELD_TABLE = table('actors.yield', 'actors', YIELD_ROWS);

/** Institution heads that a campus name follows ("University of X at Y", "University of X, Y"). */
export const CAMPUS_HEADS: readonly WordRow[] = wordRows('campus-head', 'university college', 'the University of Doeland at Kells');
