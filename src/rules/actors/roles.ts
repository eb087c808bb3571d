/**
 * Appositive roles (DATA ONLY): after "Name," the words that open a clause, not an appositive. The role
 * reader (src/extract/actors/role.ts) asks the table about the first word after the comma; a row that
 * holds means the name has no appositive role there (a rejection, recorded in the trace).
 */
import { type Rule, table } from '../../engine/rule.js';

export const ROLE_STOP_ROWS: readonly Rule<'reject'>[] = [
  {
    id: 'actors.role.verb-opening',
    match: '[(#PastTense|#PresentTense|#Gerund)] (#Determiner|#Pronoun|#Preposition|that)',
    unless: ['[(#Adjective|#Noun)]'],
    then: 'reject',
    example: 'The head of the farmers group, Mara Quell, said the minister had "listened to the growers".',
    counter: 'The head of the rights group, Mara Quell, elected president of the board in May, spoke first.',
    note: 'a verb with its object or clause after the comma is the name\'s predicate ("X, said the president had ...", "X, wrote a host of songs for the album", "X, adding that ..."), not a role',
  },
];

export const ROLE_STOP_TABLE = table('actors.role', 'actors', ROLE_STOP_ROWS);
