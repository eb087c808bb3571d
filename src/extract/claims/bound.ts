/**
 * A claim's text is its sentence (extended over quotation-only sentences) while that is of news length.
 * Past the bound, or when one sentence holds many claims, the text is the claim's content span, cut
 * at the neighbouring cues of its sentence and at most SIDE characters either side of its own cue:
 * output stays proportional to the input however the text is built ('according to' x 10,000).
 */
import type { Frame } from '../../refine/attribution/index.js';
import { lastStartingBefore, type Span } from '../../parse/types.js';

/** The longest claim text kept whole: far above a news sentence with its quotation run (the longest in 972 corpus articles: 1,094). */
export const CLAIM_TEXT_MAX = 1500;
/** More claims than this in one sentence: each gets its content span (news sentences hold at most five in 12,000 claims of our corpora). */
export const MAX_WHOLE_CLAIMS = 8;
const SIDE = 400;

/**
 * The span to report for frame f whose whole span is [start, end); `cues` are the sorted cue spans of
 * the sentence's frames (binary search: linear in the number of cues overall).
 */
export function boundClaim(text: string, f: Frame, whole: Span, cues: readonly Span[], many: boolean): Span {
  if (whole.end - whole.start <= CLAIM_TEXT_MAX && !many) return whole;
  const at = lastStartingBefore(cues, f.cueEnd) + 1; // the first cue starting at or after the frame's cue
  const prev = at - 1 >= 0 && cues[at - 1]!.end <= f.cueStart ? cues[at - 1]! : prevBefore(cues, at, f.cueStart);
  const next = cues[at];
  const a = Math.max(whole.start, Math.min(f.start, f.cueStart), f.cueStart - SIDE, prev ? prev.end : -1);
  const b = Math.min(whole.end, Math.max(f.end, f.cueEnd), f.cueEnd + SIDE, next ? next.start : Infinity);
  const cut = trimSpan(text, { start: a, end: b });
  return cut.end > cut.start ? cut : { start: f.cueStart, end: f.cueEnd };
}

/** A span cut inside a sentence, without the spaces and joining punctuation at its edges (empty when nothing is left). */
export function trimSpan(text: string, span: Span): Span {
  let a = span.start;
  let b = span.end;
  while (a < b && /[\s,;:]/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  if (isLowSurrogate(text.charCodeAt(a))) a++;
  if (isLowSurrogate(text.charCodeAt(b))) b--;
  return { start: a, end: Math.max(a, b) };
}


/** The last cue before `at` that ends at or before pos (cues of one sentence rarely overlap: a short walk). */
function prevBefore(cues: readonly Span[], at: number, pos: number): Span | undefined {
  for (let k = at - 1, n = 0; k >= 0 && n < 8; k--, n++) if (cues[k]!.end <= pos) return cues[k];
  return undefined;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
