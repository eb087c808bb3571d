/**
 * Which path decided each verb cue's source phrase, and how often it is right against the gold source span:
 * `npx tsx test/scripts/source-paths.ts DIR... [--tsv FILE]`. Paths: `shared` (the frame took the source
 * of the frame before it: coordinated verbs, participles), `clause:VIA` (the clause layer decided it,
 * src/refine/attribution/clause-source.ts), `walk` (the old window walk, subject.ts). "hit" as in
 * subject-diff.ts. Measurement only: never copy benchmark text into rules, lexicons or tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from '../../src/parse/index.js';
import { findClauses, clauseAt } from '../../src/extract/clauses/index.js';
import { findCues } from '../../src/refine/attribution/cues.js';
import { sentenceFrames } from '../../src/refine/attribution/frames.js';
import { clauseSource } from '../../src/refine/attribution/clause-source.js';
import { loadGoldDir } from '../../src/score/index.js';
import type { SourceRef } from '../../src/refine/attribution/source-ref.js';

interface GoldClaim { source: string | string[] | null; sourceSpans?: number[][]; cueSpans?: number[][] }

const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/'s$/u, '').trim();

function hit(ref: SourceRef | null, g: GoldClaim): boolean {
  if (!ref || ref.text === '') return false;
  const last = fold(ref.text).split(/\s+/u).pop()!;
  const name = fold([g.source ?? ''].flat().join(' '));
  return (g.sourceSpans ?? []).some(([s, e]) => ref.start >= s! && ref.end <= e! && (ref.kind === 'pronoun' || ref.end === e || (name !== '' && name.split(/\s+/u).includes(last))));
}

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--tsv');
  const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
  const counts = new Map<string, number>();
  const rows: string[] = [];
  for (const dir of args) {
    for (const entry of loadGoldDir(dir)) {
      if (!entry.textPath) continue;
      const text = readFileSync(entry.textPath, 'utf8');
      const claims = (entry.gold.claims ?? []) as unknown as GoldClaim[];
      const doc = parse(text);
      const clauses = findClauses(doc);
      for (const sent of doc.sentences) {
        const frames = sentenceFrames(doc, sent.index, undefined, clauses);
        const cues = findCues(doc, sent.index);
        for (const [n, f] of frames.entries()) {
          if (f.kind !== 'verb') continue;
          const cue = cues.find((c) => doc.tokens[c.first]!.start === f.cueStart);
          const g = claims.find((c) => (c.cueSpans ?? []).some(([s, e]) => s! < f.cueEnd && f.cueStart < e!));
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
          if (!ok) rows.push([entry.id, cls, gold, f.source ? `${f.source.kind}:${f.source.text}` : '-', text.slice(f.cueStart, f.cueEnd), sent.text.replace(/\s+/gu, ' ').slice(0, 300)].join('\t'));
        }
      }
    }
  }
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.join('\n') + '\n');
}

main();
