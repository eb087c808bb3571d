/**
 * The clause layer (a pipeline stage, before the attribution cues): per sentence, every verb group
 * and its subject phrase with its head, from compromise's tags and the rows of src/rules/clauses.
 * Attribution reads a cue's subject here (`clauseAt`). Linear in the sentence length per verb group.
 */
import { decide, sentenceRange } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { CLAUSE_FRONTED } from '../../rules/clauses/rows.js';
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
    return frontedParticiple(doc, out, trace);
  });
}

/**
 * "After saying the plan failed, Ann Roe left", "Having announced his bid, Judge Roe ruled": a participle
 * opening the sentence (only a preposition or a subordinator before it: rows CLAUSE_FRONTED) with no
 * subject of its own takes the subject of the first clause after the comma that closes it, its main clause.
 * An aside after a subject ("Ann Roe, citing X, said") opens nothing.
 */
function frontedParticiple(doc: ParsedDoc, out: Clause[], trace: Trace): Clause[] {
  const c = out[0];
  if (!c || c.subject) return out;
  const main = out.find((d) => d !== c && d.subject && d.order === 'before' && d.subject.first >= c.verb.end && doc.text.slice(doc.tokens[c.verb.end - 1]!.end, doc.tokens[d.subject.first]!.start).includes(','));
  if (!main || !decide(CLAUSE_FRONTED, { first: c.verb.first, end: c.verb.first + 1 }, { doc, range: sentenceRange(doc, c.sentence), trace, kind: 'clause' })) return out;
  out[0] = { ...c, subject: main.subject, phraseStart: main.phraseStart, via: 'participle', order: 'participle' };
  return out;
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
