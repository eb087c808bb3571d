import type { Claim, Quote } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';
import type { Attribution } from '../../refine/attribution/index.js';
import { mergeSentence, type Draft } from './merge.js';
import { extendBack, extendOverQuotes, quoteReach } from './extend.js';
import { splitCoordinated } from './split.js';
import { boundClaim, MAX_WHOLE_CLAIMS, trimSpan } from './bound.js';
import { reportedClaims } from './reported.js';
import { claimEnds } from './partition.js';
import type { QuoteReport } from '../quotes/index.js';
import type { Clauses } from '../clauses/index.js';

/**
 * Claims: attributed assertions, direct or indirect, with source and cue. One per attribution and
 * cue, except a second reported clause of the same cue ("said that A and that B": two claims, see
 * CLAUSE_SPLITS).
 */
export function extractClaims(ctx: ExtractContext, att: Attribution, quotes: Quote[], reports: readonly QuoteReport[] = [], clauses: Clauses = []): Claim[] {
  const doc = ctx.doc;
  const out: Claim[] = [];
  const seen = new Set<string>();
  const splits = new Set<Claim>();
  for (const s of doc.sentences) {
    const frames = att.frames[s.index]!;
    const drafts: Draft[] = mergeSentence(att, doc, frames, s.index, ctx.trace);
    const cues = frames.map((f) => ({ start: f.cueStart, end: f.cueEnd })).sort((a, b) => a.start - b.start);
    const ends = claimEnds(doc, drafts.map((d) => d.frame), s.index, clauses, ctx.trace);
    for (const d of drafts) {
      const f = d.frame;
      const key = `${f.cueStart}:${f.cueEnd}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reach = quoteReach(doc, s.index);
      const whole = {
        start: Math.min(d.start, extendBack(doc, att, f) ?? d.start, d.start <= s.start ? reach.start : d.start),
        end: Math.max(extendOverQuotes(doc, att, f, quotes, d.source), d.end, d.end >= s.end ? reach.end : d.end),
      };
      const own = trimSpan(doc.text, { start: whole.start, end: Math.min(whole.end, ends.get(f)!) });
      const { start, end } = boundClaim(doc.text, f, own.end > own.start ? own : whole, cues, drafts.length > MAX_WHOLE_CLAIMS);
      const [first, ...split] = splitCoordinated(doc, {
        text: doc.text.slice(start, end),
        source: d.source,
        sourceId: null, // set by the actor-id post-pass (refine/actor-ids.ts)
        via: d.via,
        viaId: null,
        cue: doc.text.slice(f.cueStart, f.cueEnd),
        cueStart: f.cueStart,
        cueEnd: f.cueEnd,
        start,
        end,
        sentence: s.index,
        rule: d.rule,
      });
      out.push(first!, ...split);
      for (const c of split) splits.add(c);
    }
  }
  const claims = dedupeSpans(out, splits);
  return [...claims, ...reportedClaims(doc, reports, claims)].sort((a, b) => a.sentence - b.sentence);
}

/**
 * Two cues of one sentence can split off the same second clause ("dismissed ..., telling X that A and
 * that B"): keep that split claim once. (Claims of different cues may share the sentence as their text.)
 */
function dedupeSpans(claims: Claim[], splits: ReadonlySet<Claim>): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    if (!splits.has(c)) return true;
    const key = `${c.start}:${c.end}:${c.source ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
