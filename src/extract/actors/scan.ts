/**
 * Scan the words for candidate mentions, in two passes:
 * 1. titled persons: a title or honorific before a capitalized name ("Sen. Jane Doe", "Mr. Doe");
 *    the title and its modifiers become the role and are not mentions themselves;
 * 2. left to right: lexicon names (longest match), else runs of capitalized words, typed by classify().
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { COUNTRY_ADJECTIVE_TABLE, COUNTRY_IN_PLACE_TABLE, SKIP_TABLE } from '../../rules/actors/skip.js';
import { WATER_HEADS } from '../../rules/actors/non-actors.js';
import { COUNTRY_ACTING_HEADS, POSTED_BODY_HEADS } from '../../rules/actors/words.js';
import type { ParsedDoc } from '../../parse/types.js';
import { APOSTROPHE_CHARS } from '../../parse/quote-marks.js';
import { makeCandidate as cand } from './candidate.js';
import { firstNameGender } from './english.js';
import { typeRun } from './typing.js';
import { nameStart, withoutPostnominals } from './trim.js';
import { documentEnd } from './documents.js';
import { circuitAt } from './courts.js';
import { demonymBody } from './embassy.js';
import { innerCaps, modifierOpener, namedOpener } from './opener.js';
import { matchAt, type Match } from './lexicon.js';
import { afterOutlet, dateline, headedName, knownTail, leadingParticle, localTail, runEnd, showEnd, suffixed } from './runs.js';
import { listEnd, syllable } from './longnames.js';
import { extendRun, gluedPerson, listHead, regnal, yields } from './boundary.js';
import { runSkipped } from './runskip.js';
import { ENTITY_KINDS, mark, spaceOnly, span } from './span.js';
import { titledPersons } from './titled.js';
import type { Candidate, Word } from './types.js';
import { bare, BUSINESS_NOUN, dateWord, NUMERAL_PRONOUN, ORG_SUFFIX, QUALIFIER, commonOpener, hasTag, LOCATIVE, SEAT_LOCATIVE, REGION_ADJECTIVE, lowerWords, NAME_TAGS, NOT_ACTOR, functionWord, PLACE_HEAD, PERSON_TAGS, TRAILING_NOT } from './wordsets.js';

/** Predicates of the skip rows (src/rules/actors/skip.ts). */
const SKIP_ENV: MatchEnv = {
  lexicons: new Map([['region-adjective', REGION_ADJECTIVE], ['business-noun', BUSINESS_NOUN]]),
  predicates: new Map([
    ['pluralAcronym', (d, k) => /^\p{Lu}{2,}s$/u.test(d.tokens[k]!.text)],
    ['letter', (d, k) => d.tokens[k]!.text.replace(/\./gu, '').length < 2],
  ]),
};

/** A word that opens with a digit: numbers hyphened to a name ("COVID-19", "1-800-621-FEMA") belong to it, not to a name. */
const DIGIT_START = /^\d/u;

/** used[] marks: 1 = part of a role phrase, 2 = part of a mention. */
export interface Scan {
  candidates: Candidate[];
  used: Uint8Array;
}


/** What the left-to-right pass reads and writes. */
interface ScanState {
  doc: ParsedDoc;
  words: readonly Word[];
  used: Uint8Array;
  /** lower-case words of the text, and capitalized words used inside sentences */
  lower: ReadonlySet<string>;
  inner: ReadonlySet<string>;
  out: Candidate[];
  trace: Trace;
}

export function scan(doc: ParsedDoc, words: readonly Word[], trace: Trace = NO_TRACE): Scan {
  const used = new Uint8Array(words.length);
  const candidates: Candidate[] = [];
  titledPersons(doc, words, used, candidates, trace);
  const lower = lowerWords(words);
  const inner = innerCaps(words);
  for (let i = 0; i < words.length; ) {
    i += used[i] ? 1 : segmentAt({ doc, words, used, lower, inner, out: candidates, trace }, i);
  }
  candidates.sort((x, y) => x.from - y.from);
  return { candidates, used };
}

function segmentAt(st: ScanState, i: number): number {
  const { doc, words, used, lower, inner, out, trace } = st;
  const text = doc.text;
  const w = words[i]!;
  const court = circuitAt(text, words, i, used);
  if (court) {
    mark(used, court.from, court.to, 2);
    out.push(court);
    return court.to - i;
  }
  if (w.title || (!w.cap && !leadingParticle(words, i))) return 1;
  // "call 1-800-621-FEMA": a word hyphened after digits in one token is part of a number (a phone line, a model), no name
  if (w.hyphen && i > 0 && words[i - 1]!.token === w.token && DIGIT_START.test(words[i - 1]!.text)) return skip(st, i, i + 1, 'actors.skip.after-number', 1);
  const lex = matchAt(words, i, ENTITY_KINDS);
  // a word hyphened to a capitalized one, or to a prefix before more capitalized words ('an anti-Doe PAC'), opens no name
  if (!lex && w.hyphen && i > 0 && (words[i - 1]!.cap || (!leadingParticle(words, i - 1) && words[i + 1]?.sentence === w.sentence && !!words[i + 1]?.cap))) return 1;
  let r = lex ? runEnd(text, words, i, used) : knownTail(words, i, runEnd(text, words, i, used));
  if (!lex && listHead(doc, words, i, r, trace)) r = listEnd(text, words, r, used);
  if (!lex) r = extendRun(doc, words, used, i, r, trace);
  const lexYields = !!lex && r - i > lex.len && yields(doc, words, i, i + lex.len, trace);
  const docEnd = documentEnd(text, words, i, r);
  if (docEnd > i) return skip(st, i, docEnd, 'actors.skip.document', docEnd - i);
  if (lex && !lexYields && !(r - i > lex.len && words.slice(i + lex.len, r).some(suffixed) && !matchAt(words, i + lex.len, ENTITY_KINDS))) {
    if (countryInPlace(doc, words, i, lex, trace)) return lex.len;
    const body = countryBody(text, words, i, lex);
    if (body) {
      mark(used, body.from, body.to, 2);
      out.push(body);
      return body.to - i;
    }
    if (lex.entry.kind === 'demonym' || namedBody(text, words, i, lex, used)) return demonymAt(text, words, i, lex, used, out);
    const adjective = countryAdjective(doc, words, i, lex, trace);
    if (adjective) return demonymAt(text, words, i, adjective, used, out);
    mark(used, i, i + lex.len, 2);
    out.push(lexical(text, words, i, lex));
    return lex.len;
  }
  if (r === i) return 1;
  if (!lexYields && commonOpener(words, i, lower) && !namedOpener(doc, words, i, lower) && !headedName(words, i, r) && !qualified(words, i, r) && !headEnded(words, i, r) && !evidencedOpener(doc, words, i, r, lower)) {
    return NOT_ACTOR.has(w.lower) ? 1 : skip(st, i, i + 1, 'actors.skip.common-opener', 1);
  }
  if (r - i === 1 && modifierOpener(text, words, i, inner)) return skip(st, i, r, 'actors.skip.modifier-opener', 1);
  // an outlet's show, not its reporter ('Doeville Herald's Jonathan Quaspel': a first name opens a person)
  if (afterOutlet(words, i, out) && firstNameGender(w.text) === null) return skip(st, i, showEnd(words, i), 'actors.skip.show-after-outlet', showEnd(words, i) - i);
  let b = r;
  while (b > i && dateWord(words, b - 1) && !(words[b - 1]!.hyphen && syllable(words, b - 1))) b--;
  while (b > i + 1 && TRAILING_NOT.has(words[b - 1]!.lower)) b--;
  b = withoutPostnominals(words, i, b);
  if (b - i > 1 && NUMERAL_PRONOUN.has(words[b - 1]!.lower) && !regnal(doc, words, b - 1, trace)) b--;
  const glued = gluedPerson(doc, words, i, b, trace);
  if (glued < b) [b, r] = [glued, glued];
  const s = nameStart(words, i, b);
  if (s > i) return s - i;
  const after = words[r];
  if (after && DIGIT_START.test(after.text) && (after.hyphen || (b - i === 1 && spaceOnly(text, words[r - 1]!, after)))) return skip(st, i, r, 'actors.skip.numbered', r - i);
  if (b - i === 1 && decide(SKIP_TABLE, { first: w.token, end: w.token + 1 }, { doc, range: sentenceRange(doc, w.sentence), env: SKIP_ENV, trace, kind: 'actor', verdict: () => 'reject' })) return r - i;
  if (after && hasTag(after, ['Date']) && after.cap && spaceOnly(text, words[r - 1]!, after)) return r - i + 1;
  if (b === i || runSkipped(doc, words, i, b, trace)) return r - i;
  const tail = localTail(text, words, b);
  if (tail > 0 && b - i <= 2) {
    mark(used, i, b + tail, 2);
    out.push(cand(text, words, i, b + tail, 'organization', 'actors.org.local-body'));
    return r - i + tail;
  }
  if (dateline(doc, words, i, b)) {
    mark(used, i, b, 2);
    out.push(cand(text, words, i, b, 'place', 'actors.place.dateline'));
    return r - i;
  }
  mark(used, i, b, 2);
  const ty = typeRun(doc, words, i, b, out, trace);
  if (ty.type === null) return r - i;
  const c = { ...cand(text, words, i, b, ty.type, ty.rule, { role: ty.role, person: ty.type === 'person' && ty.sure, sure: ty.sure, basis: ty.basis }), typing: ty.events };
  out.push(ty.keepsEnding ? withEnding(text, c) : c);
  return r - i;
}

const ADJECTIVE_ENV: MatchEnv = { lexicons: new Map([['acting-head', new Set(COUNTRY_ACTING_HEADS.map((r) => r.word))]]) };

/** A country's name that is also its adjective ("US dollars"), read as the adjective by the rows of actors.country-adjective: its demonym match, else null. */
function countryAdjective(doc: ParsedDoc, words: readonly Word[], i: number, lex: Match, trace: Trace): Match | null {
  if (lex.entry.type !== 'country' || lex.entry.kind !== 'name') return null;
  const d = matchAt(words, i, ['demonym']);
  if (!d || d.len !== lex.len || d.entry.key !== lex.entry.key) return null;
  const w = words[i]!;
  const last = words[i + lex.len - 1]!;
  if (words[i + lex.len]?.token === last.token) return null; // "U.S.-China trade": one token, a compound of two names
  return decide(COUNTRY_ADJECTIVE_TABLE, { first: w.token, end: last.token + 1 }, { doc, range: sentenceRange(doc, w.sentence), env: ADJECTIVE_ENV, trace, kind: 'actor', verdict: () => 'reject' }) ? d : null;
}

const IN_PLACE_ENV: MatchEnv = { lexicons: new Map([['water-head', new Set(WATER_HEADS.map((r) => r.word))]]) };

/** A country's name inside a sea's or strait's name ("the Gulf of Mexico"), by the rows of actors.country-in-place. */
function countryInPlace(doc: ParsedDoc, words: readonly Word[], i: number, lex: Match, trace: Trace): boolean {
  if (lex.entry.type !== 'country' || lex.entry.kind !== 'name') return false;
  const w = words[i]!;
  return decide(COUNTRY_IN_PLACE_TABLE, { first: w.token, end: words[i + lex.len - 1]!.token + 1 }, { doc, range: sentenceRange(doc, w.sentence), env: IN_PLACE_ENV, trace, kind: 'actor', verdict: () => 'reject' }) !== null;
}

/** Record that the run [a, b) was skipped by the named test (--explain's dropped list), and return n. */
function skip(st: ScanState, a: number, b: number, rule: string, n: number): number {
  if (st.trace.enabled && b > a) {
    const start = st.words[a]!.start;
    const end = st.words[Math.min(b, st.words.length) - 1]!.end;
    st.trace.add({ rule, stage: 'actors', verdict: 'reject', start, end, kind: 'actor', text: st.doc.text.slice(start, end) });
  }
  return n;
}

/**
 * "the U.S. Department of Homeland Security", "the United States Department of State": a country's name right
 * before a known body names that body, and the mention keeps it (the body's name as the text writes it); the
 * country is no mention of its own there.
 */
function countryBody(text: string, words: readonly Word[], i: number, lex: Match): Candidate | null {
  if (lex.entry.type !== 'country' || lex.entry.kind !== 'name') return null;
  const k = i + lex.len;
  const [last, next] = [words[k - 1]!, words[k]];
  if (!next || next.sentence !== last.sentence || !next.cap || last.poss || !spaceOnly(text, last, next)) return null;
  const m = matchAt(words, k, ['name']);
  if (!m || m.entry.type !== 'organization') return null;
  const c = lexical(text, words, k, m);
  const start = words[i]!.start;
  return { ...c, from: i, start, text: text.slice(start, c.end) };
}

const POSTED_BODY: ReadonlySet<string> = new Set(POSTED_BODY_HEADS.map((r) => r.word));

/** "the U.S. Embassy in Doeland", "the U.N. Mission in Doeland": a country's or a body's name opening its own office's name. */
function namedBody(text: string, words: readonly Word[], i: number, m: Match, used: Uint8Array): boolean {
  const next = words[i + m.len];
  if (m.entry.kind !== 'name' || !(m.entry.type === 'country' || m.entry.type === 'organization') || words[i + m.len - 1]!.poss || !next || !POSTED_BODY.has(bare(next))) return false;
  return demonymBody(text, words, i, m, used) !== null; // not "China's Ministry of Commerce": a possessive, or a head with no place of its own
}

/** A demonym: skipped, unless it opens a body's name ("the Freedonian Embassy"). */
function demonymAt(text: string, words: readonly Word[], i: number, m: Match, used: Uint8Array, out: Candidate[]): number {
  const c = demonymBody(text, words, i, m, used);
  if (!c) return m.len;
  mark(used, c.from, c.to, 2);
  out.push(c);
  return c.to - i;
}

function lexical(text: string, words: readonly Word[], i: number, m: Match): Candidate {
  const e = m.entry;
  if (e.kind === 'capital' && (locative(text, words, i, m.len) || (e.seat && SEAT_LOCATIVE.has(words[i - 1]?.lower ?? '')))) {
    const name = span(text, words, i, i + m.len);
    return { ...cand(text, words, i, i + m.len, 'place', 'actors.place.capital', { basis: 'capital' }), key: `place:${name}`, canonical: name };
  }
  const c = { ...cand(text, words, i, i + m.len, e.type, e.rule, { basis: e.seat ? 'seat' : 'other' }), key: e.key, canonical: e.canonical, shared: e.shared };
  return e.poss.at(-1) ? withEnding(text, c) : c;
}

const POSSESSIVE_START = new RegExp(`^[${APOSTROPHE_CHARS}]s`, 'u');

/** "Barron's": a name written with its possessive ending keeps it. */
function withEnding(text: string, c: Candidate): Candidate {
  return POSSESSIVE_START.test(text.slice(c.end, c.end + 2)) ? { ...c, end: c.end + 2, text: text.slice(c.start, c.end + 2) } : c;
}

/** "in Washington", "Washington, D.C.": the city, not the government. */
function locative(text: string, words: readonly Word[], i: number, len: number): boolean {
  const prev = words[i - 1];
  if (prev && prev.sentence === words[i]!.sentence && LOCATIVE.has(prev.lower)) return true;
  return /^,?\s*D\.?C\./u.test(text.slice(words[i + len - 1]!.end, words[i + len - 1]!.end + 6));
}

/**
 * "Fort Lee Historic Park", "Broken Arrow Expressway", "Johns Doeville Center for Health Security": a
 * sentence-opening word that is no function word, in a run ending in a place or institution word or holding
 * an institution head with its "of"/"for".
 */
function headEnded(words: readonly Word[], i: number, r: number): boolean {
  const headed = PLACE_HEAD.has(bare(words[r - 1]!)) || ORG_SUFFIX.has(bare(words[r - 1]!)) || words.slice(i + 1, r).some((_, x) => headedName(words, i + 1 + x, r));
  return r - i >= 2 && !functionWord(words[i]!) && !NOT_ACTOR.has(words[i]!.lower) && headed;
}

/** "Government Signals Bureau": a qualifier word opening a run that ends in an institution head. */
function qualified(words: readonly Word[], i: number, r: number): boolean {
  return r - i >= 3 && QUALIFIER.has(bare(words[i]!)) && ORG_SUFFIX.has(bare(words[r - 1]!));
}

/** "Mara Quell won", "Velmora Freight, the rail operator,": a sentence opener never seen in lower case whose run has name evidence. */
function evidencedOpener(doc: ParsedDoc, words: readonly Word[], i: number, r: number, lower: ReadonlySet<string>): boolean {
  if (r - i < 2 || lower.has(words[i]!.lower) || NOT_ACTOR.has(words[i]!.lower)) return false;
  return typeRun(doc, words, i, r, []).basis === 'shape';
}
