/**
 * A verb cue's source phrase from the clause layer (src/extract/clauses): the subject of the clause
 * whose verb group holds the cue, turned into a SourceRef by its head: a pronoun, a described subject
 * ("Another voter"), the name its head ends ("Acme press secretary Lee Wong" -> Lee Wong), else the
 * phrase's first source candidate (a role, a group).
 */
import type { ParsedDoc } from '../../parse/types.js';
import { quantityOf } from '../../extract/clauses/noun-phrase.js';
import { clauseAt, clauseFor, endsClause, type Clause, type Clauses, type SubjectVia } from '../../extract/clauses/index.js';
import { AFFILIATION_LINKS, DESCRIBED_GROUP_HEADS, PRONOUNS } from '../../rules/attribution/sources.js';
import { ANONYMOUS_HEADS, MAKER_LINKS, OFFICIAL_HEADS, WORK_NOUNS } from '../../rules/attribution/described.js';
import type { Cue } from './cue-types.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { describedPhrase, describedSubject, phraseSource } from './described.js';
import { roleDescription } from './role-phrase.js';
import { headCandidate, nameEndingAt, type SourceRef } from './source-np.js';
import { isBoundary, isNameLike } from './tokens.js';
import { PERSONAL_PRONOUN } from '../../extract/actors/wordsets.js';
import { syllablePair } from '../../extract/actors/longnames.js';

/** The ways of finding a subject that attribution takes as they are (comma-piece subjects and clauses with none still go to the older reader). */
const TRUSTED: ReadonlySet<SubjectVia> = new Set<SubjectVia>(['inverted', 'inverted-appositive', 'relative', 'participle', 'appositive-name', 'behind-aside', 'absolute', 'reduced', 'adjacent', 'coordinated']);

/** Tags of words that never name anyone, capitalized or not ("The", "It", "In", "And", "Who"). */
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord'];

/** Ways whose described subjects ("a small group, which said", "said one company") still go to the older reader: only a name or a pronoun is taken. */
const NAMED_ONLY: ReadonlySet<SubjectVia> = new Set<SubjectVia>(['relative', 'inverted', 'inverted-appositive']);

/** The cue's source from its clause, or undefined when the clause layer does not decide it. */
export function clauseSource(doc: ParsedDoc, cue: Cue, clauses: Clauses, all = false, trace: Trace = NO_TRACE): { ref: SourceRef | null; after: boolean } | undefined {
  if (all) {
    const c = clauseFor(clauses, doc, cue.first, cue.end);
    const r = c?.subject ? subjectRef(doc, c, trace) : null;
    return { ref: r ?? (cue.speech ? { kind: 'group', start: doc.tokens[cue.first]!.start, end: doc.tokens[cue.first]!.start, text: '' } : null), after: c?.order === 'inverted' };
  }
  const c = clauseFor(clauses, doc, cue.first, cue.end);
  const quantified = c?.subject ? quantifiedGroup(doc, c) : null; // "A number of Senators said": the whole phrase, whatever the way
  if (quantified) return { ref: quantified, after: c!.order === 'inverted' };
  if (!c?.subject) return undefined;
  const ref = decides(doc, c) ? subjectRef(doc, c, trace) : undefined;
  const described = silent(ref) && describable(doc, c, trace) ? describedPhrase(doc, c.subject.first, c.subject.end, c.subject.head, trace) ?? roleDescription(doc, c.subject.first, c.subject.end, c.subject.head, trace) : null; // "police said", "said one former executive"
  const out = described ?? ref;
  return out ? { ref: out, after: c.order === 'inverted' } : undefined;
}

/** The subject may be read as a described phrase: found a trusted way (no relative pronoun's antecedent: "a small group, which said" stays the pronoun's), not cut inside a name, and after an inverted verb it ends the clause ("said one former executive." but not "said master [of ceremonies Ann Roe]"). */
function describable(doc: ParsedDoc, c: Clause, trace: Trace): boolean {
  const gerund = c.via === 'adjacent' && doc.tokens[c.verb.first]!.tags.has('Gerund'); // "vessels calling at ports": a noun and its participle, no subject
  return TRUSTED.has(c.via) && c.via !== 'relative' && !gerund && !cutInName(doc, c) && (c.order !== 'inverted' || endsClause(doc, c.sentence, c.subject!.end, trace));
}

/** A source reference that resolves to no one: none, or a group with nothing to name it ("critics" after "that", read bare). */
function silent(ref: SourceRef | null | undefined): boolean {
  return !ref || (ref.kind === 'group' && !ref.phrase && !ref.description && !ref.modifier && !ref.owner);
}

/** The clause layer decides the cue's source: a trusted way, no cut inside a capitalized run, a name or pronoun where only those are taken; an adjacent personal pronoun ("he said") is the clause's, other adjacent pronouns ("it", "they") are still the older reader's. */
function decides(doc: ParsedDoc, c: Clause): boolean {
  const h = doc.tokens[c.subject!.head]!.normal;
  const pronoun = c.via === 'adjacent' && PRONOUNS.has(h) && !PERSONAL_PRONOUN.has(h);
  return TRUSTED.has(c.via) && !cutInName(doc, c) && !(NAMED_ONLY.has(c.via) && !namesWho(doc, c)) && !pronoun;
}

/** The subject phrase of a clause as a source reference, by its head. */
export function subjectRef(doc: ParsedDoc, c: Clause, trace: Trace = NO_TRACE): SourceRef | null {
  const { first, end, head } = c.subject!;
  const h = doc.tokens[head]!;
  if (end - first === 1 && PRONOUNS.has(h.normal)) return { kind: 'pronoun', start: h.start, end: h.end, text: h.text };
  if (c.via === 'reduced') return phraseSource(doc, first, end); // "all the experts I interviewed"
  const phrase = quantifiedGroup(doc, c) ?? producer(doc, c) ?? roleDescription(doc, first, end, head, trace) ?? describedSubject(doc, first, end, trace) ?? affiliation(doc, c); // "a number of senators", "another voter", "analysts at X", "the study, released by X,"
  if (phrase) return phrase;
  const candidate = headCandidate(doc, first, end); // "Some Democrats", "Sen. Ann Roe"
  if (candidate && modifiesHead(doc, c, candidate)) return phraseSource(doc, first, end); // "Federal investigators", "Chinese military commentators"
  const named = candidate && candidate.end >= h.end ? candidate : (h.cap || syllableOfName(doc, head, first) ? nameEndingAt(doc, first, head + 1) : null) ?? candidate; // "spokesman Josh Patel", "Police Superintendent Ana Lee Siu-wan"
  return named ?? (end - first === 1 && h.cap && (!h.first || !FUNCTION_TAGS.some((g) => h.tags.has(g))) ? { kind: 'name', start: h.start, end: h.end, text: h.text } : null); // "Ham said", "Schlafly also noted": a lone capitalized word is a name whatever the tagger says, save a function word opening the sentence

}

/** A lower-case head joined by a hyphen to a capitalized word of the phrase: the last syllable of a name ("Siu-wan", "Jae-in"; the actors' syllablePair). */
function syllableOfName(doc: ParsedDoc, head: number, first: number): boolean {
  const prev = doc.tokens[head - 1];
  return head > first && prev !== undefined && prev.cap && doc.text.slice(prev.end, doc.tokens[head]!.start) === '-' && syllablePair(prev.text, doc.tokens[head]!.text);
}

/** "Analysts at the brokerage Parekh & Lowe": staff named by their body's affiliation link speak for the body that ends the phrase. */
function affiliation(doc: ParsedDoc, c: Clause): SourceRef | null {
  const { end, head } = c.subject!;
  const toks = doc.tokens;
  const link = toks[head + 1];
  if (!link || head + 2 >= end || !AFFILIATION_LINKS.has(link.normal) || !DESCRIBED_GROUP_HEADS.has(toks[head]!.normal)) return null;
  const name = nameEndingAt(doc, head + 2, end);
  return name?.kind === 'name' ? name : null;
}

/** "The report, published last month by the Harbor Institute, found": a work whose skipped aside names its maker ("by" and a name) speaks for the maker. */
function producer(doc: ParsedDoc, c: Clause): SourceRef | null {
  const toks = doc.tokens;
  if (c.via !== 'behind-aside' || !WORK_NOUNS.has(toks[c.subject!.head]!.normal)) return null;
  for (let k = c.subject!.end; k + 1 < c.verb.first; k++) {
    if (!MAKER_LINKS.has(toks[k]!.normal)) continue;
    let e = k + 1;
    while (e < c.verb.first && !isBoundary(doc, toks[e - 1]!, toks[e]!)) e++;
    const name = headCandidate(doc, k + 1, e);
    return name?.kind === 'name' ? name : null;
  }
  return null;
}

/**
 * The name found in the phrase only modifies its lower-case plural head ("Federal investigators", "Gay
 * rights groups", "Chinese military commentators"): the description is the source, not the modifier.
 * Anonymous heads ("Acme officials", "Trump aides") speak for the body or person that modifies them.
 */
function modifiesHead(doc: ParsedDoc, c: Clause, candidate: SourceRef): boolean {
  const { end, head } = c.subject!;
  const toks = doc.tokens;
  const h = toks[head]!;
  if ((candidate.kind !== 'name' && candidate.kind !== 'role') || candidate.end >= h.start || (head !== end - 1 && !postModified(doc, head, end)) || h.cap || !h.tags.has('Plural') || ANONYMOUS_HEADS.has(h.normal) || OFFICIAL_HEADS.has(h.normal)) return false;
  let k = head;
  while (k > c.subject!.first && toks[k - 1]!.end > candidate.end) k--;
  return toks.slice(k, head).every((t) => !t.cap);
}

/** A head with a post-modifier after it that opens with a preposition or a participle ("candidates in both parties", "advocates supporting the bill"). */
function postModified(doc: ParsedDoc, head: number, end: number): boolean {
  const t = doc.tokens[head + 1]!;
  return head + 1 < end && !isBoundary(doc, doc.tokens[head]!, t) && (t.tags.has('Preposition') || t.tags.has('Gerund') || t.tags.has('Participle'));
}

/** "A number of Senators", "one of the advisers", "some of the voters": the whole phrase is the (described) source. */
function quantifiedGroup(doc: ParsedDoc, c: Clause): SourceRef | null {
  const { first, end, head } = c.subject!;
  const toks = doc.tokens;
  let q = first;
  while (q < head && !quantityOf(toks, q, end)) q++;
  if (q >= head) return null;
  if (ANONYMOUS_HEADS.has(toks[head]!.normal) && !toks.slice(q + 1, end).some((t) => t.cap)) return null; // "some of the officials": anonymous, left to the group readers
  return phraseSource(doc, first, end);
}


/** The subject's head says who by itself: a name ("Ann Roe", "Acme") or a pronoun. */
function namesWho(doc: ParsedDoc, c: Clause): boolean {
  const h = doc.tokens[c.subject!.head]!;
  return PRONOUNS.has(h.normal) || (isNameLike(h, h.first) && !(h.tags.has('Adjective') && !h.tags.has('ProperNoun')));
}

/** The subject phrase starts inside a capitalized run (a Title Case line: "Who Needs [a Plan]"): the clause layer cut it wrong. */
function cutInName(doc: ParsedDoc, c: Clause): boolean {
  const h = doc.tokens[c.subject!.head]!;
  const before = doc.tokens[c.subject!.first - 1];
  return before !== undefined && before.cap && !before.first && before.sentence === h.sentence && !isBoundary(doc, before, doc.tokens[c.subject!.first]!);
}
