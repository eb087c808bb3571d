/**
 * Quote speaker errors by the shape of the quote's sentence: `npx tsx test/scripts/quote-shapes.ts DIR [--tsv FILE]`.
 * For each matched statement with a wrong or missing speaker (and each missed gold statement), the class
 * says where the gold cue sits (own sentence with or without a claim of ours, previous/next sentence or
 * paragraph) and how the quote sits in its sentence (fills it, a fragment, after a colon), plus our
 * speaker rule. Measurement only (never copy benchmark text into rules or tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { loadGoldDir, scoreArticle } from '../../src/score/index.js';
import type { ClaimsDoc } from '../../src/schema/doc.js';

interface GQ { text: string; speaker: unknown; optional?: boolean; span?: [number, number]; polnearId?: string; kind?: string }
interface GC { polnearId?: string; cueSpans?: Array<[number, number]>; sourceSpans?: Array<[number, number]> }

const clip = (s: string, n = 200): string => s.replace(/\s+/gu, ' ').slice(0, n);

function shape(text: string, pred: ClaimsDoc, qs: number, qe: number): string {
  const s = pred.sentences.findIndex((x) => x.start <= qs && qs < x.end);
  const sent = pred.sentences[s];
  if (!sent) return 'no-sentence';
  const len = sent.end - sent.start;
  const fills = (qe - qs) / Math.max(1, len) >= 0.6;
  const before = text.slice(sent.start, qs);
  const colon = /:\s*\S?$/u.test(before) ? 'colon' : '';
  return [fills ? 'fills' : 'fragment', colon].filter(Boolean).join('+');
}

function where(pred: ClaimsDoc, qs: number, cs: number | undefined): string {
  if (cs === undefined) return 'nocue';
  const sq = pred.sentences.findIndex((x) => x.start <= qs && qs < x.end);
  const sc = pred.sentences.findIndex((x) => x.start <= cs && cs < x.end);
  if (sq < 0 || sc < 0) return 'nosent';
  const d = sc - sq;
  const samePara = pred.sentences[sq]!.paragraph === pred.sentences[sc]!.paragraph;
  const claimHere = pred.claims.some((c) => c.sentence === sq);
  if (d === 0) return claimHere ? 'cue-same(claim)' : 'cue-same(noclaim)';
  return `cue${d > 0 ? '+' : ''}${d}${samePara ? '' : 'p'}${claimHere ? '(claim)' : ''}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--tsv');
  const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
  const rows: string[][] = [];
  for (const dir of args) {
    for (const entry of loadGoldDir(dir)) {
      if (!entry.textPath) continue;
      const text = readFileSync(entry.textPath, 'utf8');
      const pred = analyze(text, { referenceDate: entry.gold.referenceDate });
      const score = scoreArticle(entry.gold, pred, entry.id);
      const gq = entry.gold.quotes as GQ[];
      const gc = entry.gold.claims as GC[];
      for (const f of score.findings) {
        if (f.field !== 'quotes' || f.kind === 'fp' || f.metric === 'kind') continue;
        const g = f.kind === 'miss' ? gq.find((x) => !x.optional && x.text === f.text) : gq.find((x) => !x.optional && x.span && f.start !== undefined && x.span[0] < f.start + f.text.length && f.start < x.span[1]);
        if (!g?.span) continue;
        const c = gc.find((x) => x.polnearId === g.polnearId);
        const cs = c?.cueSpans?.[0]?.[0];
        const ours = pred.quotes.find((q) => q.start < g.span![1] && g.span![0] < q.end);
        const rule = f.kind === 'miss' ? (ours ? `miss-as-${ours.kind}` : 'miss-unpaired') : ours?.speakerRule ?? 'none';
        const got = f.kind === 'miss' ? '' : f.got ?? 'null';
        const cls = `${f.kind === 'miss' ? 'miss' : got === 'null' ? 'null' : 'other'} ${where(pred, g.span[0], cs)} ${shape(text, pred, g.span[0], g.span[1])} ${rule}`;
        const sent = pred.sentences.find((x) => x.start <= g.span![0] && g.span![0] < x.end);
        const cueSent = cs !== undefined ? pred.sentences.find((x) => x.start <= cs && cs < x.end) : undefined;
        const cue = c?.cueSpans?.[0] ? text.slice(c.cueSpans[0][0], c.cueSpans[0][1]) : '';
        rows.push([entry.id, cls, String(f.expected ?? ''), got, `cue=${cue}`, clip(g.text, 80), clip(sent?.text ?? ''), cueSent && cueSent !== sent ? clip(cueSent.text) : '']);
      }
    }
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r[1]!, (counts.get(r[1]!) ?? 0) + 1);
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.map((r) => r.join('\t')).join('\n') + '\n');
}

main();
