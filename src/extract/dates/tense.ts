import type { ParsedDoc, Token } from '../../parse/types.js';
import { CONDITIONAL_CUES, FUTURE_CUES, FUTURE_PREPOSITIONS, PARTICIPLE_HOSTS, PAST_AUXILIARIES, PAST_PREPOSITIONS } from '../../rules/dates/tense.js';

export type Direction = 'past' | 'future';

const FUTURE = new Set(FUTURE_CUES.words);
const FUTURE_PREP = new Set(FUTURE_PREPOSITIONS.words);
const PAST_PREP = new Set(PAST_PREPOSITIONS.words);
const PAST_AUX = new Set(PAST_AUXILIARIES.words);
const HOSTS = new Set(PARTICIPLE_HOSTS.words);
/** "is to take over", "were to win": a be-form before "to" points ahead. */
const BE_TO = new Set(['is', 'are', 'am', 'was', 'were']);
/** A conditional clause ("if they win in November") points ahead. */
const CONDITIONAL = new Set(CONDITIONAL_CUES.words);
/** How many tokens each side of the date are read. */
const WINDOW = 14;

type Vote = Direction | null;

/** What one token says about the tense of the clause, given the token before it. */
function vote(t: Token, prev: Token | undefined): Vote {
  const w = t.normal;
  if (w === 'to' && prev && BE_TO.has(prev.normal)) return 'future';
  if (CONDITIONAL.has(w)) return 'future';
  if (FUTURE.has(w) || t.tags.has('Modal') && w !== 'may' && w !== 'might' && w !== 'could') return 'future';
  if (PAST_AUX.has(w)) return 'past';
  if (t.tags.has('Verb') && t.tags.has('PastTense') && !(prev && HOSTS.has(prev.normal))) return 'past';
  return null;
}

/** A verb that heads a clause (not an auxiliary, copula or participle host). */
function isMainVerb(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !HOSTS.has(t.normal) && !t.tags.has('Particle');
}

/**
 * Tokens of sentence `si` before [start, end) (nearest first) and after it. The right side stops at
 * a comma or semicolon unless the date opens the sentence ("On Thursday, the leaders will meet").
 */
function sides(doc: ParsedDoc, si: number, start: number, end: number): { left: Token[]; right: Token[] } {
  const s = doc.sentences[si]!;
  const left: Token[] = [];
  const right: Token[] = [];
  let last = end;
  let open = true;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.end <= start) left.push(t);
    else if (t.start >= end && open) {
      if (/[,;:\u2014]/.test(doc.text.slice(last, t.start)) && left.length > 2) open = false;
      else right.push(t);
      last = t.end;
    }
  }
  return { left: left.reverse().slice(0, WINDOW), right: right.slice(0, WINDOW) };
}

/**
 * Which way a bare weekday, month or season points: the first tense cue found reading leftwards from
 * the date, then rightwards; a preposition such as "until" leans to the future unless a past verb
 * overrides it; news defaults to the past.
 */
export function direction(doc: ParsedDoc, si: number, start: number, end: number): Direction {
  const { left, right } = sides(doc, si, start, end);
  if (right[0]?.normal === 'ago') return 'past';
  let lean = false;
  for (let i = 0; i < left.length; i++) {
    const w = left[i]!.normal;
    if (i < 3 && PAST_PREP.has(w)) return 'past';
    if (i < 3 && FUTURE_PREP.has(w)) lean = true;
    const v = vote(left[i]!, left[i + 1]);
    if (v) return v;
    if (lean && isMainVerb(left[i]!)) return 'future';
  }
  if (lean) return 'future';
  for (let i = 0; i < right.length; i++) {
    const v = vote(right[i]!, right[i - 1]);
    if (v) return v;
  }
  return 'past';
}
