/**
 * A verb cue's source phrase from the clause layer (src/extract/clauses): the subject of the clause
 * whose verb group holds the cue, turned into a SourceRef by its head: a pronoun, a described subject
 * ("Another voter"), the name its head ends ("Acme press secretary Lee Wong" -> Lee Wong), else the
 * phrase's first source candidate (a role, a group).
 */
import type { ParsedDoc } from '../../parse/types.js';
import { quantityOf } from '../../extract/clauses/noun-phrase.js';
import { clauseAt, clauseFor, type Clause, type Clauses, type SubjectVia } from '../../extract/clauses/index.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import { ANONYMOUS_HEADS } from '../../rules/attribution/described.js';
import type { Cue } from './cue-types.js';
import { describedSubject } from './described.js';
import { headCandidate, nameEndingAt, type SourceRef } from './source-np.js';
import { isBoundary, isNameLike } from './tokens.js';

/** The ways of finding a subject that attribution takes as they are (comma-piece and coordinated subjects, adjacent pronouns and descriptions still go to the older reader). */
const TRUSTED: ReadonlySet<SubjectVia> = new Set<SubjectVia>(['inverted', 'inverted-appositive', 'relative', 'participle', 'appositive-name', 'behind-aside', 'absolute', 'reduced', 'adjacent']);

/** The cue's source from its clause, or undefined when the clause layer does not decide it. */
export function clauseSource(doc: ParsedDoc, cue: Cue, clauses: Clauses, all = false): { ref: SourceRef | null; after: boolean } | undefined {
  if (all) {
    const c = clauseFor(clauses, doc, cue.first, cue.end);
    const r = c?.subject ? subjectRef(doc, c) : null;
    return { ref: r ?? (cue.speech ? { kind: 'group', start: doc.tokens[cue.first]!.start, end: doc.tokens[cue.first]!.start, text: '' } : null), after: c?.order === 'inverted' };
  }
  const c = clauseFor(clauses, doc, cue.first, cue.end);
  const quantified = c?.subject ? quantifiedGroup(doc, c) : null; // "A number of Senators said": the whole phrase, whatever the way
  if (quantified) return { ref: quantified, after: c!.order === 'inverted' };
  if (!c?.subject || !TRUSTED.has(c.via) || !namesWho(doc, c)) return undefined;
  if (c.via === 'adjacent' && PRONOUNS.has(doc.tokens[c.subject.head]!.normal)) return undefined;
  const ref = subjectRef(doc, c);
  return ref ? { ref, after: c.order === 'inverted' } : undefined;
}

/** The subject phrase of a clause as a source reference, by its head. */
export function subjectRef(doc: ParsedDoc, c: Clause): SourceRef | null {
  const { first, end, head } = c.subject!;
  const h = doc.tokens[head]!;
  if (end - first === 1 && PRONOUNS.has(h.normal)) return { kind: 'pronoun', start: h.start, end: h.end, text: h.text };
  if (c.via === 'reduced') return phraseRef(doc, first, end); // "all the experts I interviewed"
  const quantified = quantifiedGroup(doc, c);
  if (quantified) return quantified;
  const described = describedSubject(doc, first, end);
  if (described) return described;
  const candidate = headCandidate(doc, first, end); // "Some Democrats", "Sen. Ann Roe"
  const named = candidate && candidate.end >= h.end ? candidate : (h.cap ? nameEndingAt(doc, first, head + 1) : null) ?? candidate; // "spokesman Josh Patel"
  return named ?? (end - first === 1 && h.cap && !h.first ? { kind: 'name', start: h.start, end: h.end, text: h.text } : null); // "Ham said": a lone capitalized word is a name whatever its tags

}

/** "A number of Senators", "one of the advisers", "some of the voters": the whole phrase is the (described) source. */
function quantifiedGroup(doc: ParsedDoc, c: Clause): SourceRef | null {
  const { first, end, head } = c.subject!;
  const toks = doc.tokens;
  let q = first;
  while (q < head && !quantityOf(toks, q, end)) q++;
  if (q >= head) return null;
  if (ANONYMOUS_HEADS.has(toks[head]!.normal) && !toks.slice(q + 1, end).some((t) => t.cap)) return null; // "some of the officials": anonymous, left to the group readers
  return phraseRef(doc, first, end);
}

/** The whole phrase [first, end) as a described group's source ("a"/"an" dropped). */
function phraseRef(doc: ParsedDoc, first: number, end: number): SourceRef {
  const toks = doc.tokens;
  const from = /^(?:a|an)$/u.test(toks[first]!.normal) && first + 1 < end ? toks[first + 1]! : toks[first]!;
  const last = toks[end - 1]!;
  const text = doc.text.slice(from.start, last.end);
  return { kind: 'group', start: from.start, end: last.end, text, phrase: { start: from.start, end: last.end, text: text.replace(/\s+/gu, ' ') } };
}

/** The subject's head says who by itself: a name ("Ann Roe", "Acme") or a pronoun; a description is left to the phrase readers. */
function namesWho(doc: ParsedDoc, c: Clause): boolean {
  const h = doc.tokens[c.subject!.head]!;
  const before = doc.tokens[c.subject!.first - 1];
  if (before && before.cap && !before.first && before.sentence === h.sentence && !isBoundary(doc, before, doc.tokens[c.subject!.first]!)) return false; // cut inside a capitalized run ("Who Gives [a Crap]")
  return PRONOUNS.has(h.normal) || (isNameLike(h, h.first) && !(h.tags.has('Adjective') && !h.tags.has('ProperNoun')));
}
