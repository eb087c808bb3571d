/**
 * Name boundaries as rows (src/rules/actors/boundaries.ts): where a run of capitalized words stopped,
 * the boundary table says whether the next capitalized words still belong to the name.
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import type { RuleTable } from '../../engine/rule.js';
import { CAMPUS_HEADS, COURT_HEADS, EXTEND_TABLE, GLUED_PERSON_TABLE, LIST_HEAD_TABLE, SHARED_SURNAME_TABLE, MONTH_SURNAME_TABLE, ORG_ENDS, REGNAL_TABLE, TITLE_INSIDE_TABLE, YIELD_TABLE } from '../../rules/actors/boundaries.js';
import type { WordRow } from '../../rules/actors/types.js';
import { commonWord, firstNameGender } from './english.js';
import { runEnd } from './runs.js';
import type { Word } from './types.js';
import { isCap } from './words.js';
import { MONTH, ORG_HEAD, ORG_SUFFIX, ORG_WORD, PARTICLES, QUALIFIER } from './wordsets.js';
import { TITLES } from '../../rules/actors/titles.js';
import { EVENT_HEADS, ROUTE_HEADS } from '../../rules/actors/non-actors.js';

const set = (rows: readonly WordRow[]): ReadonlySet<string> => new Set(rows.map((r) => r.word));
/** One-word titles and honorifics, with and without their period ("Sen.", "sen"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.filter((t) => !t.title.includes(' ')).flatMap((t) => [t.title, t.title.endsWith('.') ? t.title.slice(0, -1) : t.title]));
const ENV: MatchEnv = {
  lexicons: new Map([['campus-head', set(CAMPUS_HEADS)], ['court-head', set(COURT_HEADS)], ['org-end', set(ORG_ENDS)], ['org-word', ORG_WORD], ['name-particle', PARTICLES], ['month', MONTH], ['title-word', TITLE_WORDS], ['route-head', set(ROUTE_HEADS)], ['event-head', set(EVENT_HEADS)], ['org-head', ORG_HEAD], ['qualifier', QUALIFIER], ['org-suffix', ORG_SUFFIX]]),
  predicates: new Map([
    ['firstName', (d, k) => d.tokens[k]!.cap && firstNameGender(d.tokens[k]!.text) !== null],
    /** a capitalized first name that is no common English word: "Simon", not "Grant" */
    ['givenName', (d, k) => d.tokens[k]!.cap && firstNameGender(d.tokens[k]!.text) !== null && !commonWord(d.tokens[k]!.text)],
    /** a capitalized word that is no common English word: "Quaspel", not "Week" */
    ['surname', (d, k) => d.tokens[k]!.cap && !commonWord(d.tokens[k]!.text)],
    /** capitalized as a name word, an elided particle before a capital included ("d'Intervention") */
    ['nameCap', (d, k) => isCap(d.tokens[k]!.text)],
    ['orgHead', (d, k) => d.tokens[k]!.cap && ORG_WORD.has(d.tokens[k]!.norm)],
  ]),
};

/** Does a row of the table hold for the words [a, b)? */
function holdsAt<V>(t: RuleTable<V>, doc: ParsedDoc, words: readonly Word[], a: number, b: number, trace: Trace): boolean {
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

/** Does the run [i, r) open with an institution head that a list may follow (table actors.list-head)? */
export const listHead = (doc: ParsedDoc, words: readonly Word[], i: number, r: number, trace: Trace): boolean => holdsAt(LIST_HEAD_TABLE, doc, words, i, r, trace);

/** Does the given name at word k share the surname of the name after its "and" (table actors.shared-surname)? */
export const sharesSurname = (doc: ParsedDoc, words: readonly Word[], k: number, trace: Trace): boolean => holdsAt(SHARED_SURNAME_TABLE, doc, words, k, k + 1, trace);

/** Where a person's name glued after an institution word starts in the run [i, b) (table actors.glued-person), else b. */
export function gluedPerson(doc: ParsedDoc, words: readonly Word[], i: number, b: number, trace: Trace): number {
  const k = words.slice(i + 1, b - 1).findIndex((w) => holdsAt(GLUED_PERSON_TABLE, doc, words, w.i, b, trace));
  return k < 0 ? b : i + 1 + k;
}

/** Is word k a regnal number of the name before it ("Vadim I,", "Johann II"), not the pronoun "I"? */
export const regnal = (doc: ParsedDoc, words: readonly Word[], k: number, trace: Trace): boolean => holdsAt(REGNAL_TABLE, doc, words, k, k + 1, trace);

/** Is the title at word j inside an institution's name ("the Society for General Systems Research")? */
export const titleInside = (doc: ParsedDoc, words: readonly Word[], j: number, trace: Trace): boolean => holdsAt(TITLE_INSIDE_TABLE, doc, words, j, j + 1, trace);

/** Mark the month words that are surnames ("Teodora May": table actors.month-surname), once per document. */
export function markMonthSurnames(doc: ParsedDoc, words: Word[], trace: Trace): void {
  for (const w of words) w.monthSurname = MONTH.has(w.lower) && holdsAt(MONTH_SURNAME_TABLE, doc, words, w.i, w.i + 1, trace);
}
