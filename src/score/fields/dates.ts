/**
 * Dates and deadlines: a prediction matches a gold item when one text contains the other
 * (normalized). Tiers prefer exact text with the same value, then exact text, then containment
 * with the same value, then containment: two "September 17" items pair with their own values.
 * Value accuracy over matched items with a non-null gold value.
 */
import type { GoldDate } from '../gold-schema.js';
import { docOrder, type PredDate } from '../pred-schema.js';
import { containsEither, normalizeText } from '../normalize.js';
import { matchOneToOne } from '../match.js';
import { prf, Tally } from '../counts.js';
import type { Finding, Prf, Ratio } from '../types.js';

const normValue = (v: string | null): string | null => (v === null ? null : v.trim().toUpperCase());

export function scoreDates(article: string, field: 'dates' | 'deadlines', gold: readonly GoldDate[], predsIn: readonly PredDate[]) {
  const preds = docOrder(predsIn);
  const req = gold.filter((g) => !g.optional);
  const opt = gold.filter((g) => g.optional).map((g) => normalizeText(g.text));
  const gt = req.map((g) => normalizeText(g.text));
  const pt = preds.map((p) => normalizeText(p.text));
  const sameValue = (g: number, p: number): boolean => req[g]!.value !== null && normValue(req[g]!.value) === normValue(preds[p]!.value);
  const exact = (g: number, p: number): boolean => gt[g] !== '' && gt[g] === pt[p];
  const contains = (g: number, p: number): boolean => containsEither(gt[g]!, pt[p]!);
  const m = matchOneToOne(req.length, preds.length, [
    (g, p) => exact(g, p) && sameValue(g, p),
    exact,
    (g, p) => contains(g, p) && sameValue(g, p),
    contains,
  ]);
  const findings: Finding[] = [];
  const values = new Tally();
  let tp = 0;
  m.goldToPred.forEach((p, g) => {
    const gd = req[g]!;
    if (p === -1) return void findings.push({ article, field, kind: 'miss', text: gd.text, expected: gd.value ?? 'null' });
    tp++;
    if (gd.value === null) return;
    if (!values.add(sameValue(g, p))) {
      const pd = preds[p]!;
      findings.push({ article, field, kind: 'wrong', metric: 'value', text: pd.text, expected: gd.value, got: pd.value ?? 'null', ...at(pd) });
    }
  });
  let fp = 0;
  let ignored = 0;
  m.predToGold.forEach((g, p) => {
    if (g !== -1) return;
    if (opt.some((o) => containsEither(o, pt[p]!))) return void ignored++;
    fp++;
    const pd = preds[p]!;
    findings.push({ article, field, kind: 'fp', text: pd.text, got: pd.value ?? 'null', ...at(pd) });
  });
  const score: Prf & { valueAccuracy: Ratio } = { ...prf(tp, fp, req.length - tp, ignored), valueAccuracy: values.ratio };
  return { score, findings };
}

/** The start offset of a prediction, when it has one (for the verbose report). */
export function at(item: { start?: number | undefined }): { start?: number } {
  return item.start === undefined ? {} : { start: item.start };
}
