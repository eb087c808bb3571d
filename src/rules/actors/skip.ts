/**
 * Lone capitalized words skipped by the actors scan (DATA ONLY): not names, whatever their capital.
 * Applied by the engine to a one-word run, in order; a row that holds rejects the run (recorded in the trace).
 */
import { type Rule, table } from '../../engine/rule.js';

export const SKIP_ROWS: readonly Rule<'reject'>[] = [
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
