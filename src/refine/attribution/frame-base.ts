/**
 * The attribution frame (cue + source + content span) and its two constructors' helpers.
 */
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import { DASH_CHARS } from '../../parse/quote-marks.js';
import type { Cue, CueKind } from './cue-types.js';
import type { SourceRef } from './source-ref.js';

/** Space and punctuation a frame's content never starts or ends with. */
const EDGE = new RegExp(`[\\s,;:${DASH_CHARS}-]`, 'u');

export interface Frame {
  kind: CueKind;
  rule: string;
  claim: boolean;
  /** its cue is a plain verb of saying ("said", "told"): reports after it may sit inside its content */
  plain: boolean;
  /** a speaker label ("VOSS: ..."): kept inside quotations, and only where its name is known */
  label: boolean;
  /** its cue's participle may name the report's source (Cue.cites: ", citing two aides") */
  cites?: boolean;
  /** its cue is a verb of saying proper (Cue.speech), a bare credit (Cue.bare), a verb naming its hearer (Cue.addressee) */
  speech: boolean;
  bare: boolean;
  addressee: boolean;
  /** its cue names the statement its subject issued (Cue.document): a participle right after it reports that statement */
  document?: boolean;
  sentence: number;
  cueStart: number;
  cueEnd: number;
  source: SourceRef | null;
  /** content span (character offsets) */
  start: number;
  end: number;
}

export function base(doc: ParsedDoc, s: number, cue: Cue, source: SourceRef | null): Frame {
  const sent = doc.sentences[s]!;
  const t = doc.tokens;
  return {
    kind: cue.kind, rule: cue.rule, claim: cue.claim, plain: cue.plain, cites: cue.cites, label: false, speech: cue.speech, bare: cue.bare, addressee: cue.addressee, document: cue.document, sentence: s,
    cueStart: t[cue.first]!.start, cueEnd: t[cue.end - 1]!.end, source, start: sent.start, end: sent.end,
  };
}

/** The tokens of a frame's cue, as a span for the rule engine (the tokens its character offsets cover). */
export function cueSpan(doc: ParsedDoc, f: Pick<Frame, 'cueStart' | 'cueEnd'>): { first: number; end: number } {
  return { first: lastStartingBefore(doc.tokens, f.cueStart + 1), end: lastStartingBefore(doc.tokens, f.cueEnd) + 1 };
}

/** Trim spaces and dangling commas at both ends; an empty content falls back to the sentence. */
export function trim(doc: ParsedDoc, f: Frame): Frame {
  const text = doc.text;
  while (f.start < f.end && EDGE.test(text[f.start]!)) f.start++;
  while (f.end > f.start && EDGE.test(text[f.end - 1]!)) f.end--;
  if (f.end - f.start < 8) {
    const sent = doc.sentences[f.sentence]!;
    f.start = sent.start;
    f.end = sent.end;
  }
  return f;
}
