/**
 * One sentence, several claims: a claim's text ends at the last clause break (comma, semicolon, dash)
 * between its cue and the start of the next claim's frame (its source phrase, cue or content, whichever
 * comes first), as rows CLAIM_PARTITION decide: "When asked about the levy, | Mayor Voss said ...", "Most
 * pilots said yes, | but the owners say no". The words of the next frame are that claim's, not this one's;
 * with no break between them, the next frame sits inside this claim's content and the claim runs on. A claim keeps
 * its start (the sentence's, or its credit's): a frame's own start is no safe cut ("Voss, who said A, told
 * B" shares its subject; '"A," Voss said' opens with its content). The next frame starts at the start of its
 * source's whole subject phrase, as the clause layer gives it ("The Ledger reports [the port's director], Ann
 * Roe, has alleged ...": no cut before the appositive name, the claim runs on).
 */
import type { Frame } from '../../refine/attribution/index.js';
import { clauseAt, type Clauses } from '../clauses/index.js';
import { CLAIM_PARTITION } from '../../rules/attribution/claim-rows.js';
import { decide } from '../../engine/decide.js';
import { gapHas } from '../../engine/predicates.js';
import type { MatchEnv } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { lastStartingBefore, type ParsedDoc, type Span } from '../../parse/types.js';

/** The first character of a frame in its sentence: its source's whole subject phrase (the clause layer's), its source phrase, cue or content. */
function frameStart(doc: ParsedDoc, clauses: Clauses, f: Frame, sent: Span): number {
  const src = f.source && f.source.text !== '' && f.source.start >= sent.start && f.source.end <= sent.end ? f.source.start : Infinity;
  return Math.min(src === Infinity ? src : phraseStart(doc, clauses, f, src), f.cueStart, f.start);
}

/** Where the subject phrase holding a frame's source (at character `src`) starts, by the clause of its cue; `src` when that clause's subject does not hold it. */
function phraseStart(doc: ParsedDoc, clauses: Clauses, f: Frame, src: number): number {
  const c = clauseAt(clauses, doc, lastStartingBefore(doc.tokens, f.cueStart + 1));
  if (!c?.subject || c.phraseStart === null) return src;
  const toks = doc.tokens;
  const holds = toks[c.subject.first]!.start <= src && src < toks[c.subject.end - 1]!.end;
  return holds ? Math.min(src, toks[c.phraseStart]!.start) : src;
}

/** For the claim frames of sentence s (any order): where each claim's text must end (Infinity: no cut). */
export function claimEnds(doc: ParsedDoc, frames: readonly Frame[], s: number, clauses: Clauses = [], trace: Trace = NO_TRACE): Map<Frame, number> {
  const sent = doc.sentences[s]!;
  const range = { first: sent.firstToken, end: sent.endToken };
  const sorted = [...frames].sort((a, b) => a.cueStart - b.cueStart);
  const out = new Map<Frame, number>(sorted.map((f) => [f, Infinity]));
  for (let k = 0; k + 1 < sorted.length; k++) {
    const f = sorted[k]!;
    const g = sorted[k + 1]!;
    if (g.cueStart < f.cueEnd) continue; // overlapping cues: no order between them
    const at = frameStart(doc, clauses, g, sent);
    const cut = at >= f.cueEnd ? at : g.cueStart;
    const cueEnd = lastStartingBefore(doc.tokens, f.cueEnd);
    const brk = lastBreak(doc, cueEnd, lastStartingBefore(doc.tokens, cut + 1), range);
    const env: MatchEnv = { predicates: new Map([['cueEnd', (_d, i) => i === cueEnd]]) };
    if (brk >= 0 && decide(CLAIM_PARTITION, { first: brk, end: brk + 1 }, { doc, range, env, trace, kind: 'claim' })) out.set(f, doc.tokens[brk]!.start);
  }
  return out;
}

const BREAKS = ['comma', 'semicolon', 'dash'] as const;

/** The last token after `from` and up to `to` that a clause break (comma, semicolon, dash) outside quotations precedes, or -1. */
function lastBreak(doc: ParsedDoc, from: number, to: number, range: { first: number; end: number }): number {
  for (let k = Math.min(to, range.end - 1); k > from; k--) {
    if (!doc.tokens[k]!.inQuote && BREAKS.some((m) => gapHas(doc, k, range, m))) return k;
  }
  return -1;
}
