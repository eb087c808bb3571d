/**
 * Attribution errors by class: `npx tsx test/scripts/attr-classes.ts DIR [--tsv FILE]`.
 * Scores quotes and claims of every article (SCHEMA.md rules), then sorts each wrong speaker or source
 * and each missed claim into a failure class read from the gold spans (cue, source span) and our output
 * (cue found? frame in the sentence?). Prints counts per class; --tsv writes one line per error with
 * its evidence, for reading (never copy benchmark text into rules or tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { loadGoldDir, scoreArticle } from '../../src/score/index.js';
import { classify, type ErrorRow } from './attr-classify.js';
import { Trace } from '../../src/engine/trace.js';

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--tsv');
  const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
  const rows: ErrorRow[] = [];
  for (const dir of args) {
    for (const entry of loadGoldDir(dir)) {
      if (!entry.textPath) continue;
      const text = readFileSync(entry.textPath, 'utf8');
      let pred;
      const trace = new Trace(true);
      try {
        pred = analyze(text, { referenceDate: entry.gold.referenceDate, trace });
      } catch {
        rows.push({ article: entry.id, field: 'claims', kind: 'crash', cls: 'crash', detail: '' });
        continue;
      }
      const score = scoreArticle(entry.gold, pred, entry.id);
      rows.push(...classify(entry.id, text, entry.gold, pred, score.findings, trace.events));
    }
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.field} ${r.kind} ${r.cls}`, (counts.get(`${r.field} ${r.kind} ${r.cls}`) ?? 0) + 1);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.map((r) => [r.article, r.field, r.kind, r.cls, r.detail].join('\t')).join('\n') + '\n');
}

main();
