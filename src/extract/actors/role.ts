/**
 * Roles: the title the article gives an actor, from a title before the name ("Treasury Secretary
 * Jane Doe", "Chinese leader Jane Doe") or an appositive after it ("Doe, the Treasury Secretary,").
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { ROLE_STOP_TABLE } from '../../rules/actors/roles.js';
import { matchAt } from './lexicon.js';
import { connector, suffixed } from './runs.js';
import type { Word } from './types.js';
import { ASIDE_DASH } from '../../parse/quote-marks.js';
import { ENVOY_LINK, functionWord, NOT_ACTOR, ROLE_ARTICLE } from './wordsets.js';

const MAX_MODIFIERS = 3;
const MAX_APPOSITIVE = 10;
/** Punctuation that ends an appositive role (a comma, stop, bracket or aside dash). */
const ROLE_BREAK = new RegExp(`[,.;:()${ASIDE_DASH}]`, 'u');

/** First word of the role phrase whose title words start at j: capitalized or demonym modifiers before it, and a lower-case title word after a body's name ("Acme Foundation executive director"; hyphen-joined words count once). */
export function roleStart(text: string, words: readonly Word[], j: number): number {
  let k = j;
  let n = 0;
  let named = false;
  while (k > 0 && n < MAX_MODIFIERS) {
    const p = words[k - 1]!;
    if (p.sentence !== words[j]!.sentence || p.poss || p.headline) break;
    if (k > 1 && k < j && !p.cap && linkInName(words, k - 1)) {
      k--; // "Doeland Department of Roads official": the body's name goes on before its link word
      n = 0;
      named = true;
      continue;
    }
    if (NOT_ACTOR.has(p.lower) && !(named && p.cap)) break;
    if ((!p.cap && !p.tags.has('Demonym') && !(k > 1 && suffixed(words[k - 2]!) && matchAt(words, k - 1, ['title']))) || (p.first && functionWord(p) && !matchAt(words, k - 1, ['name']) && !suffixed(words[k]!))) break;
    if (!/^(?:[ \t]+|[-\u2013])$/u.test(text.slice(p.end, words[k]!.start))) break;
    n += k < j && words[k]!.hyphen ? 0 : 1; // "Export–Import" is one modifier
    k--;
  }
  return k;
}

/** "of" in "Department of Roads", "and" in "Department of Health and Welfare": a link inside a body's name at word k. */
export function linkInName(words: readonly Word[], k: number): boolean {
  return words[k - 1]!.cap && words[k + 1]!.cap && connector(words, k, 0);
}

/**
 * An appositive role after the name ending at word e (exclusive): ", [the|a|an] ... TITLE ... ,|."
 * Not where the words after the comma open a clause (rows of src/rules/actors/roles.ts: "X, said the
 * president had ..."). Returns the role text, or null.
 */
export function appositiveRole(doc: ParsedDoc, words: readonly Word[], e: number, trace: Trace = NO_TRACE): string | null {
  const text = doc.text;
  const last = words[e - 1];
  let k = e;
  if (!last || k >= words.length || words[k]!.sentence !== last.sentence) return null;
  if (!/^\s*,\s*$/u.test(text.slice(last.end, words[k]!.start)) || clauseOpens(doc, words[k]!, trace)) return null;
  if (ROLE_ARTICLE.has(words[k]!.lower)) k++;
  const from = k;
  let hasTitle = false;
  while (k < words.length && k - from < MAX_APPOSITIVE && words[k]!.sentence === last.sentence) {
    const m = matchAt(words, k, ['title']);
    if (m) {
      hasTitle = true;
      k += m.len;
      if (titledName(text, words, k)) return null;
    } else k++;
    const between = k < words.length ? text.slice(words[k - 1]!.end, words[k]!.start) : '';
    if (ROLE_BREAK.test(between) || k >= words.length || words[k]!.sentence !== last.sentence) {
      return hasTitle ? text.slice(words[from]!.start, words[k - 1]!.end) : null;
    }
  }
  return null;
}

/** The word after the comma opens a clause, not an appositive (the first row of ROLE_STOP_TABLE that holds). */
function clauseOpens(doc: ParsedDoc, w: Word, trace: Trace): boolean {
  const span = { first: w.token, end: w.token + 1 };
  return decide(ROLE_STOP_TABLE, span, { doc, range: sentenceRange(doc, w.sentence), trace, kind: 'role', verdict: () => 'reject' }) !== null;
}

/** ", Sen. Jane Doe, ...": a title right before a capitalized name opens a titled person, not a role. */
function titledName(text: string, words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && w.cap && w.sentence === words[k - 1]!.sentence && /^[ \t]+$/u.test(text.slice(words[k - 1]!.end, w.start)) && !matchAt(words, k, ['title']);
}

/**
 * A role right before the name starting at word a, after an owner: "Freedonia's trade minister, Jane Doe,",
 * "the company's president, Jane Doe,". Returns the role text, or null.
 */
export function roleBefore(text: string, words: readonly Word[], a: number): string | null {
  const name = words[a]!;
  const prev = words[a - 1];
  if (!prev || prev.sentence !== name.sentence || !/^[ \t]*,[ \t]*$/u.test(text.slice(prev.end, name.start))) return null;
  for (let k = a - 1; k >= 0 && a - k <= 6; k--) {
    const m = matchAt(words, k, ['title']);
    if (!m || (k + m.len !== a && !postedTo(words, k + m.len, a))) continue;
    let j = k;
    while (j > 0 && k - j < MAX_MODIFIERS && !words[j - 1]!.poss && !words[j - 1]!.cap && /^\p{Ll}/u.test(words[j - 1]!.text) && !functionWord(words[j - 1]!)) j--;
    const owner = words[j - 1];
    if (owner && owner.poss && owner.sentence === name.sentence) return text.slice(words[j]!.start, prev.end);
  }
  return null;
}

/** "ambassador to Freedonia, Jane Doe": "to" and a capitalized place between the title and the comma. */
function postedTo(words: readonly Word[], k: number, a: number): boolean {
  return ENVOY_LINK.has(words[k]?.lower ?? '') && a - k >= 2 && a - k <= 4 && words.slice(k + 1, a).every((w) => w.cap);
}
