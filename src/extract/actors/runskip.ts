/**
 * Whole runs of capitalized words that are no names: the rows of RUN_SKIP_TABLE (src/rules/actors/skip.ts),
 * with the predicates that test the run [i, b) the scan found (demonym phrases, a title alone, symbols,
 * headlines, all capitals, names listed after a plural of places).
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { RUN_SKIP_TABLE } from '../../rules/actors/skip.js';
import { PLACE_PLURALS } from '../../rules/actors/words.js';
import { matchAt } from './lexicon.js';
import { dateline } from './runs.js';
import type { Word } from './types.js';
import { hasTag, PERSON_TAGS } from './wordsets.js';

const PLACE_PLURAL: ReadonlySet<string> = new Set(PLACE_PLURALS.map((r) => r.word));

const SYMBOL = /[$<>@#{}()|]/u;
const LOWER = /\p{Ll}/u;

/** "Southeast Asian sales", "Latin American": a run ending in a demonym is an adjective, not a name. */
const demonymEnd = (words: readonly Word[], b: number): boolean => words[b - 1]!.tags.has('Demonym') || matchAt(words, b - 1, ['demonym'])?.len === 1;

function env(doc: ParsedDoc, words: readonly Word[], i: number, b: number): MatchEnv {
  const run = words.slice(i, b);
  return {
    lexicons: new Map([['place-plural', PLACE_PLURAL]]),
    predicates: new Map([
      ['demonymPhrase', () => b - i > 1 && demonymEnd(words, b) && !hasTag(words[i]!, [...PERSON_TAGS, 'City', 'Organization'])],
      ['titleAlone', () => matchAt(words, i, ['title'])?.len === b - i],
      ['symbol', () => run.some((x) => SYMBOL.test(x.text))],
      ['headline', () => words[i]!.headline],
      ['allCaps', () => b - i > 1 && !dateline(doc, words, i, b) && run.every((x) => !LOWER.test(x.text))],
    ]),
  };
}

/** Does a run-skip row reject the run [i, b) (b > i)? Recorded in the trace under the row's id. */
export function runSkipped(doc: ParsedDoc, words: readonly Word[], i: number, b: number, trace: Trace): boolean {
  const span = { first: words[i]!.token, end: words[b - 1]!.token + 1 };
  return decide(RUN_SKIP_TABLE, span, { doc, range: sentenceRange(doc, words[i]!.sentence), env: env(doc, words, i, b), trace, kind: 'actor', verdict: () => 'reject' }) !== null;
}
