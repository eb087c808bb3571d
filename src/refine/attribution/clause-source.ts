/**
 * A verb cue's source phrase from the clause layer (src/extract/clauses): the subject of the clause
 * whose verb group holds the cue, turned into a SourceRef by its head: a pronoun, a described subject
 * ("Another voter"), the name its head ends ("Acme press secretary Lee Wong" -> Lee Wong), else the
 * phrase's first source candidate (a role, a group).
 */
import type { ParsedDoc } from '../../parse/types.js';
import { clauseAt, clauseFor, type Clause, type Clauses, type SubjectVia } from '../../extract/clauses/index.js';
import { PRONOUNS } from '../../rules/attribution/sources.js';
import type { Cue } from './cue-types.js';
import { describedSubject } from './described.js';
import { headCandidate, nameEndingAt, type SourceRef } from './source-np.js';
import { isNameLike } from './tokens.js';

/** The ways of finding a subject that attribution takes as they are (adjacent and comma-piece subjects still go to the older reader). */
const TRUSTED: ReadonlySet<SubjectVia> = new Set<SubjectVia>(['inverted', 'inverted-appositive', 'relative', 'participle', 'appositive-name', 'behind-aside', 'absolute']);

/** The cue's source from its clause, or undefined when the clause layer does not decide it. */
export function clauseSource(doc: ParsedDoc, cue: Cue, clauses: Clauses, all = false): { ref: SourceRef | null; after: boolean } | undefined {
  if (all) {
    const c = clauseFor(clauses, doc, cue.first, cue.end);
    const r = c?.subject ? subjectRef(doc, c) : null;
    return { ref: r ?? (cue.speech ? { kind: 'group', start: doc.tokens[cue.first]!.start, end: doc.tokens[cue.first]!.start, text: '' } : null), after: c?.order === 'inverted' };
  }
  const c = clauseAt(clauses, doc, cue.first);
  if (!c?.subject || !TRUSTED.has(c.via) || !namesWho(doc, c)) return undefined;
  const ref = subjectRef(doc, c);
  return ref ? { ref, after: c.order === 'inverted' } : undefined;
}

/** The subject phrase of a clause as a source reference, by its head. */
export function subjectRef(doc: ParsedDoc, c: Clause): SourceRef | null {
  const { first, end, head } = c.subject!;
  const h = doc.tokens[head]!;
  if (end - first === 1 && PRONOUNS.has(h.normal)) return { kind: 'pronoun', start: h.start, end: h.end, text: h.text };
  const described = describedSubject(doc, first, end);
  if (described) return described;
  const candidate = headCandidate(doc, first, end); // "Some Democrats", "Sen. Ann Roe"
  return candidate && candidate.end >= h.end ? candidate : (h.cap ? nameEndingAt(doc, first, head + 1) : null) ?? candidate; // "spokesman Josh Patel"

}

/** The subject's head says who by itself: a name ("Ann Roe", "Acme") or a pronoun; a description is left to the phrase readers. */
function namesWho(doc: ParsedDoc, c: Clause): boolean {
  const h = doc.tokens[c.subject!.head]!;
  return PRONOUNS.has(h.normal) || (isNameLike(h, h.first) && !(h.tags.has('Adjective') && !h.tags.has('ProperNoun')));
}
