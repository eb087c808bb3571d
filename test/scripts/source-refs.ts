/**
 * Wrong speakers and sources by what our source phrase was: `npx tsx test/scripts/source-refs.ts DIR [--tsv FILE]`.
 * For each wrong speaker or claim source (SCHEMA.md scoring), finds our frame at the item (a claim: the
 * frame whose cue it carries; a quote: the frames of its sentence) and sorts the error by the kind of our
 * source phrase (name, pronoun, role, group, none) and whether the gold name occurs in it: "phrase-right"
 * means the phrase holds the expected name, so the resolution (chains, cleaning) is at fault; otherwise the
 * phrase itself (clauses). Counts per class; --tsv writes each error with its evidence (never copy
 * benchmark text into rules or tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { parse } from '../../src/parse/index.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { dropNonActors } from '../../src/extract/lexicon/non-actors.js';
import { buildChains } from '../../src/refine/chains/index.js';
import { findClauses } from '../../src/extract/clauses/index.js';
import { findFrames, resolveSources, type Frame } from '../../src/refine/attribution/index.js';
import { NO_TRACE } from '../../src/engine/trace.js';
import { loadGoldDir, scoreArticle } from '../../src/score/index.js';

const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/\s+/gu, ' ').trim();

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--tsv');
  const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
  const rows: string[] = [];
  const counts = new Map<string, number>();
  for (const dir of args) {
    for (const entry of loadGoldDir(dir)) {
      if (!entry.textPath) continue;
      const text = readFileSync(entry.textPath, 'utf8');
      const pred = analyze(text, { referenceDate: entry.gold.referenceDate });
      const wrong = scoreArticle(entry.gold, pred, entry.id).findings.filter((f) => f.kind === 'wrong' && (f.field === 'claims' || f.field === 'quotes'));
      if (wrong.length === 0) continue;
      const doc = parse(text);
      const ctx = { doc, referenceDate: null, trace: NO_TRACE, lexicon: null };
      const actors = dropNonActors(extractActors(ctx), ctx);
      const clauses = findClauses(doc);
      const att = resolveSources(doc, findFrames(doc, NO_TRACE, clauses), buildChains(doc, actors, clauses));
      for (const f of wrong) {
        const at = f.start ?? text.indexOf(f.text);
        const sent = pred.sentences.findIndex((s) => s.start <= at && at < s.end);
        const claim = f.field === 'claims' ? pred.claims.find((c) => c.start === at || (c.start <= at && at < c.end && c.source === (f.got === 'null' ? null : f.got))) : undefined;
        const frames: Frame[] = (att.frames[sent] ?? []).filter((fr) => !claim || (fr.cueStart === claim.cueStart && fr.cueEnd === claim.cueEnd));
        const fr = frames.find((x) => (att.sourceOf(x) ?? 'null') === (f.got ?? 'null')) ?? frames[0];
        const ref = fr?.source ?? null;
        const names = (f.expected ?? '').split(' | ').map(fold);
        const phraseText = ref ? fold([ref.text, ref.modifier?.text, ref.description?.text, ref.phrase?.text].filter(Boolean).join(' ')) : '';
        const hit = names.some((n) => n && (phraseText.includes(n) || phraseText.includes(n.split(' ').pop()!)));
        const cls = `${f.field} ${ref ? ref.kind : 'none'} ${hit ? 'phrase-right' : 'phrase-other'} got-${f.got === 'null' || !f.got ? 'null' : 'name'}`;
        counts.set(cls, (counts.get(cls) ?? 0) + 1);
        rows.push([entry.id, cls, f.expected, f.got, ref ? `${ref.kind}:${ref.text}` : '-', (pred.sentences[sent]?.text ?? '').replace(/\s+/gu, ' ').slice(0, 240)].join('\t'));
      }
    }
  }
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.join('\n') + '\n');
}

main();
