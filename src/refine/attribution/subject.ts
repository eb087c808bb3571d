/**
 * The subject of a reporting verb: the phrase before it (walking back over adverbs, brackets and
 * appositives), the clause subject for a participle (", saying ..."), or the phrase after an
 * inverted cue ('"...," said Voss').
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { ASIDE_OPENERS, CLAUSE_COORDINATORS, PARENTHETICAL_OPENERS, PARTY_STATE, PRONOUNS, ROLE_NOUNS, SUBJECT_GAP_WORDS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { DESCRIPTION_RELATIVES, PERSON_PRONOUNS } from '../../rules/attribution/function-words.js';
import { groupEndingAt, lyAdverb, relationBefore, relativeAntecedent } from './antecedent.js';
import type { Cue } from './cue-types.js';
import { describedSubject } from './described.js';
import { headCandidate, nameEndingAt, type SourceRef } from './source-np.js';
import { isBoundary, participleForm, isCapitalized, isNameLike, isPossessive, word } from './tokens.js';
import { CLOSING_MARK_CHARS } from '../../parse/quote-marks.js';
import { clauseFor, type Clauses } from '../../extract/clauses/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { clauseSource } from './clause-source.js';
import { AUXILIARIES } from '../../rules/clauses/rows.js';

const CLOSING_MARK = new RegExp(`[${CLOSING_MARK_CHARS}]`, 'u');

/** The subject before a verb cue, skipping adverbs and parenthetical comma pieces; or after it ("said Voss"). */
export function verbSource(doc: ParsedDoc, s: number, cue: Cue, floor = 0, clauses: Clauses = [], all = false, trace: Trace = NO_TRACE): { ref: SourceRef | null; after: boolean } {
  const fromClause = clauseSource(doc, cue, clauses, all, trace);
  if (fromClause) return fromClause;
  const sent = doc.sentences[s]!;
  const toks = doc.tokens;
  const first = Math.max(sent.firstToken, Math.min(floor, cue.first));
  const gap = cue.first > first ? doc.text.slice(toks[cue.first - 1]!.end, toks[cue.first]!.start) : '"';
  const quoted = CLOSING_MARK.test(gap) && !participleForm(toks[cue.first]!); // '"...," saying' is a participle, never inverted
  const comma = /,/u.test(gap);
  const inverted = !comma && !CLOSING_MARK.test(gap) && clauseFor(clauses, doc, cue.first, cue.end)?.order === 'inverted'; // no mark before the verb, yet a row of clauses.order put its subject after it ("When asked by X"), though it read no phrase there
  if (!quoted && !inverted) {
    const participle = participleForm(toks[cue.first]!) && comma;
    const before = (participle ? clauseSubject(doc, first, cue.first) : null) ?? subjectBefore(doc, first, cue.first, trace);
    if (before || participle) return { ref: before, after: false };
  }
  if (!quoted && !inverted && !comma && cue.first > first) return { ref: cue.speech ? unknown(doc, cue) : null, after: false };
  const after = sourceAfter(doc, cue.end, windowEnd(doc, cue.end, Math.min(sent.endToken, cue.end + 8), sent.endToken), quoted || inverted);
  if (!after && cue.speech) return { ref: unknown(doc, cue), after: false }; // a verb of saying reports even when its subject is unreadable
  return { ref: after, after: true };
}

const gapHas = (doc: ParsedDoc, k: number, c: string): boolean => doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes(c);

/** An unknown source (the subject could not be read): the claim stands, its source is null. */
function unknown(doc: ParsedDoc, cue: Cue): SourceRef {
  const t = doc.tokens[cue.first]!;
  return { kind: 'group', start: t.start, end: t.start, text: '' };
}

/**
 * The end of the window read after an inverted cue: moved past a name run it would cut ("... to President
 * John F. | Kennedy"), and, when the window holds no boundary, to the phrase's end at the next boundary or the
 * sentence's end within as many tokens again ("said spokesman for the state of Avalon in southern | Ostria, Ana Roe.").
 */
function windowEnd(doc: ParsedDoc, start: number, e: number, limit: number): number {
  const toks = doc.tokens;
  const span = e - start;
  while (e < limit && isCapitalized(toks[e - 1]!) && isCapitalized(toks[e]!) && !isBoundary(doc, toks[e - 1]!, toks[e]!)) e++;
  for (let k = start + 1; k < e; k++) if (isBoundary(doc, toks[k - 1]!, toks[k]!)) return e;
  let b = e;
  while (b < limit && b - e < span && !isBoundary(doc, toks[b - 1]!, toks[b]!)) b++;
  return b === limit || isBoundary(doc, toks[b - 1]!, toks[b]!) ? b : e;
}

/** The source after an inverted cue ("said 9/11 widow Ann Roe"): lower-case descriptors before a name are skipped. */
function sourceAfter(doc: ParsedDoc, i: number, end: number, quoted: boolean): SourceRef | null {
  const head = headCandidate(doc, i, end);
  if (head || !quoted) return head;
  for (let k = i + 1; k < Math.min(end, i + 5); k++) {
    const t = doc.tokens[k]!;
    if (isBoundary(doc, doc.tokens[k - 1]!, t) || t.tags.has('Verb')) return null;
    if (isNameLike(t)) return headCandidate(doc, k, end);
  }
  return null;
}


/** The subject of the main clause, for a participle cue (", saying ..."): the first source in a piece that is not an opener. */
function clauseSubject(doc: ParsedDoc, first: number, cueFirst: number): SourceRef | null {
  const toks = doc.tokens;
  let start = first;
  for (let k = first; k <= cueFirst; k++) {
    if (k < cueFirst && (k === first || !isBoundary(doc, toks[k - 1]!, toks[k]!))) continue;
    let s = start;
    while (s < k && CLAUSE_COORDINATORS.has(toks[s]!.normal)) s++; // "And then Voss went on the attack, saying"
    const t = toks[s];
    const opener = !t || t.tags.has('Preposition') || (t.tags.has('Conjunction') && !isNameLike(t)) || t.tags.has('Adverb');
    if (!opener) return headCandidate(doc, s, k);
    start = k;
  }
  return null;
}

/** Walk back over comma pieces from the cue: gap words and appositives after a name are skipped. */
function subjectBefore(doc: ParsedDoc, first: number, cueFirst: number, trace: Trace = NO_TRACE): SourceRef | null {
  const toks = doc.tokens;
  const rel = relativeAntecedent(doc, first, cueFirst);
  if (rel) return rel;
  let end = cueFirst;
  let adjacent = true;
  let described = false; // an appositive was skipped: the name it describes ends the next piece
  for (let hops = 0; hops < 7 && end > first; hops++) {
    let start = end - 1;
    const closesBracket = end < toks.length && doc.text.slice(toks[end - 1]!.end, toks[end]!.start).includes(')');
    while (start > first && !(closesBracket ? gapHas(doc, start, '(') : isBoundary(doc, toks[start - 1]!, toks[start]!))) start--;
    let e = end;
    while (e > start && (SUBJECT_GAP_WORDS.has(word(toks[e - 1]!)) || lyAdverb(toks[e - 1]!))) e--;
    const partyState = e > start && PARTY_STATE.test(doc.text.slice(toks[start]!.start, toks[e - 1]!.end));
    const attached = end === cueFirst && !isBoundary(doc, toks[end - 1]!, toks[end]!);
    const aside = !attached && start > first && ASIDE_OPENERS.has(toks[start]!.normal);
    if (closesBracket || e === start || aside || (!attached && start > first && appositive(doc, start, e) && (afterName(doc, start) || DESCRIPTION_RELATIVES.has(toks[start]!.normal)))) {
      adjacent &&= closesBracket || partyState || e === start;
      described = !aside && !closesBracket && e > start;
      end = start;
      continue;
    }
    const last = toks[e - 1]!;
    if (adjacent && PERSON_PRONOUNS.has(last.normal)) return { kind: 'pronoun', start: last.start, end: last.end, text: last.text };
    const phrase = adjacent ? describedSubject(doc, start, e, trace) : null;
    if (phrase) return phrase;
    const head = ((adjacent || described) && !relationBefore(doc, start, e) ? subjectName(doc, start, e) : null) ?? headCandidate(doc, start, e) ?? (adjacent ? groupEndingAt(doc, start, e) : null);
    const predicate = !head && start > first && isPredicateStart(toks[start]!); // "X, like Y, has urged ... but has said"
    if (head || (e - start > 2 && !predicate)) return head;
    adjacent = false;
    end = start;
  }
  return null;
}

/** The name ending the piece, unless a preposition governs it ("the talks with Voss suggest": the talks speak). */
function subjectName(doc: ParsedDoc, start: number, e: number): SourceRef | null {
  const ref = nameEndingAt(doc, start, e);
  if (!ref) return null;
  let k = e - 1;
  while (k > start && doc.tokens[k - 1]!.end > ref.start) k--;
  const before = k > start ? doc.tokens[k - 1]! : null;
  return before && before.tags.has('Preposition') && !isBoundary(doc, before, doc.tokens[k]!) ? null : ref;
}

/** A comma piece that describes the name before it: "the secretary", "R-Ky.", "director of X", "Voss's aide". */
function appositive(doc: ParsedDoc, start: number, e: number): boolean {
  const t = doc.tokens[start]!;
  if (PARENTHETICAL_OPENERS.has(t.normal) || PARTY_STATE.test(doc.text.slice(t.start, doc.tokens[e - 1]!.end))) return true;
  if (!isCapitalized(t) && (TITLE_WORDS.has(t.normal) || ROLE_NOUNS.has(t.normal) || t.tags.has('Actor'))) return true;
  if (!isCapitalized(t) && t.tags.has('Verb') && /(?:ing|ed)$/u.test(t.normal)) return true;
  if (/^\d/u.test(t.text) && e - start === 1) return true;
  const next = doc.tokens[start + 1];
  if (isPossessive(t) && next !== undefined && start + 1 < e && !isCapitalized(next)) return true;
  return describesWithoutVerb(doc, start, e);
}

/** "Mrs. Voss's chief of staff", "a union steward in Dayton": a noun phrase with no verb and a lower-case noun head. */
function describesWithoutVerb(doc: ParsedDoc, start: number, e: number): boolean {
  const toks = doc.tokens.slice(start, e);
  const head = toks[toks.length - 1]!;
  return toks.length >= 2 && !toks.some((t) => t.tags.has('Verb') || PRONOUNS.has(t.normal)) && (head.tags.has('Noun') || isCapitalized(head)) && toks.some((t) => !isCapitalized(t) && t.tags.has('Noun'));
}

/** The piece before `start` ends with a name or a pronoun. */
function afterName(doc: ParsedDoc, start: number): boolean {
  const prev = doc.tokens[start - 1]!;
  const before = doc.tokens[start - 2];
  const hyphenated = before !== undefined && doc.text.slice(before.end, prev.start) === '-' && isNameLike(before);
  return isNameLike(prev) || hyphenated || PRONOUNS.has(prev.normal) || /^\d{1,3}$/u.test(prev.text); // "Ann Roe, 67, a nurse,": an age piece
}

/** A comma piece that opens with an auxiliary or a verb has no subject of its own: the subject is further back. */
const isPredicateStart = (t: Token): boolean => !isCapitalized(t) && AUXILIARIES.has(t.normal);
