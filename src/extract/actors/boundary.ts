/**
 * Name boundaries as rows (src/rules/actors/boundaries.ts): where a run of capitalized words stopped,
 * the boundary table says whether the next capitalized words still belong to the name.
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import type { RuleTable } from '../../engine/rule.js';
import { CAMPUS_HEADS, EXTEND_TABLE, YIELD_TABLE } from '../../rules/actors/boundaries.js';
import { runEnd } from './runs.js';
import type { Word } from './types.js';

const ENV: MatchEnv = { lexicons: new Map([['campus-head', new Set(CAMPUS_HEADS.map((r) => r.word))]]) };

/** Does a row of the table hold for the words [a, b)? */
function holdsAt(t: RuleTable<'join'>, doc: ParsedDoc, words: readonly Word[], a: number, b: number, trace: Trace): boolean {
  const span = { first: words[a]!.token, end: words[b - 1]!.token + 1 };
  return decide(t, span, { doc, range: sentenceRange(doc, words[a]!.sentence), env: ENV, trace, kind: 'actor' }) !== null;
}

/** Does the lexicon name [a, b) yield to the longer run it opens ("Supreme Court" in "Supreme Court of Doeland")? */
export const yields = (doc: ParsedDoc, words: readonly Word[], a: number, b: number, trace: Trace): boolean => holdsAt(YIELD_TABLE, doc, words, a, b, trace);

/** End of the run [i, r) after the boundary rows (one join): "University of Doeland" + "at Kells" / ", Kells". */
export function extendRun(doc: ParsedDoc, words: readonly Word[], used: Uint8Array, i: number, r: number, trace: Trace): number {
  const w = words[r];
  if (r <= i || !w || used[r] || w.sentence !== words[i]!.sentence || !holdsAt(EXTEND_TABLE, doc, words, i, r + 1, trace)) return r;
  const from = w.cap ? r : r + 1;
  const end = from < words.length && words[from]!.cap && !used[from] ? runEnd(doc.text, words, from, used) : from;
  return end > from ? end : r;
}
