/**
 * Claim-source errors where another claim of ours takes the gold anchor:
 * `npx tsx test/scripts/claim-steals.ts DIR [...] [--tsv FILE]`.
 * Scores claims as src/score/fields/claims.ts does (same matching), then for each matched gold claim
 * whose source is wrong asks: does another predicted claim of the same sentence carry an acceptable
 * source? "steal" = yes, and that claim's text also holds the anchor (the matching chose the wrong one);
 * "steal-short" = yes, but its text does not hold the anchor (its span misses it); "wrong" = no.
 * "wrong:*" splits the rest by cue: our claim is on the gold cue (same-cue), or on another cue while we
 * have (gold-frame-too) or lack (no-gold-frame) a claim on the gold cue in that sentence.
 * Also counts fp claims (and those beside a matched claim of their sentence) and ignored ones.
 * --tsv writes the steal and other-cue rows; GOLDS=FILE writes one line per gold claim (HIT/MISS) and fp,
 * to diff two runs. For reading only: never copy benchmark text into rules or tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { loadGoldDir } from '../../src/score/index.js';
import { parseGold } from '../../src/score/gold-schema.js';
import { docOrder, parsePred } from '../../src/score/pred-schema.js';
import { AliasTable } from '../../src/score/names.js';
import { normalizeName, normalizeText } from '../../src/score/normalize.js';
import { matchOneToOne } from '../../src/score/match.js';

const args = process.argv.slice(2);
const ti = args.indexOf('--tsv');
const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
const counts = new Map<string, number>();
const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
const lines: string[] = [];
const golds: string[] = [];
for (const dir of args) {
  for (const entry of loadGoldDir(dir)) {
    if (!entry.textPath) continue;
    const text = readFileSync(entry.textPath, 'utf8');
    const out = analyze(text, { referenceDate: entry.gold.referenceDate });
    const gold = parseGold(entry.gold);
    const pred = parsePred(JSON.parse(JSON.stringify(out)));
    const names = new AliasTable(gold.actors);
    const preds = docOrder(pred.claims) as Array<(typeof pred.claims)[number] & { sentence?: number; cue?: string; cueStart?: number; cueEnd?: number }>;
    const req = gold.claims.filter((g) => !g.optional);
    const anchors = req.map((g) => normalizeText(g.anchor));
    const texts = preds.map((p) => normalizeText(p.text));
    const holds = (g: number, p: number): boolean => anchors[g] !== '' && texts[p]!.includes(anchors[g]!);
    const m = matchOneToOne(req.length, preds.length, [holds]);
    const okSrc = (p: number, ok: Set<string>): boolean => preds[p]!.source !== null && ok.has(normalizeName(preds[p]!.source!));
    m.goldToPred.forEach((p, g) => {
      bump('gold');
      const pp = p === -1 ? undefined : preds[p]!;
      golds.push([entry.id, req[g]!.anchor, p === -1 ? 'MISS' : 'HIT', pp?.source ?? '', String(req[g]!.source), pp?.cue ?? '', pp?.text.slice(0, 160) ?? ''].join('\t'));
      if (p === -1) return;
      bump('matched');
      const ok = names.acceptable(req[g]!.source);
      if (ok === null) return;
      bump('scored');
      if (okSrc(p, ok)) return bump('right');
      const sent = preds[p]!.sentence;
      const others = preds.map((_, q) => q).filter((q) => q !== p && preds[q]!.sentence === sent && okSrc(q, ok));
      const gc = req[g]!.cueSpans as Array<[number, number]> | undefined;
      const onCue = (q: number): boolean =>
        (gc ?? []).some(([a, b]) => (preds[q]!.cueStart ?? -1) < b && (preds[q]!.cueEnd ?? -1) > a);
      const cueCls = !gc ? 'no-gold-cue' : onCue(p) ? 'same-cue' : preds.some((_, q) => q !== p && preds[q]!.sentence === sent && onCue(q)) ? 'other-cue:gold-frame-too' : 'other-cue:no-gold-frame';
      const cls = others.length === 0 ? `wrong:${cueCls}` : others.some((q) => holds(g, q)) ? 'steal' : 'steal-short';
      bump(cls);
      if (cls !== 'wrong:same-cue') {
        const o = others.length ? preds[others[0]!]! : undefined;
        lines.push([entry.id, cls, req[g]!.anchor, req[g]!.cue, preds[p]!.cue, preds[p]!.source, o?.source, preds[p]!.text.slice(0, 200), o?.text.slice(0, 200)].join('\t'));
      }
    });
    m.predToGold.forEach((g, p) => {
      if (g !== -1) return;
      if (gold.claims.some((o) => o.optional && normalizeText(o.anchor) !== '' && texts[p]!.includes(normalizeText(o.anchor)))) return bump('ignored');
      bump('fp');
      golds.push([entry.id, 'FP', preds[p]!.cue ?? '', preds[p]!.source ?? '', preds[p]!.text.slice(0, 160)].join('\t'));
      const sent = preds[p]!.sentence;
      if (preds.some((q, k) => k !== p && q.sentence === sent && m.predToGold[k] !== -1)) bump('fp-beside-match');
    });
  }
}
for (const [k, n] of [...counts].sort()) console.log(String(n).padStart(6), k);
if (tsv) writeFileSync(tsv, lines.join('\n') + '\n');
if (process.env.GOLDS) writeFileSync(process.env.GOLDS, golds.join('\n') + '\n');
