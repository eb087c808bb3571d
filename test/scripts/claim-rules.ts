/**
 * Claims by the rule that made them: `npx tsx test/scripts/claim-rules.ts DIR... [--cue]`.
 * Scores every article (SCHEMA.md rules) and counts, per claim rule (or per cue word with --cue), the
 * claims that match gold with the right source (ok), a wrong source (wrong),
 * and false positives (fp): a rule that adds more fp or wrong sources than right ones costs accuracy.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { loadGoldDir, scoreArticle } from '../../src/score/index.js';

const args = process.argv.slice(2);
const byCue = args.includes('--cue');
const dirs = args.filter((a) => !a.startsWith('--'));
const tally = new Map<string, { ok: number; wrong: number; fp: number }>();
for (const dir of dirs) {
  for (const entry of loadGoldDir(dir)) {
    if (!entry.textPath) continue;
    const pred = analyze(readFileSync(entry.textPath, 'utf8'), { referenceDate: entry.gold.referenceDate });
    const { findings } = scoreArticle(entry.gold, pred, entry.id);
    const key = (f: { start?: number; text: string }) => `${f.start}`;
    const fps = new Set(findings.filter((f) => f.field === 'claims' && f.kind === 'fp').map(key));
    const wrongs = new Set(findings.filter((f) => f.field === 'claims' && f.kind === 'wrong').map(key));
    for (const c of pred.claims) {
      const k = byCue ? c.cue.toLowerCase() : c.rule.replace(/\+.*/, '');
      const t = tally.get(k) ?? { ok: 0, wrong: 0, fp: 0 };
      if (fps.has(`${c.start}`)) t.fp++;
      else if (wrongs.has(`${c.start}`)) t.wrong++;
      else t.ok++;
      tally.set(k, t);
    }
  }
}
const rows = [...tally].sort((a, b) => b[1].ok + b[1].fp - a[1].ok - a[1].fp);
for (const [k, t] of rows) console.log(`${String(t.ok).padStart(5)} ok ${String(t.wrong).padStart(4)} wrong ${String(t.fp).padStart(4)} fp  ${k}`);
