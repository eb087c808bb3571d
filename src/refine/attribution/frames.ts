/**
 * Attribution frames: a cue, its source phrase and its content span, per sentence.
 * Quotes read every frame (to find speakers); claims read the frames whose cue makes a claim.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { ASIDE_OPENERS, PARENTHETICAL_OPENERS, PARTY_STATE, PRONOUNS, ROLE_NOUNS, SUBJECT_GAP_WORDS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { findCues, type Cue, type CueKind } from './cues.js';
import { headCandidate, nameEndingAt, nameRun, type SourceRef } from './source-np.js';
import { isBoundary, isCapitalized, isNameLike, isPossessive, word } from './tokens.js';

export interface Frame {
  kind: CueKind;
  rule: string;
  claim: boolean;
  sentence: number;
  cueStart: number;
  cueEnd: number;
  source: SourceRef | null;
  /** content span (character offsets) */
  start: number;
  end: number;
}

const QUOTE_OPEN = /^[\s]*["\u201c\u2018'`]/u;

/** Every frame of sentence s whose cue has a source phrase. */
export function sentenceFrames(doc: ParsedDoc, s: number): Frame[] {
  const out: Frame[] = [];
  const label = labelFrame(doc, s);
  if (label) out.push(label);
  for (const cue of findCues(doc, s)) {
    const prev = out.length > 0 ? out[out.length - 1]! : null;
    const shared = cue.kind === 'verb' && prev?.kind === 'verb' && prev.source && prev.source.text !== '' ? coordinated(doc, cue, prev) : null;
    const f = shared ?? (cue.kind === 'verb' ? verbFrame(doc, s, cue) : cue.kind === 'credit' ? creditFrame(doc, s, cue) : nounFrame(doc, s, cue));
    if (f) out.push(f);
  }
  return out;
}

/** "Voss stressed X and said Y": a verb right after "and" shares the subject of the verb before it. */
function coordinated(doc: ParsedDoc, cue: Cue, prev: Frame): Frame | null {
  const before = doc.tokens[cue.first - 1];
  if (!before || before.start < prev.cueStart) return null;
  const participle = doc.tokens[cue.first]!.normal.endsWith('ing') && /,/u.test(doc.text.slice(before.end, doc.tokens[cue.first]!.start));
  if (!participle && !/^(?:and|but|then)$/u.test(before.normal)) return null;
  return base(doc, prev.sentence, cue, prev.source);
}

/** A speaker label opening a sentence, as in transcripts and headlines: "VOSS: We will win." */
function labelFrame(doc: ParsedDoc, s: number): Frame | null {
  const sent = doc.sentences[s]!;
  const toks = doc.tokens;
  const lead = doc.text.slice(sent.start, toks[sent.firstToken]?.start ?? sent.start);
  if (!/^\s*["\u201c'`]*\s*$/u.test(lead)) return null;
  for (let k = sent.firstToken; k < Math.min(sent.endToken - 1, sent.firstToken + 3); k++) {
    const t = toks[k]!;
    if (!isNameLike(t) && !/^[A-Z][A-Z.'-]+$/u.test(t.text)) return null;
    const gap = doc.text.slice(t.end, toks[k + 1]!.start);
    if (/^:\s/u.test(gap)) {
      const first = toks[sent.firstToken]!;
      const source: SourceRef = { kind: 'name', start: first.start, end: t.end, text: doc.text.slice(first.start, t.end) };
      return { kind: 'verb', rule: 'colon.label', claim: true, sentence: s, cueStart: t.end, cueEnd: t.end + 1, source, start: sent.start, end: sent.end };
    }
    if (gap.trim() !== '') return null;
  }
  return null;
}

function base(doc: ParsedDoc, s: number, cue: Cue, source: SourceRef | null): Frame {
  const sent = doc.sentences[s]!;
  const t = doc.tokens;
  return {
    kind: cue.kind, rule: cue.rule, claim: cue.claim, sentence: s,
    cueStart: t[cue.first]!.start, cueEnd: t[cue.end - 1]!.end, source, start: sent.start, end: sent.end,
  };
}

/** The subject before a verb cue, skipping adverbs and parenthetical comma pieces; or after it ("said Voss"). */
function verbSource(doc: ParsedDoc, s: number, cue: Cue): { ref: SourceRef | null; after: boolean } {
  const sent = doc.sentences[s]!;
  const toks = doc.tokens;
  const first = sent.firstToken;
  const gap = cue.first > first ? doc.text.slice(toks[cue.first - 1]!.end, toks[cue.first]!.start) : '"';
  const quoted = /["\u201d\u2019']/u.test(gap);
  if (!quoted) {
    const participle = toks[cue.first]!.normal.endsWith('ing') && /,/u.test(gap);
    const before = (participle ? clauseSubject(doc, first, cue.first) : null) ?? subjectBefore(doc, first, cue.first);
    if (before || participle) return { ref: before, after: false };
  }
  if (!quoted && !/,/u.test(gap) && cue.first > first) return { ref: cue.speech ? unknown(doc, cue) : null, after: false };
  return { ref: sourceAfter(doc, cue.end, Math.min(sent.endToken, cue.end + 8), quoted), after: true };
}

const gapHas = (doc: ParsedDoc, k: number, c: string): boolean => doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes(c);

/** An unknown source (the subject could not be read): the claim stands, its source is null. */
function unknown(doc: ParsedDoc, cue: Cue): SourceRef {
  const t = doc.tokens[cue.first]!;
  return { kind: 'group', start: t.start, end: t.start, text: '' };
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
    const t = toks[start]!;
    const opener = t.tags.has('Preposition') || (t.tags.has('Conjunction') && !isNameLike(t)) || t.tags.has('Adverb');
    if (!opener) return headCandidate(doc, start, k);
    start = k;
  }
  return null;
}

/** Walk back over comma pieces from the cue: gap words and appositives after a name are skipped. */
function subjectBefore(doc: ParsedDoc, first: number, cueFirst: number): SourceRef | null {
  const toks = doc.tokens;
  let end = cueFirst;
  let adjacent = true;
  for (let hops = 0; hops < 7 && end > first; hops++) {
    let start = end - 1;
    const closesBracket = end < toks.length && doc.text.slice(toks[end - 1]!.end, toks[end]!.start).includes(')');
    while (start > first && !(closesBracket ? gapHas(doc, start, '(') : isBoundary(doc, toks[start - 1]!, toks[start]!))) start--;
    let e = end;
    while (e > start && SUBJECT_GAP_WORDS.has(word(toks[e - 1]!))) e--;
    const partyState = e > start && PARTY_STATE.test(doc.text.slice(toks[start]!.start, toks[e - 1]!.end));
    const attached = end === cueFirst && !isBoundary(doc, toks[end - 1]!, toks[end]!);
    const aside = !attached && start > first && ASIDE_OPENERS.has(toks[start]!.normal);
    if (closesBracket || e === start || aside || (!attached && start > first && appositive(doc, start, e) && afterName(doc, start))) {
      adjacent &&= closesBracket || partyState || e === start;
      end = start;
      continue;
    }
    const head = (adjacent ? nameEndingAt(doc, start, e) : null) ?? headCandidate(doc, start, e);
    if (head || e - start > 2) return head;
    adjacent = false;
    end = start;
  }
  return null;
}

/** A comma piece that describes the name before it: "the secretary", "R-Ky.", "director of X", "Voss's aide". */
function appositive(doc: ParsedDoc, start: number, e: number): boolean {
  const t = doc.tokens[start]!;
  if (PARENTHETICAL_OPENERS.has(t.normal) || PARTY_STATE.test(doc.text.slice(t.start, doc.tokens[e - 1]!.end))) return true;
  if (!isCapitalized(t) && (TITLE_WORDS.has(t.normal) || ROLE_NOUNS.has(t.normal) || t.tags.has('Actor'))) return true;
  if (!isCapitalized(t) && t.tags.has('Verb') && /(?:ing|ed)$/u.test(t.normal)) return true;
  if (/^\d/u.test(t.text) && e - start === 1) return true;
  const next = doc.tokens[start + 1];
  return isPossessive(t) && next !== undefined && start + 1 < e && !isCapitalized(next);
}

/** The piece before `start` ends with a name or a pronoun. */
function afterName(doc: ParsedDoc, start: number): boolean {
  const prev = doc.tokens[start - 1]!;
  const before = doc.tokens[start - 2];
  const hyphenated = before !== undefined && doc.text.slice(before.end, prev.start) === '-' && isNameLike(before);
  return isNameLike(prev) || hyphenated || PRONOUNS.has(prev.normal);
}

function verbFrame(doc: ParsedDoc, s: number, cue: Cue): Frame | null {
  const { ref, after } = verbSource(doc, s, cue);
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  const sent = doc.sentences[s]!;
  const lead = doc.text.slice(sent.start, Math.min(ref.start, f.cueStart));
  const restStart = after ? ref.end : f.cueEnd;
  const restWords = doc.text.slice(restStart, sent.end).split(/\s+/u).filter((w) => /\w/u.test(w)).length;
  if (QUOTE_OPEN.test(lead) || restWords < 3) f.end = Math.min(ref.start, f.cueStart);
  else f.start = f.cueEnd;
  return trim(doc, f);
}

function creditFrame(doc: ParsedDoc, s: number, cue: Cue): Frame | null {
  const sent = doc.sentences[s]!;
  const limit = Math.min(sent.endToken, cue.end + 10);
  let ref = firstCandidate(doc, cue.end, limit);
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  const lead = doc.text.slice(sent.start, f.cueStart);
  const after = doc.text.slice(ref.end, sent.end);
  const parenthetical = /^[^,.;]*,\s*\S+(?:\s+\S+){2}/u.test(after);
  if (/\w/u.test(lead.replace(/^\W*(?:and|but|however|yet|so)\b/iu, ''))) {
    if (!parenthetical || !/,\s*$/u.test(lead)) f.end = f.cueStart;
  } else {
    const comma = doc.text.indexOf(',', ref.end);
    f.start = comma > 0 && comma < sent.end ? comma + 1 : ref.end;
  }
  return trim(doc, f);
}

/** First source candidate in a window: "statements Voss made", "the secretary's comments". */
function firstCandidate(doc: ParsedDoc, i: number, end: number): SourceRef | null {
  for (let k = i; k < end; k++) {
    if (k > i && isBoundary(doc, doc.tokens[k - 1]!, doc.tokens[k]!)) break;
    const c = headCandidate(doc, k, k + Math.min(6, end - k));
    if (c && (c.kind !== 'group' || c.modifier || k === i)) return c;
  }
  return null;
}

function nounFrame(doc: ParsedDoc, s: number, cue: Cue): Frame | null {
  const toks = doc.tokens;
  const p = cue.first - 1;
  const pt = toks[p]!;
  let ref: SourceRef | null;
  if (!isPossessive(pt)) ref = headCandidate(doc, p, p + 1);
  else {
    let k = p;
    const first = doc.sentences[s]!.firstToken;
    while (k > first && nameRun(doc, k - 1, p + 1) === p + 1 && !isPossessive(toks[k - 1]!)) k--;
    ref = headCandidate(doc, k, p + 1);
  }
  if (!ref) return null;
  const f = base(doc, s, cue, ref);
  f.start = f.cueStart;
  return trim(doc, f);
}

/** Trim spaces and dangling commas at both ends; an empty content falls back to the sentence. */
function trim(doc: ParsedDoc, f: Frame): Frame {
  const text = doc.text;
  while (f.start < f.end && /[\s,;:\u2014\u2013-]/u.test(text[f.start]!)) f.start++;
  while (f.end > f.start && /[\s,;:\u2014\u2013-]/u.test(text[f.end - 1]!)) f.end--;
  if (f.end - f.start < 8) {
    const sent = doc.sentences[f.sentence]!;
    f.start = sent.start;
    f.end = sent.end;
  }
  return f;
}
