/** Micro-average over articles: counts and accuracy ratios are summed, then the rates recomputed. */
import { prf, ratio } from './counts.js';
import { FIELDS, type AggregateScore, type ArticleScore, type FieldScores, type Ratio } from './types.js';

const isRatio = (v: unknown): v is Ratio => typeof v === 'object' && v !== null && 'correct' in v && 'total' in v;

export function aggregate(scores: readonly ArticleScore[]): AggregateScore {
  const fields = {} as Record<string, unknown>;
  for (const f of FIELDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let ignored = 0;
    const acc = new Map<string, { correct: number; total: number }>();
    for (const s of scores) {
      const fs = s.fields[f];
      tp += fs.tp;
      fp += fs.fp;
      fn += fs.fn;
      ignored += fs.ignored;
      for (const [k, v] of Object.entries(fs)) {
        if (!isRatio(v)) continue;
        const cur = acc.get(k) ?? { correct: 0, total: 0 };
        acc.set(k, { correct: cur.correct + v.correct, total: cur.total + v.total });
      }
    }
    const ratios = Object.fromEntries([...acc].map(([k, v]) => [k, ratio(v.correct, v.total)]));
    fields[f] = { ...prf(tp, fp, fn, ignored), ...ratios };
  }
  return { articles: scores.length, fields: fields as unknown as FieldScores, findings: scores.flatMap((s) => s.findings) };
}
