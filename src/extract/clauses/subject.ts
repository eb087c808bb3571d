/**
 * The subject of one verb group: where it stands (ORDER rows), then the phrase. Before the verb, comma
 * pieces that are asides (ASIDES rows: relative clauses, appositives, brackets, ages, party tags) are
 * skipped back to the phrase they hang on; a relative pronoun stands for the phrase before its comma.
 * Inverted, the phrase after the verb (a description followed by ", Name" gives the name). A participle
 * takes the subject of the clause it hangs on; an absolute clause ("with X saying") has its own.
 */
import { decide, propose, sentenceRange, type MatchEnv } from '../../engine/index.js';
import { gapHas } from '../../engine/predicates.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { DASH_CHARS } from '../../parse/quote-marks.js';
import { AGENT_PREPOSITIONS, AUXILIARIES, CLAUSE_ASIDES, CLAUSE_INVERTED_NAMES, CLAUSE_COMPLEMENTS, CLAUSE_GAPS, CLAUSE_HOSTS, CLAUSE_JOINED_REPORTS, CLAUSE_NAMED_AFTER, CLAUSE_PHRASE_STOPS, CLAUSE_PLACE_TAILS, DATE_TAIL_WORDS, CLAUSE_OPENINGS, CLAUSE_ORDER, ISSUED_NOUNS, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, RELEASE_NOUNS, RESTRICTIVE_RELATIVES, SUBJECT_PHRASE_STOPS, SUBORDINATORS } from '../../rules/clauses/rows.js';
import { PARTY_STATE, ROLE_NOUNS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { isBoundary } from '../../refine/attribution/tokens.js';
import { phraseContext, phraseEndingAt, phraseStartingAt } from './noun-phrase.js';
import { isVerbal, REPORTING_FORMS } from './verb-groups.js';
import { agreeing } from './agreement.js';
import type { Clause, Headed, SubjectOrder, SubjectVia } from './types.js';

const ENV: MatchEnv = {
  lexicons: new Map([['title', new Set([...TITLE_WORDS, ...ROLE_NOUNS])], ['release', RELEASE_NOUNS], ['issued', ISSUED_NOUNS], ['date-tail', DATE_TAIL_WORDS], ['reporting', REPORTING_FORMS], ['aux', AUXILIARIES]]),
  predicates: new Map([
    ['ing', (doc, i) => !doc.tokens[i]!.cap && /ing$/u.test(doc.tokens[i]!.normal)],
    ['bracketed', (doc, i) => i > 0 && doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start).includes('(')],
    ['partyState', (doc, i) => PARTY_STATE.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.start + 40))],
  ]),
};

const MAX_ASIDES = 4;

interface Found {
  subject: Headed | null;
  via: SubjectVia;
  /** the description an appositive name follows starts here (via appositive-name) */
  lead?: number;
}

/** The clause of verb group g in sentence s; `before` holds the sentence's clauses found so far, `start` is its clauseStart. */
export function clauseOf(doc: ParsedDoc, s: number, g: Headed, before: readonly Clause[], start: number, trace: Trace): Clause {
  const range = sentenceRange(doc, s);
  const decided = decide(CLAUSE_ORDER, { first: g.first, end: g.end }, { doc, range, env: ENV, trace, kind: 'clause' })?.value ?? 'before';
  const order: SubjectOrder = decided === 'issued' ? 'participle' : decided;
  const found = find(doc, s, g, order, before, start <= g.first ? start : doc.sentences[s]!.firstToken, trace);
  if (found.subject) {
    const toks = doc.tokens;
    const { first, end } = found.subject;
    trace.add({ rule: `clause.subject.${found.via}`, stage: 'clauses', verdict: 'accept', start: toks[first]!.start, end: toks[end - 1]!.end, kind: 'subject', text: doc.text.slice(toks[first]!.start, toks[end - 1]!.end) });
  }
  const inverted = found.via === 'inverted' || found.via === 'inverted-appositive';
  const phraseStart = found.subject ? Math.min(found.lead ?? found.subject.first, found.subject.first) : null;
  return { sentence: s, verb: g, subject: found.subject, phraseStart, order: inverted ? 'inverted' : order, issued: decided === 'issued', via: found.via };
}

/**
 * Where sentence s's clauses may start: after an opening that is no part of them (CLAUSE_OPENINGS: a
 * dateline), else its first token. Read once per sentence by findClauses.
 */
export function clauseStart(doc: ParsedDoc, s: number, trace: Trace): number {
  const opening = propose(CLAUSE_OPENINGS, { doc, range: sentenceRange(doc, s), env: ENV, trace, kind: 'clause' })[0]?.span;
  return opening?.end ?? doc.sentences[s]!.firstToken;
}

function find(doc: ParsedDoc, s: number, g: Headed, order: SubjectOrder, before: readonly Clause[], floor: number, trace: Trace): Found {
  if (order === 'inverted') return inverted(doc, s, g, trace);
  if (order === 'absolute') return { subject: phraseEndingAt(doc, floor, g.first, trace), via: 'absolute' };
  if (order === 'participle') {
    const main = mainSubject(doc, s, before, trace);
    const lead = g.first - 1 > floor && doc.tokens[g.first - 1]!.tags.has('Preposition') ? preverbal(doc, s, floor, g.first - 1, trace).subject : null; // "Ann Roe, R-Ohio, despite admitting ..."
    return { subject: main ?? lead, via: 'participle' };
  }
  const pre = reducedRelative(doc, floor, g, before) ?? relativeTail(doc, g, before) ?? preverbal(doc, s, floor, g.first, trace);
  if (!pre.subject) {
    const reduced = reducedParticiple(doc, g, before);
    if (reduced) return reduced;
  }
  if (order === 'coordinated') return pre.subject ? pre : { subject: joinedSubject(doc, s, g, before, trace), via: 'coordinated' };
  if (g.first === floor || (pre.subject && pre.via !== 'comma-piece')) return pre;
  const after = afterComma(doc, s, g, trace);
  if (!pre.subject) return after ?? pre;
  const named = after !== null && doc.tokens[after.subject!.first]!.cap && doc.tokens[after.subject!.head]!.cap; // a name, not an object ("..., suggests strategic positioning.", "..., wrote that Taylor")
  return named ? after : pre; // "... bridges to Mr. Sanders, said Ann Roe.": a name that ends the clause after the verb outranks the comma piece before it
}

/** "The plan failed, said Ann Roe.": after a comma, the phrase after the verb group that ends its clause (no object pronoun: "..., called her"); else null. */
function afterComma(doc: ParsedDoc, s: number, g: Headed, trace: Trace): Found | null {
  const gap = doc.text.slice(doc.tokens[g.first - 1]!.end, doc.tokens[g.first]!.start);
  if (!gap.includes(',')) return null;
  const after = inverted(doc, s, g, trace);
  const objective = after.subject !== null && OBJECT_PRONOUNS.has(doc.tokens[after.subject.head]!.normal);
  return after.subject && !objective && endsClause(doc, s, after.subject.end, trace) ? after : null;
}

/** "all the experts [I interviewed] said": a pronoun clause right before the verb group hangs on the noun phrase before it. */
function reducedRelative(doc: ParsedDoc, floor: number, g: Headed, before: readonly Clause[]): Found | null {
  const prev = before[before.length - 1];
  const toks = doc.tokens;
  if (!prev?.subject || prev.verb.end !== g.first || prev.subject.end !== prev.verb.first || prev.subject.end - prev.subject.first !== 1) return null;
  const pronoun = toks[prev.subject.first]!;
  if (!pronoun.tags.has('Pronoun') || isBoundary(doc, toks[prev.verb.end - 1]!, toks[g.first]!) || prev.subject.first <= floor) return null;
  const np = phraseEndingAt(doc, floor, prev.subject.first);
  return np && !toks[np.head]!.tags.has('Pronoun') ? { subject: { first: np.first, end: prev.verb.end, head: np.head }, via: 'reduced' } : null;
}

/**
 * "Leaders who have been opponents of the plan [have embraced]": a verb right after a relative clause
 * with no comma to close it; the relative clause's object is no subject, its antecedent is. Not after a
 * verb that takes a clause ("voters who believe the plan [will fail]": the plan's verb).
 */
function relativeTail(doc: ParsedDoc, g: Headed, before: readonly Clause[]): Found | null {
  const prev = before[before.length - 1];
  const toks = doc.tokens;
  if (!prev?.subject || prev.via !== 'relative' || prev.verb.end >= g.first || REPORTING_FORMS.has(toks[prev.verb.head]!.normal)) return null;
  const appositive = prev.subject.first > doc.sentences[prev.sentence]!.firstToken && commaBefore(doc, prev.subject.first); // "Ann Roe, a strategist who has ..., said": the asides' reader
  const open = toks.slice(prev.subject.end, g.first).every((t, k) => !isBoundary(doc, toks[prev.subject!.end + k - 1]!, t) && !t.inQuote && (k === 0 || !SUBORDINATORS.has(t.normal))); // "who ran before [his knee] blew out": a clause of its own
  return open && !appositive ? { subject: prev.subject, via: 'behind-aside' } : null; // the relative clause is skipped like an aside
}

const MAX_PARTICIPLE_TAIL = 4;

/** "a report [released last year] found", "emails [combed through by Vox] suggest": the subject of a bare participle right before. */
function reducedParticiple(doc: ParsedDoc, g: Headed, before: readonly Clause[]): Found | null {
  const prev = before[before.length - 1];
  const toks = doc.tokens;
  if (!prev?.subject || prev.via !== 'adjacent' || prev.verb.first !== prev.verb.head || prev.subject.end !== prev.verb.first) return null;
  const v = toks[prev.verb.head]!;
  if (!v.tags.has('PastTense') && !v.tags.has('Participle')) return null;
  const tail = toks.slice(prev.verb.end, g.first);
  if (tail.length > MAX_PARTICIPLE_TAIL || tail.some((t, k) => isBoundary(doc, toks[prev.verb.end + k - 1]!, t))) return null;
  const by = tail.length > 0 && (AGENT_PREPOSITIONS.has(tail[0]!.normal) || tail.every((t) => t.tags.has('Date') || t.tags.has('Value') || DATE_TAIL_WORDS.has(t.normal))); // "released last year", "filed on Sunday night"
  return by ? { subject: prev.subject, via: 'behind-aside' } : null; // the participle is skipped like an aside
}

/**
 * The subject of the main clause a participle hangs on: the first with a subject, outside quotes, not a
 * relative, participle or fronted subordinate clause nor a report's content (CLAUSE_COMPLEMENTS) ("While rivals called for X, Lee hewed to Y, saying":
 * not the fronted clause's), or a later main clause a CLAUSE_HOSTS row admits (", and the union sued").
 */
function mainSubject(doc: ParsedDoc, s: number, before: readonly Clause[], trace: Trace): Headed | null {
  const cx = { doc, range: sentenceRange(doc, s), env: ENV, trace, kind: 'clause' };
  const main = before.filter((c) => c.order !== 'participle' && c.via !== 'relative' && c.subject && !doc.tokens[c.verb.head]!.inQuote && !decide(CLAUSE_COMPLEMENTS, span(c), cx) && !objectClause(doc, c, before));
  const first = main.find((c) => !subordinate(doc, c.subject!)) ?? main[0];
  const later = first ? main.slice(main.indexOf(first) + 1).reverse().find((c) => !subordinate(doc, c.subject!) && decide(CLAUSE_HOSTS, span(c), cx)) : undefined;
  return (later ?? first)?.subject ?? null;
}

/** The tokens of a clause: its subject and its verb group, in either order. */
const span = (c: Clause): { first: number; end: number } => ({ first: Math.min(c.subject!.first, c.verb.first), end: Math.max(c.subject!.end, c.verb.end) });

/** A coordinated verb's subject: the nearest clause before it that is no relative, participle, subordinate clause ("as investors sold") or, for a joined report (CLAUSE_JOINED_REPORTS), a report's content (CLAUSE_COMPLEMENTS). */
function joinedSubject(doc: ParsedDoc, s: number, g: Headed, before: readonly Clause[], trace: Trace): Headed | null {
  const cx = { doc, range: sentenceRange(doc, s), env: ENV, trace, kind: 'clause' };
  const reports = decide(CLAUSE_JOINED_REPORTS, g, cx) !== null; // "said he welcomed X and added": a report joins the reporter
  const main = before.filter((c) => c.subject && c.order !== 'participle' && c.via !== 'relative' && !doc.tokens[c.verb.head]!.inQuote && !subordinate(doc, c.subject) && !bracketed(doc, c.subject) && !(reports && decide(CLAUSE_COMPLEMENTS, span(c), cx)) && !(objectClause(doc, c, before) && !decide(CLAUSE_COMPLEMENTS, span(c), cx))); // "(pun intended) and repeat": a bracket's clause is an aside
  const form = formOf(doc, g.first);
  const same = main.filter((c) => formOf(doc, c.verb.first) === form); // "says ... and says", "would cut ... but would add"
  const last = main[main.length - 1];
  const inner = before.filter((c) => c.subject && c.order !== 'participle' && c.via !== 'relative' && !doc.tokens[c.verb.head]!.inQuote && subordinate(doc, c.subject) && !bracketed(doc, c.subject) && (!last || c.verb.first > last.verb.first)).pop(); // "such as when Cruz knocked Rubio and called him": the verb joins the subordinate clause it follows
  if (inner && formOf(doc, inner.verb.first) === form && !(reports && decide(CLAUSE_COMPLEMENTS, span(inner), cx))) return inner.subject;
  const relative = before.filter((c) => c.subject && c.via === 'relative' && !doc.tokens[c.verb.head]!.inQuote).pop();
  if (relative && (!last || relative.verb.first > last.verb.first) && !doc.text.slice(doc.tokens[relative.verb.end - 1]!.end, doc.tokens[g.first]!.start).includes(',')) return relative.subject; // "Hale, who endorsed Moreno and said he would": the verb joins the open relative clause, its antecedent speaks
  return (same[same.length - 1] ?? main[main.length - 1])?.subject ?? null;
}

/**
 * "met [the families of the victims] killed in the crash and said", "denounced [Iran's missile] tests and
 * pledged": a clause whose subject stands right after an earlier verb group of the sentence is that verb's
 * object, read with a participle or a noun the tagger took for a verb; no host for a joined verb or a
 * participle (a report's content, "said Ann Roe lied", is the CLAUSE_COMPLEMENTS rows' to decide; a phrase
 * opened by a subordinator, "is odd that Ann Roe demands", is a clause of its own). An -ing verb keeps its subject ("remember Ann Roe going on TV, ... and telling", "placards supporting X or slamming Y").
 */
function objectClause(doc: ParsedDoc, c: Clause, before: readonly Clause[]): boolean {
  const first = c.subject!.first;
  const ing = doc.tokens.slice(c.verb.first, c.verb.end).some((t) => t.tags.has('Gerund'));
  return c.via === 'adjacent' && first > 0 && !ing && !SUBORDINATORS.has(doc.tokens[first]!.normal) && before.some((b) => b !== c && b.verb.end === first && agrees(doc, b)) && !isBoundary(doc, doc.tokens[first - 1]!, doc.tokens[first]!);
}

/** A verb group that agrees with its subject in number: "Acme campaign" (a singular name before a plural present form) is a noun compound the tagger read as a clause. */
function agrees(doc: ParsedDoc, b: Clause): boolean {
  const v = doc.tokens[b.verb.head]!;
  const h = b.subject ? doc.tokens[b.subject.head]! : null;
  const pluralPresent = v.tags.has('PresentTense') && v.tags.has('Infinitive') && !v.tags.has('Modal') && !v.tags.has('Copula');
  return !(pluralPresent && h && h.tags.has('Singular') && !h.tags.has('Plural') && !h.tags.has('Pronoun'));
}

/** A subject right after a subordinator ("as investors sold"). */
function subordinate(doc: ParsedDoc, np: Headed): boolean {
  const opener = doc.tokens[np.first - 1];
  return opener !== undefined && opener.sentence === doc.tokens[np.first]!.sentence && SUBORDINATORS.has(opener.normal);
}

/** A subject that opens a bracket ("(pun intended)"). */
const bracketed = (doc: ParsedDoc, np: Headed): boolean => np.first > 0 && doc.text.slice(doc.tokens[np.first - 1]!.end, doc.tokens[np.first]!.start).includes('(');

const FORMS = ['Modal', 'PastTense', 'PresentTense'];
/** The form of a verb group's first word: modal, past or present (coordinated verbs share it). */
const formOf = (doc: ParsedDoc, i: number): string => FORMS.find((f) => doc.tokens[i]!.tags.has(f)) ?? '';

/** The phrase ending before token e ends its clause: the sentence's end, a boundary, or "in"/"on"/"at" ("said Ann Roe in a statement"). */
export function endsClause(doc: ParsedDoc, s: number, e: number, trace: Trace = NO_TRACE): boolean {
  const sent = doc.sentences[s]!;
  if (e >= sent.endToken) return true;
  const t = doc.tokens[e]!;
  return isBoundary(doc, doc.tokens[e - 1]!, t) || SUBJECT_PHRASE_STOPS.has(t.normal) || decide(CLAUSE_PHRASE_STOPS, { first: e - 1, end: e }, phraseContext(doc, e - 1, trace)) !== null; // "said one retired engineer who asked ..."
}

/** The phrase after the verb group; "the agency's director, Ann Roe" gives the name. */
function inverted(doc: ParsedDoc, s: number, g: Headed, trace: Trace): Found {
  const sent = doc.sentences[s]!;
  const toks = doc.tokens;
  const np = g.end < sent.endToken && !isBoundary(doc, toks[g.end - 1]!, toks[g.end]!) ? phraseStartingAt(doc, g.end, sent.endToken, trace) : null;
  if (!np) return { subject: null, via: 'inverted' };
  const head = toks[np.head]!;
  const next = np.end < sent.endToken ? toks[np.end]! : null;
  if (!head.cap && next && next.cap && doc.text.slice(head.end, next.start).trim() === ',') {
    const name = phraseStartingAt(doc, np.end, sent.endToken, trace);
    if (name && toks[name.head]!.cap) return { subject: name, via: 'inverted-appositive' };
  }
  const named = next && !head.cap ? decide(CLAUSE_NAMED_AFTER, { first: np.end - 1, end: np.end }, phraseContext(doc, np.end - 1, trace)) : null; // "said a guard named Tom Hale"
  const name = named ? phraseStartingAt(doc, named.match.end - 1, sent.endToken, trace) : null;
  if (name && toks[name.head]!.cap) return { subject: name, via: 'inverted-appositive' };
  const rest = { first: g.end, end: sent.endToken };
  let piece = rest.end - 1; // the last comma piece of the sentence
  while (piece > np.end && !gapHas(doc, piece, rest, 'comma')) piece--;
  const closing = piece >= np.end && decide(CLAUSE_INVERTED_NAMES, { first: piece, end: rest.end }, { ...phraseContext(doc, piece, trace), range: rest }) !== null; // "said Port Alder, Oregon's harbor master, Lena Voss"
  if (closing) return { subject: { first: piece, end: rest.end, head: rest.end - 1 }, via: 'inverted-appositive' };
  return { subject: np, via: 'inverted' };
}

/** The subject before the verb: asides skipped, a relative pronoun's antecedent, else the adjacent phrase. */
function preverbal(doc: ParsedDoc, s: number, floor: number, verbFirst: number, trace: Trace): Found {
  const toks = doc.tokens;
  const range = sentenceRange(doc, s);
  const verbAt = verbFirst - gapBefore(doc, range, floor, verbFirst, trace);
  let end = verbAt;
  let skipped = false;
  for (let hops = 0; hops <= MAX_ASIDES && end > floor; hops++) {
    const last = toks[end - 1]!;
    if (RELATIVE_PRONOUNS.has(last.normal) && end - 1 > floor && !toks[end - 2]!.inQuote) { // a quoted title never speaks
      const np = phraseEndingAt(doc, floor, end - 1, trace); // "the bureau, which said", "the group that said"
      if (np && (isBoundary(doc, toks[end - 2]!, last) ? !RESTRICTIVE_RELATIVES.has(last.normal) : np.end === end - 1)) return { subject: unclosedAppositive(doc, range, floor, np, trace)?.subject ?? np, via: 'relative' }; // "Ann Roe, a former judge who said": the name the description follows
    }
    if (end === verbAt && !isBoundary(doc, last, toks[end]!)) {
      const behind = placeTail(doc, range, floor, end, trace); // "The ministry in Munich, Germany confirmed"
      if (behind) return behind;
      const np = notObject(doc, phraseEndingAt(doc, floor, end, trace));
      return unclosedAppositive(doc, range, floor, np, trace) ?? { subject: agreeing(doc, np, verbFirst), via: 'adjacent' };
    }
    let a = end - 1;
    while (a > floor && !pieceBreak(doc, a)) a--; // a quoted title inside the piece does not end it
    const aside = a > floor ? decide(CLAUSE_ASIDES, { first: a, end }, { doc, range, env: ENV, trace, kind: 'clause' }) : null;
    const open = aside ? null : openRelative(doc, range, floor, a, end, trace); // "Ann Roe, who lives outside the capital, Lisbon, said": the piece is still the relative clause's
    if (open) return open;
    if (aside?.value === 'name') return openRelative(doc, range, floor, a, end, trace) ?? { subject: { first: a, end, head: end - 1 }, via: 'appositive-name', lead: description(doc, floor, a) };
    if (aside && !commaBefore(doc, a)) { // "Ann Roe (D-Ohio) said"; "Ann Roe, the fisheries commissioner (HFC), said": the name the bracketed description follows
      const tight = notObject(doc, phraseEndingAt(doc, floor, a, trace));
      return unclosedAppositive(doc, range, floor, tight, trace) ?? { subject: tight, via: 'behind-aside' };
    }
    if (aside) {
      skipped = true;
      end = a;
      continue;
    }
    const np = notObject(doc, phraseEndingAt(doc, a, end, trace));
    const opener = np !== null && np.first > a && (toks[np.first - 1]!.tags.has('Conjunction') || SUBORDINATORS.has(toks[np.first - 1]!.normal)); // "... listened while Ann Roe said"
    const object = np !== null && !opener && toks.slice(a, np.first).some((t, k) => !t.inQuote && isVerbal(t, toks[a + k - 1], toks[a + k + 1])); // "The count was wrong, said Ann Roe": inside a clause, no subject
    return { subject: object ? null : np, via: skipped ? 'behind-aside' : 'comma-piece' };
  }
  return { subject: null, via: 'none' };
}

/**
 * "Ann Roe, a spokesman for the port authority said": a description set off by a comma that no comma
 * closes, an aside by the CLAUSE_ASIDES rows (or the predicate of a relative clause no comma closes, "Ann
 * Roe, who is chairman of the council said", an 'open' row), after a name that opens its clause (a person's, or a
 * proper name of two words or more, no date): the name is the subject, not the description (nor a
 * body named inside it); else null.
 */
function unclosedAppositive(doc: ParsedDoc, range: { first: number; end: number }, floor: number, np: Headed | null, trace: Trace): Found | null {
  const toks = doc.tokens;
  const a = np ? relativeOpening(doc, floor, np) : -1; // "Ann Roe, who is chairman of the Harbor Council said": the relative clause's predicate, no comma closing it
  if (!np || (a < 0 && (np.first <= floor + 1 || !commaBefore(doc, np.first) || (toks[np.first]!.cap && !toks[np.first]!.poss)))) return null; // a possessive name may open the description: "Ann Roe, Acme's spokesperson told"
  if (decide(CLAUSE_ASIDES, { first: a < 0 ? np.first : a, end: np.end }, { doc, range, env: ENV, trace, kind: 'clause' })?.value !== (a < 0 ? 'skip' : 'open')) return null;
  const host = phraseEndingAt(doc, floor, a < 0 ? np.first : a, trace);
  const opens = host !== null && (host.first === floor || isBoundary(doc, toks[host.first - 1]!, toks[host.first]!));
  const h = host ? toks[host.head]! : null;
  const named = host !== null && toks.slice(host.first, host.end).every((t) => t.cap) && !h!.tags.has('Date') && (PERSON_TAGS.some((g) => h!.tags.has(g)) || (host.end - host.first > 1 && h!.tags.has('ProperNoun'))); // "Filippo Grandi": a name the tagger knows no person in; never "Meanwhile" or "On Sunday"
  return opens && named ? { subject: host, via: 'behind-aside' } : null;
}

/** The phrase follows a copula whose subject is the word right after a comma ("Ann Roe, who is [chairman of the council] said"): that word's index, for the ASIDES rows to read as a relative clause; else -1. */
function relativeOpening(doc: ParsedDoc, floor: number, np: Headed): number {
  const a = np.first - 2;
  const toks = doc.tokens;
  return a > floor + 1 && toks[a + 1]!.tags.has('Copula') && commaBefore(doc, a) && !isBoundary(doc, toks[a]!, toks[a + 1]!) && !isBoundary(doc, toks[a + 1]!, toks[np.first]!) ? a : -1;
}

/**
 * A comma piece right before the verb with no comma after it that a CLAUSE_PLACE_TAILS row hangs on the
 * phrase before it ("The ministry in Munich, [Germany] confirmed"): that phrase is the subject when it opens
 * its clause (not governed by a preposition, nor opened by a conjunction or subordinator: "After talks in
 * Paris, France said" keeps France); else null.
 */
function placeTail(doc: ParsedDoc, range: { first: number; end: number }, floor: number, end: number, trace: Trace): Found | null {
  const toks = doc.tokens;
  let a = end - 1;
  while (a > floor && !pieceBreak(doc, a)) a--;
  if (a <= floor || !commaBefore(doc, a) || toks.slice(a, end).some((t) => t.inQuote)) return null;
  const np = notObject(doc, phraseEndingAt(doc, floor, a, trace));
  if (!np || np.end !== a || np.head >= a - 1) return null; // the place's preposition inside the phrase, its head before it
  const opens = np.first === floor || isBoundary(doc, toks[np.first - 1]!, toks[np.first]!);
  if (!opens || !decide(CLAUSE_PLACE_TAILS, { first: a, end }, { doc, range, env: ENV, trace, kind: 'clause' })) return null;
  return { subject: np, via: 'behind-aside' };
}

/** The first token of the description an appositive name starting at token a follows ("[the agency's director], Ann Roe"); none inside a quotation the name is not in. */
function description(doc: ParsedDoc, floor: number, a: number): number | undefined {
  const np = phraseEndingAt(doc, floor, a);
  return np && doc.tokens[np.first]!.inQuote === doc.tokens[a]!.inQuote ? np.first : undefined;
}

/**
 * A relative clause opened by an earlier comma piece (an ASIDES row valued 'open') that runs over the piece
 * [a, pieceEnd) up to the verb (a piece with no verb and no quotation): the subject is the relative's antecedent, the phrase right before it,
 * when that phrase can speak (not governed by a preposition, not a date or a number); else null.
 */
function openRelative(doc: ParsedDoc, range: { first: number; end: number }, floor: number, a: number, pieceEnd: number, trace: Trace): Found | null {
  const toks = doc.tokens;
  if (toks.slice(a, pieceEnd).some((t) => t.inQuote || t.tags.has('Verb'))) return null; // the piece holds a clause of its own, or a quotation
  let end = a;
  for (let hops = 0; hops < MAX_ASIDES && end > floor; hops++) {
    let r = end - 1;
    while (r > floor && !pieceBreak(doc, r)) r--;
    if (r <= floor || toks.slice(r, end).some((t) => t.inQuote)) return null; // never into a quotation
    const aside = decide(CLAUSE_ASIDES, { first: r, end }, { doc, range, env: ENV, trace, kind: 'clause' });
    if (aside?.value === 'open' && commaBefore(doc, r)) {
      const np = notObject(doc, phraseEndingAt(doc, floor, r, trace));
      const head = np ? toks[np.head]! : null;
      return head && !head.tags.has('Date') && !head.tags.has('Value') ? { subject: np, via: 'behind-aside' } : null;
    }
    if (toks.slice(r, end).some((t) => t.tags.has('Verb'))) return null; // a verb between closed the relative clause ("who ..., made X, or Y, told")
    end = r;
  }
  return null;
}

const MAX_GAP = 6;

/** How many tokens right before the verb group are a gap (CLAUSE_GAPS rows: "on Friday"), the longest that holds; 0 when none. */
function gapBefore(doc: ParsedDoc, range: { first: number; end: number }, floor: number, verbFirst: number, trace: Trace): number {
  for (let k = Math.min(MAX_GAP, verbFirst - floor - 1); k > 0; k--) {
    const span = { first: verbFirst - k, end: verbFirst };
    if (toksBreak(doc, span.first, verbFirst)) continue;
    if (decide(CLAUSE_GAPS, span, { doc, range, env: ENV, trace, kind: 'clause' })) return k;
  }
  return 0;
}

/** A boundary inside tokens [first, end] (the verb's first token included). */
const toksBreak = (doc: ParsedDoc, first: number, end: number): boolean => doc.tokens.slice(first + 1, end + 1).some((t, k) => isBoundary(doc, doc.tokens[first + k]!, t));

/** A phrase governed by a preposition is no subject ("In Ohio, ..."), save a person's name ending it ("In an interview Ann Roe said"): null then. */
function notObject(doc: ParsedDoc, np: Headed | null): Headed | null {
  const p = np && np.first > 0 ? doc.tokens[np.first - 1]! : null;
  const governed = p && p.sentence === doc.tokens[np!.first]!.sentence && p.tags.has('Preposition') && !SUBORDINATORS.has(p.normal) && !isBoundary(doc, p, doc.tokens[np!.first]!);
  return governed ? personTail(doc, np!) : np;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** The person's name that ends a phrase after other words: "a Bloomberg interview [Ann Roe]"; else null. */
function personTail(doc: ParsedDoc, np: Headed): Headed | null {
  const toks = doc.tokens;
  let k = np.end;
  while (k > np.first && toks[k - 1]!.cap && PERSON_TAGS.some((g) => toks[k - 1]!.tags.has(g))) k--;
  return k < np.end && k > np.first ? { first: k, end: np.end, head: np.end - 1 } : null;
}

const COMMA_OR_DASH = new RegExp(`[,${DASH_CHARS}]|--`, 'u');
const PIECE_BREAK = new RegExp(`[,;()[\\]${DASH_CHARS}]|--|\\s-\\s`, 'u');

/** The aside starting at token a follows a comma or a dash (not a bracket hung on the word before). */
function commaBefore(doc: ParsedDoc, a: number): boolean {
  return COMMA_OR_DASH.test(doc.text.slice(doc.tokens[a - 1]!.end, doc.tokens[a]!.start));
}

/** A comma piece ends before token a: a comma, semicolon, bracket or dash (quotation marks do not end one). */
function pieceBreak(doc: ParsedDoc, a: number): boolean {
  return PIECE_BREAK.test(doc.text.slice(doc.tokens[a - 1]!.end, doc.tokens[a]!.start));
}
