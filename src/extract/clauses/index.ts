/**
 * The clause layer (a pipeline stage, before the attribution cues): per sentence, every verb group
 * and its subject phrase with its head, from compromise's tags and the rows of src/rules/clauses.
 * Attribution reads a cue's subject here (`clauseAt`). Linear in the sentence length per verb group.
 */
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { clauseOf, clauseStart } from './subject.js';

export { endsClause } from './subject.js';
import type { Clause, Clauses } from './types.js';
import { verbGroups } from './verb-groups.js';

export type { Clause, Clauses, Headed, SubjectOrder, SubjectVia } from './types.js';

/** The clauses of every sentence of the document. */
export function findClauses(doc: ParsedDoc, trace: Trace = NO_TRACE): Clauses {
  return doc.sentences.map((sent) => {
    const out: Clause[] = [];
    const groups = verbGroups(doc, sent.index);
    const start = groups.length > 0 ? clauseStart(doc, sent.index, trace) : sent.firstToken;
    for (const g of groups) out.push(clauseOf(doc, sent.index, g, out, start, trace));
    return out;
  });
}

/** The clause whose verb group holds token i, or null. */
export function clauseAt(clauses: Clauses, doc: ParsedDoc, i: number): Clause | null {
  const t = doc.tokens[i];
  if (!t) return null;
  return clauses[t.sentence]?.find((c) => c.verb.first <= i && i < c.verb.end) ?? null;
}

/**
 * The clause of the verb span [first, end) (a reporting verb the cue layer found): the clause layer's
 * when a verb group holds it, else one read for it now (a verb the tagger missed: "Ann Roe Says ..." in
 * a Title Case headline).
 */
export function clauseFor(clauses: Clauses, doc: ParsedDoc, first: number, end: number): Clause | null {
  const found = clauseAt(clauses, doc, first);
  const t = doc.tokens[first];
  if (found || !t || end <= first) return found;
  const before = (clauses[t.sentence] ?? []).filter((c) => c.verb.end <= first);
  return clauseOf(doc, t.sentence, { first, end, head: end - 1 }, before, clauseStart(doc, t.sentence, NO_TRACE), NO_TRACE);
}
