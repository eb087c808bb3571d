/**
 * The subject of one verb group: where it stands (ORDER rows), then the phrase. Before the verb, comma
 * pieces that are asides (ASIDES rows: relative clauses, appositives, brackets, ages, party tags) are
 * skipped back to the phrase they hang on; a relative pronoun stands for the phrase before its comma.
 * Inverted, the phrase after the verb (a description followed by ", Name" gives the name). A participle
 * takes the subject of the clause it hangs on; an absolute clause ("with X saying") has its own.
 */
import { decide, sentenceRange, type MatchEnv } from '../../engine/index.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { CLAUSE_ASIDES, CLAUSE_ORDER, SUBORDINATORS } from '../../rules/clauses/rows.js';
import { PARTY_STATE, ROLE_NOUNS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { isBoundary } from '../../refine/attribution/tokens.js';
import { phraseEndingAt, phraseStartingAt } from './noun-phrase.js';
import type { Clause, Headed, SubjectOrder } from './types.js';

const ENV: MatchEnv = {
  lexicons: new Map([['title', new Set([...TITLE_WORDS, ...ROLE_NOUNS])]]),
  predicates: new Map([
    ['ing', (doc, i) => !doc.tokens[i]!.cap && /ing$/u.test(doc.tokens[i]!.normal)],
    ['bracketed', (doc, i) => i > 0 && doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start).includes('(')],
    ['partyState', (doc, i) => PARTY_STATE.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.start + 40))],
  ]),
};

const MAX_ASIDES = 4;

interface Found {
  subject: Headed | null;
  rule: string;
}

/** The clause of verb group g in sentence s; `before` holds the sentence's clauses found so far. */
export function clauseOf(doc: ParsedDoc, s: number, g: Headed, before: readonly Clause[], trace: Trace): Clause {
  const range = sentenceRange(doc, s);
  const order = decide(CLAUSE_ORDER, { first: g.first, end: g.end }, { doc, range, env: ENV, trace, kind: 'clause' })?.value ?? 'before';
  const found = find(doc, s, g, order, before, trace);
  if (found.subject) {
    const toks = doc.tokens;
    const { first, end } = found.subject;
    trace.add({ rule: found.rule, stage: 'clauses', verdict: 'accept', start: toks[first]!.start, end: toks[end - 1]!.end, kind: 'subject', text: doc.text.slice(toks[first]!.start, toks[end - 1]!.end) });
  }
  return { sentence: s, verb: g, subject: found.subject, order, rule: found.rule };
}

function find(doc: ParsedDoc, s: number, g: Headed, order: SubjectOrder, before: readonly Clause[], trace: Trace): Found {
  const floor = doc.sentences[s]!.firstToken;
  if (order === 'inverted') return inverted(doc, s, g);
  if (order === 'absolute') return { subject: phraseEndingAt(doc, floor, g.first), rule: 'clause.subject.absolute' };
  if (order === 'participle') {
    const main = [...before].reverse().find((c) => c.order !== 'participle' && c.subject && c.verb.end <= g.first);
    return { subject: main?.subject ?? null, rule: 'clause.subject.participle' };
  }
  const pre = preverbal(doc, s, floor, g.first, trace);
  if (pre.subject || g.first === floor) return pre;
  const gap = doc.text.slice(doc.tokens[g.first - 1]!.end, doc.tokens[g.first]!.start);
  return gap.includes(',') ? inverted(doc, s, g) : pre; // "The plan failed, said Ann Roe."
}

/** The phrase after the verb group; "the agency's director, Ann Roe" gives the name. */
function inverted(doc: ParsedDoc, s: number, g: Headed): Found {
  const sent = doc.sentences[s]!;
  const np = phraseStartingAt(doc, g.end, sent.endToken);
  if (!np) return { subject: null, rule: 'clause.subject.inverted' };
  const toks = doc.tokens;
  const head = toks[np.head]!;
  const next = np.end < sent.endToken ? toks[np.end]! : null;
  if (!head.cap && next && next.cap && doc.text.slice(head.end, next.start).trim() === ',') {
    const name = phraseStartingAt(doc, np.end, sent.endToken);
    if (name && toks[name.head]!.cap) return { subject: name, rule: 'clause.subject.inverted-appositive' };
  }
  return { subject: np, rule: 'clause.subject.inverted' };
}

/** The subject before the verb: asides skipped, a relative pronoun's antecedent, else the adjacent phrase. */
function preverbal(doc: ParsedDoc, s: number, floor: number, verbFirst: number, trace: Trace): Found {
  const toks = doc.tokens;
  const range = sentenceRange(doc, s);
  let end = verbFirst;
  let skipped = false;
  for (let hops = 0; hops <= MAX_ASIDES && end > floor; hops++) {
    const last = toks[end - 1]!;
    if (/^(?:who|which|that)$/u.test(last.normal) && end - 1 > floor) {
      const np = phraseEndingAt(doc, floor, end - 1); // "the bureau, which said", "the group that said"
      if (np && (isBoundary(doc, toks[end - 2]!, last) ? last.normal !== 'that' : np.end === end - 1)) return { subject: np, rule: 'clause.subject.relative' };
    }
    if (end === verbFirst && !isBoundary(doc, last, toks[end]!)) {
      return { subject: notObject(doc, phraseEndingAt(doc, floor, end)), rule: 'clause.subject.adjacent' };
    }
    let a = end - 1;
    while (a > floor && !isBoundary(doc, toks[a - 1]!, toks[a]!)) a--;
    const aside = a > floor ? decide(CLAUSE_ASIDES, { first: a, end }, { doc, range, env: ENV, trace, kind: 'clause' }) : null;
    if (aside?.value === 'name') return { subject: { first: a, end, head: end - 1 }, rule: 'clause.subject.appositive-name' };
    if (aside && !commaBefore(doc, a)) return { subject: notObject(doc, phraseEndingAt(doc, floor, a)), rule: 'clause.subject.behind-aside' }; // "Ann Roe (D-Ohio) said"
    if (aside) {
      skipped = true;
      end = a;
      continue;
    }
    return { subject: notObject(doc, phraseEndingAt(doc, a, end)), rule: skipped ? 'clause.subject.behind-aside' : 'clause.subject.comma-piece' };
  }
  return { subject: null, rule: 'clause.subject.none' };
}

/** A phrase governed by a preposition is no subject ("In Ohio, ..."): null then. */
function notObject(doc: ParsedDoc, np: Headed | null): Headed | null {
  const p = np && np.first > 0 ? doc.tokens[np.first - 1]! : null;
  return p && p.sentence === doc.tokens[np!.first]!.sentence && p.tags.has('Preposition') && !SUBORDINATORS.has(p.normal) && !isBoundary(doc, p, doc.tokens[np!.first]!) ? null : np;
}

/** The aside starting at token a follows a comma or a dash (not a bracket hung on the word before). */
function commaBefore(doc: ParsedDoc, a: number): boolean {
  return /[,\u2014\u2013]|--/u.test(doc.text.slice(doc.tokens[a - 1]!.end, doc.tokens[a]!.start));
}
