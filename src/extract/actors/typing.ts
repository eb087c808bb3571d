/**
 * Type a capitalized run with the decision list of src/rules/actors/typing.ts (TYPE_TABLE): the word
 * sets (%name%) and the predicates (@name) its rows use. Each predicate closes over the run being
 * typed; it holds (at the run's first token) when the named test of the run holds.
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import { gapText } from '../../engine/predicates.js';
import type { Lexicons, MatchEnv } from '../../engine/pattern.js';
import type { TokenPredicate } from '../../engine/predicates.js';
import { NO_TRACE, Trace, type TraceEvent } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { APPOSITIVE_STOPS, ORG_NOUNS, PERSON_NOUNS } from '../../rules/actors/evidence.js';
import * as NA from '../../rules/actors/non-actors.js';
import { TYPE_TABLE, type TypeThen } from '../../rules/actors/typing.js';
import type { WordRow } from '../../rules/actors/types.js';
import { BUSINESS_NOUNS } from '../../rules/actors/companies.js';
import { AGENCY_WORDS, LEADER_OFFICES, OFFICE_TITLES, LEGAL_FORMS, LOCATIVES, JOURNAL_HEADS, MEDIA_NOUNS_AFTER, MEDIA_POSS_NOUNS, MEDIA_SUFFIXES, ORG_HEADS, FOREIGN_ORG_HEADS, ORG_SUFFIXES, PARTY_INITIALS } from '../../rules/actors/words.js';
import type { ActorType } from '../../schema/doc.js';
import { commonWord } from './english.js';
import { evidenceTest, teamWord, teamWordNear } from './evidence.js';
import { appositiveRole, roleBefore } from './role.js';
import * as T from './runtests.js';
import type { Basis, Candidate, Word } from './types.js';

export interface Typing {
  /** null: not an actor */
  type: ActorType | null;
  rule: string;
  /** false when the type is only the default guess */
  sure: boolean;
  basis: Basis;
  /** the name keeps its possessive ending */
  keepsEnding: boolean;
  role: string | null;
  /** the typing decision's trace events (recorded by recordTyping once final) */
  events: readonly TraceEvent[];
}

/** A word set with and without final periods ("corp." and "corp": token normal forms drop them). */
function words(...lists: ReadonlyArray<readonly WordRow[]>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) for (const r of list) for (const w of [r.word, r.word.replace(/\./gu, '')]) out.add(w);
  return out;
}

const LEXICONS: Lexicons = new Map([
  ['language', words(NA.LANGUAGES)], ['religion', words(NA.RELIGIONS)], ['scripture', words(NA.SCRIPTURES)],
  ['discipline', words(NA.DISCIPLINES)], ['degree', words(NA.DEGREES)], ['title-alone', words(NA.TITLES_ALONE)],
  ['holiday', words(NA.HOLIDAYS)], ['code', words(NA.ERA_AND_CODES)], ['event-head', words(NA.EVENT_HEADS)], ['event-alone', words(NA.EVENT_ALONE)],
  ['religion-modifier', words(NA.RELIGION_MODIFIERS)], ['historic-adjective', words(NA.HISTORIC_ADJECTIVES)], ['vessel-prefix', words(NA.VESSEL_PREFIXES)],
  ['designation-head', words(NA.DESIGNATION_HEADS)], ['designation-qualifier', words(NA.DESIGNATION_QUALIFIERS)],
  ['facility-prefix', words(NA.FACILITY_PREFIXES)], ['facility-modifier', words(NA.FACILITY_MODIFIERS)], ['facility-head', words(NA.FACILITY_HEADS)],
  ['foreign-article', words(NA.FOREIGN_ARTICLES)], ['route-prefix', words(NA.ROUTE_PREFIXES)], ['maker-noun', words(NA.MAKER_NOUNS)],
  ['work-head', words(NA.WORK_HEADS)], ['instrument-head', words(NA.INSTRUMENT_HEADS)], ['thing-head', words(NA.THING_HEADS)], ['work-noun', words(NA.WORK_NOUNS)], ['route-head', words(NA.ROUTE_HEADS)], ['place-head', words(NA.PLACE_HEADS)],
  ['media-poss-noun', words(MEDIA_POSS_NOUNS)], ['media-noun-after', words(MEDIA_NOUNS_AFTER)], ['journal-head', words(JOURNAL_HEADS)], ['media-suffix', words(MEDIA_SUFFIXES)], ['org-suffix', words(ORG_SUFFIXES)],
  ['org-head', words(ORG_HEADS)], ['foreign-org-head', words(FOREIGN_ORG_HEADS)], ['business-noun', words(BUSINESS_NOUNS)], ['agency-word', words(AGENCY_WORDS)],
  ['org-noun', words(ORG_NOUNS)], ['leader-office', words(LEADER_OFFICES)], ['office-title', words(OFFICE_TITLES)], ['legal-form', words(LEGAL_FORMS)], ['appositive-stop', words(APPOSITIVE_STOPS)], ['person-noun', words(PERSON_NOUNS)], ['locative', words(LOCATIVES)],
]);

const tokenText = (doc: ParsedDoc, i: number): string => doc.tokens[i]!.text;
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
const isYear = (doc: ParsedDoc, i: number): boolean => YEAR.test(doc.tokens[i]!.normal);

/** Token predicates that read only the token. */
const TOKEN_PREDICATES: ReadonlyArray<[string, TokenPredicate]> = [
  ['numeral', (doc, i) => /^(?:[IVX]+|\d+)\.?$/u.test(tokenText(doc, i))],
  /** a year alone in round brackets: "(2009)" */
  ['bracketedYear', (doc, i, range) => isYear(doc, i) && `${gapText(doc, i, range)}${tokenText(doc, i)}${gapText(doc, i + 1, range)}`.includes(`(${doc.tokens[i]!.normal})`)],
  /** a year with nothing but white space before it: "Comic-Con 2015" */
  ['spacedYear', (doc, i, range) => YEAR.test(tokenText(doc, i)) && gapText(doc, i, range).trim() === ''],
  /** a capitalized plural in a sentence about sport: a team's name ends in it ("the Denver Indians") */
  ['teamWord', teamWord],
];

/** The run [a, b) being typed, and what the run tests need. */
interface Run {
  doc: ParsedDoc;
  text: string;
  words: readonly Word[];
  a: number;
  b: number;
  /** candidates found so far, in text order */
  out: readonly Candidate[];
}

/** Party initials before a state ("R-Texas"): src/rules/actors/words.ts. */
const PARTY_INITIAL: ReadonlySet<string> = new Set(PARTY_INITIALS.map((r) => r.word));

/** Run tests by predicate name (see runtests.ts and evidence.ts). */
const RUN_TESTS: ReadonlyArray<[string, (r: Run) => boolean]> = [
  ['afterPersonPoss', (r) => T.afterPersonPoss(r.words, r.a, r.out)],
  ['possCredit', (r) => r.b - r.a === 1 && r.words[r.a]!.poss && T.possCredit(r.text, r.words, r.a)],
  ['syllableName', (r) => T.syllableName(r.words, r.a, r.b)],
  ['townOfState', (r) => T.placeContext(r.text, r.words, r.b)],
  ['usState', (r) => T.usState(r.words, r.a, r.b)],
  ['worldRegion', (r) => T.worldRegion(r.words, r.a, r.b)],
  ['showNetwork', (r) => T.showNetwork(r.words, r.b)],
  ['camelCase', (r) => evidenceTest('camelCase', r.text, r.words, r.a, r.b)],
  ['personTagged', (r) => T.personTagged(r.words, r.a, r.b)],
  ['roleBefore', (r) => r.b - r.a > 1 && roleBefore(r.text, r.words, r.a) !== null],
  ['mediaCue', (r) => T.mediaCredit(r.words, r.a, r.b)],
  ['appositiveRole', (r) => appositiveRole(r.doc, r.words, r.b) !== null],
  ['toldOutlet', (r) => r.b - r.a === 1 && T.toldOutlet(r.words, r.a)],
  /** "R-Texas", "D-N.Y.": a party's initial hyphened to a state after a legislator's name */
  ['partyState', (r) => r.b - r.a >= 2 && PARTY_INITIAL.has(r.words[r.a]!.text) && r.words[r.a + 1]!.hyphen],
  ['otherScript', (r) => !/\p{Script=Latin}/u.test(r.words[r.a]!.text)],
  ['afterOtherScript', (r) => {
    const prev = r.words[r.a - 1];
    return !!prev && prev.sentence === r.words[r.a]!.sentence && /\p{L}/u.test(prev.text) && !/\p{Script=Latin}/u.test(prev.text);
  }],
  ['shoutedWord', (r) => r.b - r.a === 1 && /^\p{Lu}{4,}$/u.test(r.words[r.a]!.text) && commonWord(r.words[r.a]!.text)],
  ['firstNameRun', (r) => evidenceTest('firstName', r.text, r.words, r.a, r.b)],
  ['initialsRun', (r) => evidenceTest('initials', r.text, r.words, r.a, r.b)],
  ['foreignRun', (r) => evidenceTest('foreignName', r.text, r.words, r.a, r.b)],
];

/** The run tests read the run, not the token: each is computed at most once per run, however many rows name it. */
function envFor(run: Run): MatchEnv {
  const predicates = new Map<string, TokenPredicate>([...TOKEN_PREDICATES, ['teamWordNear', teamWordNear(run.words, run.a)]]);
  for (const [name, test] of RUN_TESTS) {
    let known: boolean | undefined;
    predicates.set(name, () => (known ??= test(run)));
  }
  return { lexicons: LEXICONS, predicates };
}

/** Type the run [a, b) of `words`: the first row of TYPE_TABLE that holds, recorded in the trace. */
export function typeRun(doc: ParsedDoc, words: readonly Word[], a: number, b: number, out: readonly Candidate[], trace: Trace = NO_TRACE): Typing {
  const run: Run = { doc, text: doc.text, words, a, b, out };
  const local = new Trace(trace.enabled);
  const span = { first: words[a]!.token, end: words[b - 1]!.token + 1 };
  const d = decide(TYPE_TABLE, span, {
    doc, range: sentenceRange(doc, words[a]!.sentence), env: envFor(run), trace: local, kind: 'actor',
    verdict: (v) => ((v as TypeThen).type === null ? 'reject' : 'accept'),
  });
  const then: TypeThen = d?.value ?? { type: 'organization', sure: false, basis: 'guess' };
  const rule = d?.rule ?? 'actors.org.default';
  const before = b - a > 1 ? roleBefore(doc.text, words, a) : null;
  const role = then.role === 'before' ? before : then.role === 'around' ? (appositiveRole(doc, words, b, trace) ?? before) : null;
  const sure = then.sure === 'long' ? b - a > 1 || appositiveRole(doc, words, b) !== null : then.sure ?? true;
  // a rejection is final; an acceptance is recorded once the mention's final rule is known (recordTyping)
  if (then.type === null) for (const e of local.events) trace.add(e);
  return { type: then.type, rule, sure, basis: then.basis ?? 'other', keepsEnding: then.keepsEnding === true, role, events: local.events };
}

/** Record the typing decision of every mention whose rule is still the typing row's (not re-decided by merging or evidence). */
export function recordTyping(members: readonly Candidate[], trace: Trace): void {
  if (!trace.enabled) return;
  for (const m of members) for (const e of m.typing ?? []) if (e.rule === m.rule) trace.add(e);
}
