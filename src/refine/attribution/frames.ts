/**
 * Attribution frames: a cue, its source phrase and its content span, per sentence.
 * Quotes read every frame (to find speakers); claims read the frames whose cue makes a claim.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { findCues, type Cue, type CueKind } from './cues.js';
import { headCandidate, nameRun, type SourceRef } from './source-np.js';
import { verbSource } from './subject.js';
import { isBoundary, isNameLike, isPossessive } from './tokens.js';

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
    const f = shared ?? (cue.kind === 'verb' ? verbFrame(doc, s, cue, contentFloor(doc, out)) : cue.kind === 'credit' ? creditFrame(doc, s, cue) : nounFrame(doc, s, cue));
    if (f && nestedIn(out, f)) f.claim = false;
    if (f) out.push(f);
  }
  trailingWins(out);
  return out;
}

/**
 * "The panel opened a review of the deal, the two companies disclosed.": a final attribution whose
 * content precedes it owns the sentence; verbs inside that content make no claim of their own.
 */
function trailingWins(frames: Frame[]): void {
  const last = frames[frames.length - 1];
  if (!last || last.kind !== 'verb' || !last.claim || !last.source || last.source.text === '' || last.end > last.source.start) return;
  for (const f of frames) if (f !== last && f.kind === 'verb' && f.cueEnd <= last.end && f.sentence === last.sentence) f.claim = false;
}

/** The first token after the last "X said" cue of the sentence: a later subject is searched from there. */
function contentFloor(doc: ParsedDoc, frames: Frame[]): number {
  const p = frames.length > 0 ? frames[frames.length - 1]! : null;
  if (!p || !/^verb\.(?:say|tell)$/u.test(p.rule) || !p.source || p.source.end > p.cueStart) return 0;
  const sent = doc.sentences[p.sentence]!;
  let k = sent.firstToken;
  while (k < sent.endToken && doc.tokens[k]!.start < p.cueEnd) k++;
  return k;
}

/** A report inside the content of "X said ...": "Voss said the firm expected a loss" is one claim. */
function nestedIn(frames: Frame[], f: Frame): boolean {
  if (f.kind !== 'verb' || /^verb\.(?:say|tell)$/u.test(f.rule) || !f.source || f.source.text === '') return false;
  const src = f.source;
  return frames.some((p) => /^verb\.(?:say|tell)$/u.test(p.rule) && p.source !== null && p.source.end <= p.cueStart && src.start > p.cueEnd);
}

/** "Voss stressed X and said Y": a verb right after "and" shares the subject of the verb before it. */
function coordinated(doc: ParsedDoc, cue: Cue, prev: Frame): Frame | null {
  const before = doc.tokens[cue.first - 1];
  if (!before || before.start < prev.cueStart) return null;
  const participle = doc.tokens[cue.first]!.normal.endsWith('ing') && /,/u.test(doc.text.slice(before.end, doc.tokens[cue.first]!.start));
  if (!participle && !/^(?:and|but|then)$/u.test(before.normal)) return null;
  const f = base(doc, prev.sentence, cue, prev.source);
  if (/^verb\.(?:say|tell)$/u.test(prev.rule) && verbBetween(doc, prev.cueEnd, cue.first - 1)) f.claim = false; // "said the firm was X and expected Y": one claim
  return f;
}

/** Is there a verb among the tokens that start at or after offset `from` and come before token `before`? */
function verbBetween(doc: ParsedDoc, from: number, before: number): boolean {
  for (let k = before - 1; k >= 0 && doc.tokens[k]!.start >= from; k--) if (doc.tokens[k]!.tags.has('Verb')) return true;
  return false;
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

function verbFrame(doc: ParsedDoc, s: number, cue: Cue, floor: number): Frame | null {
  const { ref, after } = verbSource(doc, s, cue, floor);
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
  if (!ref && cue.rule === 'credit.according-to') ref = { kind: 'group', start: doc.tokens[cue.end - 1]!.end, end: doc.tokens[cue.end - 1]!.end, text: '' };
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
