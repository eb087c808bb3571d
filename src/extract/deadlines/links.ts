/**
 * Deadline links, decided after the cues: `who` (the actor bound, when named) and `extendedFrom` (the
 * earlier due date a moved deadline replaces, in its sentence or in one of the few before).
 */
import type { Actor, DateItem, Deadline, DeadlineRef, Mention } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { BOUND_TYPES, GRANT_CUE, MOVE_REACH, MOVE_WORDS, OLD_DATE_BEFORE } from '../../rules/deadlines/links.js';

const GRANT = new RegExp(GRANT_CUE.pattern, 'i');
const MOVE = new RegExp(MOVE_WORDS.pattern, 'i');
const BOUND = new Set(BOUND_TYPES.types);
const OLD_DATE = new RegExp(OLD_DATE_BEFORE.pattern, 'i');

interface Bound {
  name: string;
  m: Mention;
}

/** Actor mentions of one sentence, in text order, with the canonical name. */
function mentionsIn(actors: Actor[], sentence: number): Bound[] {
  const out: Bound[] = [];
  for (const a of actors) {
    if (!BOUND.has(a.type)) continue;
    for (const m of a.mentions) if (m.sentence === sentence) out.push({ name: a.name, m });
  }
  return out.sort((x, y) => x.m.start - y.m.start);
}

/**
 * The actor bound by a deadline: a mention inside the clause that states it (before the date). The
 * first such mention is the subject ("Velto must sell by May 1"); after a give/grant verb the one
 * nearest the date is the grantee ("the court gave Velto until May 1").
 */
export function boundActor(doc: ParsedDoc, d: Deadline, actors: Actor[], clauseStart: number): { name: string; rule: string } | null {
  const inClause = mentionsIn(actors, d.sentence).filter((b) => b.m.start >= clauseStart && b.m.end <= d.start);
  if (inClause.length === 0) return null;
  if (d.cue !== null && GRANT.test(d.cue)) return { name: inClause[inClause.length - 1]!.name, rule: GRANT_CUE.id };
  return { name: inClause[0]!.name, rule: BOUND_TYPES.id };
}

const ref = (x: DateItem | Deadline): DeadlineRef => ({ text: x.text, value: x.value, start: x.start, end: x.end, sentence: x.sentence });

/**
 * A deadline whose sentence says the date moved ("extended", "pushed back", "postponed") before it
 * replaces an earlier date: one stated before it in its sentence ("the April 1 deadline was extended to
 * May 15"), else the last deadline of the few sentences before with another value.
 */
export function movedFrom(doc: ParsedDoc, d: Deadline, dates: DateItem[], earlier: Deadline[]): { ref: DeadlineRef; rule: string } | null {
  const s = doc.sentences[d.sentence]!;
  if (!MOVE.test(doc.text.slice(s.start, d.start))) return null;
  const dated = (x: DateItem | Deadline): boolean => x.value !== null && x.value !== d.value;
  const due = new Set(earlier.map((x) => x.start));
  const old = (x: DateItem): boolean => due.has(x.start) || OLD_DATE.test(doc.text.slice(Math.max(s.start, x.start - 40), x.start));
  const inSentence = dates.filter((x) => x.sentence === d.sentence && x.end <= d.start && x.kind === 'date' && dated(x) && old(x));
  if (inSentence.length > 0) return { ref: ref(inSentence[inSentence.length - 1]!), rule: OLD_DATE_BEFORE.id };
  const before = earlier.filter((x) => x.sentence < d.sentence && x.sentence >= d.sentence - MOVE_REACH.sentences && dated(x) && x.extendedFrom?.start !== d.start);
  return before.length > 0 ? { ref: ref(before[before.length - 1]!), rule: MOVE_REACH.id } : null;
}
