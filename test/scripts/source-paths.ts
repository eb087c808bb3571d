/**
 * Which path decided each verb cue's source phrase, and how often it is right against the gold source span:
 * `npx tsx test/scripts/source-paths.ts DIR... [--tsv FILE]`. Paths: `shared` (the frame took the source
 * of the frame before it: coordinated verbs, participles), `clause:VIA` (the clause layer decided it,
 * src/refine/attribution/clause-source.ts), `walk` (the old window walk, subject.ts). "hit" as in
 * subject-diff.ts. Measurement only: never copy benchmark text into rules, lexicons or tests.
 */
import { clauseAt } from '../../src/extract/clauses/index.js';
import { findCues } from '../../src/refine/attribution/cues.js';
import { sentenceFrames } from '../../src/refine/attribution/frames.js';
import { clauseSource } from '../../src/refine/attribution/clause-source.js';
import type { SourceRef } from '../../src/refine/attribution/source-ref.js';
import { claimAtCue, hit, scanSentences } from './gold-hit.js';

scanSentences(({ id, text, claims, doc, clauses, sent }, counts) => {
  const rows: string[] = [];
  const frames = sentenceFrames(doc, sent.index, undefined, clauses);
  const cues = findCues(doc, sent.index);
  for (const [n, f] of frames.entries()) {
    if (f.kind !== 'verb') continue;
    const cue = cues.find((c) => doc.tokens[c.first]!.start === f.cueStart);
    const g = claimAtCue(claims, f.cueStart, f.cueEnd);
    if (!cue || !g || !g.sourceSpans?.length) continue;
    const prev = frames[n - 1];
    const fromClause = clauseSource(doc, cue, clauses);
    const c = clauseAt(clauses, doc, cue.first);
    const same = (r: SourceRef | null | undefined): boolean => (r?.start ?? -1) === (f.source?.start ?? -1) && (r?.end ?? -1) === (f.source?.end ?? -1);
    const path = prev?.source && prev.source === f.source ? 'shared' : fromClause && same(fromClause.ref) ? `clause:${c?.subject ? c.via : 'none'}` : `walk(${c?.subject ? c.via : 'none'})`;
    const ok = hit(f.source, g);
    const gold = g.sourceSpans.map(([s, e]) => text.slice(s, e)).join('|');
    const inSent = g.sourceSpans.some(([s]) => s! >= sent.start && s! < sent.end);
    const cls = `${path} ${ok ? 'hit' : inSent ? 'miss' : 'miss-outside'}`;
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (!ok) rows.push([id, cls, gold, f.source ? `${f.source.kind}:${f.source.text}` : '-', text.slice(f.cueStart, f.cueEnd), sent.text.replace(/\s+/gu, ' ').slice(0, 300)].join('\t'));
  }
  return rows;
});
