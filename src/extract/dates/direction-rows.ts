/** Applies the direction rows of src/rules/dates/direction.ts to a date span (see tense.ts). */
import { decide, sentenceRange, type MatchEnv, type TokenRange } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { DIRECTION_FALLBACK, DIRECTION_ROWS, EFFECT_BRIDGES, EFFECT_VOTES, EVENT_NOUNS, type Way } from '../../rules/dates/direction.js';
import { NONPAST_EFFECT_VERBS, PAST_EFFECT_VERBS, SAME_FORM_PAST } from '../../rules/dates/tense.js';
import type { RuleTable } from '../../engine/rule.js';

const ENV: MatchEnv = {
  lexicons: new Map([
    ['event', new Set(EVENT_NOUNS)],
    ['past-effect', new Set(PAST_EFFECT_VERBS.words)],
    ['nonpast-effect', new Set(NONPAST_EFFECT_VERBS.words)],
    ['effect-bridge', new Set(EFFECT_BRIDGES)],
    ['same-form-past', new Set(SAME_FORM_PAST.words)],
  ]),
};

/**
 * The tokens of sentence `si` inside [start, end), or null; with `overlap`, the tokens that touch it (for a
 * candidate inside one token: "1895" in "1895-070"). Every stage that matches rows on an item reads this.
 */
export function tokenSpan(doc: ParsedDoc, si: number, start: number, end: number, overlap = false): TokenRange | null {
  const s = doc.sentences[si]!;
  let first = -1;
  let last = -1;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (overlap ? t.start >= end || t.end <= start : t.start < start || t.end > end) continue;
    if (first < 0) first = i;
    last = i + 1;
  }
  return first < 0 ? null : { first, end: last };
}

function ask(t: RuleTable<Way>, doc: ParsedDoc, si: number, start: number, end: number, trace: Trace): Way | null {
  const sp = tokenSpan(doc, si, start, end);
  if (!sp) return null;
  return decide(t, sp, { doc, range: sentenceRange(doc, si), env: ENV, trace, kind: 'date' })?.value ?? null;
}

/** The direction an adverb or preposition fixes, before any tense votes. */
export const ruledDirection = (doc: ParsedDoc, si: number, start: number, end: number, trace: Trace = NO_TRACE): Way | null =>
  ask(DIRECTION_ROWS, doc, si, start, end, trace);

/** The direction a construction suggests when no tense cue speaks. */
export const fallbackDirection = (doc: ParsedDoc, si: number, start: number, end: number, trace: Trace = NO_TRACE): Way | null =>
  ask(DIRECTION_FALLBACK, doc, si, start, end, trace);

/** The vote an effect row fixes for token `i` ("took effect": past), or null when none holds. */
export const effectVote = (doc: ParsedDoc, i: number, trace: Trace = NO_TRACE): Way | null =>
  decide(EFFECT_VOTES, { first: i, end: i + 1 }, { doc, range: sentenceRange(doc, doc.tokens[i]!.sentence), env: ENV, trace, kind: 'date' })?.value ?? null;
