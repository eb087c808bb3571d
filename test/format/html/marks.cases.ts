/**
 * Span layering cases: marks written as [start, end, kind]; `want` is the text rendered with brackets
 * `<kind:` ... `>` (a `~` after the kind marks a reopened fragment). Positive cases nest, split or
 * order marks; negative cases drop marks that cannot be drawn.
 */
import type { MarkKind } from '../../../src/format/html/kinds.js';

export interface LayerCase {
  id: string;
  text: string;
  marks: [number, number, MarkKind][];
  want: string;
}

export const LAYER_CASES: LayerCase[] = [
  { id: 'none', text: 'plain text', marks: [], want: 'plain text' },
  { id: 'single', text: 'Ada spoke', marks: [[0, 3, 'actor-person']], want: '<actor-person:Ada> spoke' },
  { id: 'nested', text: 'Ada said hi', marks: [[0, 11, 'claim'], [0, 3, 'actor-person']], want: '<claim:<actor-person:Ada> said hi>' },
  { id: 'same span: lower rank outside', text: 'June 3', marks: [[0, 6, 'date'], [0, 6, 'deadline']], want: '<deadline:<date:June 3>>' },
  { id: 'same span: claim outside quote', text: 'go now', marks: [[0, 6, 'quote-statement'], [0, 6, 'claim']], want: '<claim:<quote-statement:go now>>' },
  { id: 'adjacent', text: 'AB', marks: [[0, 1, 'date'], [1, 2, 'date']], want: '<date:A><date:B>' },
  { id: 'partial overlap: inner reopened', text: 'abcdef', marks: [[0, 4, 'claim'], [2, 6, 'quote-statement']], want: '<claim:ab<quote-statement:cd>><quote-statement~:ef>' },
  {
    id: 'partial overlap: several suspended',
    text: 'abcdefgh',
    marks: [[0, 4, 'claim'], [1, 6, 'quote-statement'], [2, 8, 'date']],
    want: '<claim:a<quote-statement:b<date:cd>>><date~:<quote-statement~:ef>gh>',
  },
  { id: 'inner ends with outer', text: 'abc', marks: [[0, 3, 'claim'], [1, 3, 'cue']], want: '<claim:a<cue:bc>>' },
  { id: 'negative: empty span dropped', text: 'abc', marks: [[1, 1, 'date']], want: 'abc' },
  { id: 'negative: reversed span dropped', text: 'abc', marks: [[2, 1, 'date']], want: 'abc' },
  { id: 'negative: span past the end dropped', text: 'abc', marks: [[1, 9, 'date']], want: 'abc' },
  { id: 'negative: negative start dropped', text: 'abc', marks: [[-1, 2, 'date']], want: 'abc' },
];
