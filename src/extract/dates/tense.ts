import type { ParsedDoc, Token } from '../../parse/types.js';
import type { Trace } from '../../engine/trace.js';
import { ASIDE_DASH } from '../../parse/quote-marks.js';
import { INFINITIVE_MARKERS } from '../../rules/clauses/rows.js';
import { effectVote, fallbackDirection, ruledDirection } from './direction-rows.js';
import {
  BE_TO_FORMS, CLAUSE_OPENERS, CONDITIONAL_CUES, FUTURE_CUES, FUTURE_PREPOSITIONS, PARTICIPLE_HOSTS, PAST_AUXILIARIES, PAST_FORMS,
  PAST_POSTPOSITIONS, PAST_PREPOSITIONS, FUTURE_VERBS, GRANT_VERBS, WEAK_MODALS as WEAK_MODAL_WORDS,
} from '../../rules/dates/tense.js';

export type Direction = 'past' | 'future';

const FUTURE = new Set(FUTURE_CUES.words);
const FUTURE_PREP = new Set(FUTURE_PREPOSITIONS.words);
const PAST_PREP = new Set(PAST_PREPOSITIONS.words);
const PAST_AFTER = new Set(PAST_POSTPOSITIONS.words);
const PAST_AUX = new Set(PAST_AUXILIARIES.words);
const PAST_FORM = new Set(PAST_FORMS.words);
const HOSTS = new Set(PARTICIPLE_HOSTS.words);
const OPENERS = new Set(CLAUSE_OPENERS.words);
const FUTURE_VERB = new Set(FUTURE_VERBS.words);
const GRANT = new Set(GRANT_VERBS.words);
const WEAK_MODALS = new Set(WEAK_MODAL_WORDS.words);
/** "is to take over", "were to win": a be-form before "to" points ahead. */
const BE_TO = new Set(BE_TO_FORMS.words);
/** A conditional clause ("if they win in November") points ahead. */
const CONDITIONAL = new Set(CONDITIONAL_CUES.words);
/** How many tokens each side of the date are read. */
const WINDOW = 14;

type Vote = Direction | null;

/** What one token says about the tense of the clause, given the token before it (an effect row first: src/rules/dates/direction.ts). */
function vote(doc: ParsedDoc, t: Token, prev: Token | undefined, trace?: Trace): Vote {
  const w = t.normal;
  const effect = effectVote(doc, t.index, trace);
  if (effect) return effect;
  if (INFINITIVE_MARKERS.has(w) && prev && BE_TO.has(prev.normal)) return 'future';
  if (CONDITIONAL.has(w)) return 'future';
  if (FUTURE.has(w) || t.tags.has('Modal') && !WEAK_MODALS.has(w)) return 'future';
  if (PAST_AUX.has(w)) return 'past';
  const hosted = prev !== undefined && HOSTS.has(prev.normal);
  if ((t.tags.has('Verb') && t.tags.has('PastTense') || PAST_FORM.has(w)) && !hosted) return 'past';
  return null;
}

/** A verb that heads a clause (not an auxiliary, copula or participle host). */
function isMainVerb(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !HOSTS.has(t.normal) && !t.tags.has('Particle');
}

/** A comma, semicolon, colon or aside dash: the right side of a date stops there. */
const RIGHT_BREAK = new RegExp(`[,;:${ASIDE_DASH}]`);

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
  // a parenthesis still open at the date is its clause: "(the report covers activity for the month of June)"
  const before = doc.text.slice(s.start, start);
  const paren = before.lastIndexOf('(') > before.lastIndexOf(')') ? s.start + before.lastIndexOf('(') : -1;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.end <= start) {
      if (t.start > paren) left.push(t);
    } else if (t.start >= end && open) {
      if (RIGHT_BREAK.test(doc.text.slice(last, t.start)) && left.length > 2 || paren >= 0 && doc.text.slice(last, t.start).includes(')')) open = false;
      else right.push(t);
      last = t.end;
    }
  }
  return { left: left.reverse().slice(0, WINDOW), right: right.slice(0, WINDOW) };
}

/** Where the date's own clause ends: the index of the first clause opener (or the length). */
function clauseEnd(tokens: Token[]): number {
  const i = tokens.findIndex((t) => OPENERS.has(t.normal));
  return i < 0 ? tokens.length : i;
}

/** Reading leftwards inside the clause: a vote, a lean to the future ("until", "by"), or nothing. */
function readLeft(doc: ParsedDoc, left: Token[], upTo: number, trace?: Trace): { v: Vote; lean: boolean } {
  let lean = false;
  let owned = false;
  for (let i = 0; i < upTo; i++) {
    const w = left[i]!.normal;
    if (i < 3 && PAST_PREP.has(w)) return { v: 'past', lean };
    // "By reports on Saturday": another preposition nearer the date ("on") is the date's own, or a noun between is the object
    if (i < 3 && FUTURE_PREP.has(w) && !owned) lean = true;
    const t = left[i]!;
    owned ||= (t.tags.has('Preposition') && !FUTURE_PREP.has(w)) || (t.tags.has('Noun') && !t.tags.has('Date') && !t.tags.has('Value'));
    const v = vote(doc, t, left[i + 1], trace);
    if (v === 'past' && lean && GRANT.has(w)) return { v: 'future', lean };
    if (v) return { v, lean };
    const participle = t.tags.has('Participle') && HOSTS.has(left[i + 1]?.normal ?? '');
    if (lean && isMainVerb(t) && !participle) return { v: 'future', lean };
  }
  return { v: null, lean };
}

function readRight(doc: ParsedDoc, right: Token[], from: number, upTo: number, trace?: Trace): Vote {
  for (let i = from; i < upTo; i++) {
    const v = vote(doc, right[i]!, right[i - 1], trace);
    if (v) return v;
  }
  return null;
}

/**
 * Which way a bare weekday, month or season points. The date's own clause governs: the nearest tense
 * cue reading leftwards, then rightwards, up to a clause opener ("that", "which"); a preposition such as
 * "until" leans to the future unless a verb says otherwise (on the right only when the date opens the
 * sentence: "By Monday's close, shares had fallen"); then the clause around it; news defaults to the past.
 */
export function direction(doc: ParsedDoc, si: number, start: number, end: number, trace?: Trace): Direction {
  return tense(doc, si, start, end, trace) ?? 'past';
}

/**
 * As `direction`, but null when no cue speaks at all (a present-tense or verbless sentence). Direction
 * rows (adverbs, prepositions: src/rules/dates/direction.ts) outrank the votes of verb tenses; a fallback
 * row speaks when nothing else does.
 */
export function tense(doc: ParsedDoc, si: number, start: number, end: number, trace?: Trace): Vote {
  return ruledDirection(doc, si, start, end, trace) ?? votedTense(doc, si, start, end, trace) ?? fallbackDirection(doc, si, start, end, trace);
}

function votedTense(doc: ParsedDoc, si: number, start: number, end: number, trace?: Trace): Vote {
  const { left, right } = sides(doc, si, start, end);
  if (PAST_AFTER.has(right[0]?.normal ?? '')) return 'past';
  const leftEnd = clauseEnd(left);
  const rightEnd = clauseEnd(right);
  const own = readLeft(doc, left, leftEnd, trace);
  if (own.v) return own.v;
  if (own.lean && left.length > 2) return 'future';
  const after = readRight(doc, right, 0, rightEnd, trace);
  if (after) return after;
  if (own.lean) return 'future';
  return readLeft(doc, left.slice(leftEnd), left.length - leftEnd, trace).v ?? readRight(doc, right, rightEnd, right.length, trace);
}

/** Whether a future verb stands anywhere in the sentence before the date ("will ... in June"). */
export function futureBefore(doc: ParsedDoc, si: number, start: number): boolean {
  const s = doc.sentences[si]!;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.end > start) return false;
    if (FUTURE_VERB.has(t.normal) || t.tags.has('Modal') && !WEAK_MODALS.has(t.normal)) return true;
  }
  return false;
}
