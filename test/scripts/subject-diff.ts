/**
 * Where the clause layer's subject and the old subject walk disagree, against the gold source span:
 * `npx tsx test/scripts/subject-diff.ts DIR... [--tsv FILE]`. For every verb cue that a gold claim
 * carries (its cue span), both source phrases are compared with the gold source span ("hit": the phrase
 * lies inside it and ends with the gold name's last word, or ends where it ends; a pronoun inside it);
 * counts by the clause's `via` and outcome (old-only, clause-only, both, neither). Internal evaluation
 * only: never copy benchmark text into rules, lexicons or tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from '../../src/parse/index.js';
import { findClauses, clauseAt } from '../../src/extract/clauses/index.js';
import { findCues } from '../../src/refine/attribution/cues.js';
import { verbSource } from '../../src/refine/attribution/subject.js';
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
        for (const cue of findCues(doc, sent.index)) {
          if (cue.kind !== 'verb') continue;
          const cs = doc.tokens[cue.first]!.start;
          const ce = doc.tokens[cue.end - 1]!.end;
          const g = claims.find((c) => (c.cueSpans ?? []).some(([s, e]) => s! < ce && cs < e!));
          if (!g || !g.sourceSpans?.length) continue;
          const old = verbSource(doc, sent.index, cue, 0, []).ref;
          const neu = verbSource(doc, sent.index, cue, 0, clauses, true).ref;
          const c = clauseAt(clauses, doc, cue.first);
          const via = c?.subject ? c.via : 'none';
          const o = hit(old, g);
          const n = hit(neu, g);
          const cls = `${via} ${o && n ? 'both' : o ? 'old-only' : n ? 'clause-only' : 'neither'}${!o && !n && (old?.text ?? '') === (neu?.text ?? '') ? '-same' : ''}`;
          counts.set(cls, (counts.get(cls) ?? 0) + 1);
          if (o !== n || !o) rows.push([entry.id, cls, [g.source ?? 'null'].flat().join('|'), g.sourceSpans.map(([s, e]) => text.slice(s, e)).join('|'), old ? `${old.kind}:${old.text}` : '-', neu ? `${neu.kind}:${neu.text}` : '-', sent.text.replace(/\s+/gu, ' ').slice(0, 240)].join('\t'));
        }
      }
    }
  }
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.join('\n') + '\n');
}

main();
