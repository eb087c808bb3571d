/**
 * Claims: a prediction matches a gold claim when the predicted claim's text contains the gold
 * anchor (normalized); one-to-one. Source accuracy over matched claims with a non-null gold source:
 * the predicted source equals one of the acceptable names or one of that actor's aliases.
 */
import type { GoldClaim } from '../gold-schema.js';
import { docOrder, type PredDoc } from '../pred-schema.js';
import { normalizeName, normalizeText } from '../normalize.js';
import { matchOneToOne } from '../match.js';
import { prf, Tally } from '../counts.js';
import { showNames, type AliasTable } from '../names.js';
import type { FieldScores, Finding } from '../types.js';
import { at } from './dates.js';

type PredClaim = PredDoc['claims'][number];

const holds = (text: string, anchor: string): boolean => anchor !== '' && text.includes(anchor);

export function scoreClaims(article: string, gold: readonly GoldClaim[], predsIn: readonly PredClaim[], names: AliasTable) {
  const preds = docOrder(predsIn);
  const req = gold.filter((g) => !g.optional);
  const opt = gold.filter((g) => g.optional).map((g) => normalizeText(g.anchor));
  const anchors = req.map((g) => normalizeText(g.anchor));
  const texts = preds.map((p) => normalizeText(p.text));
  const m = matchOneToOne(req.length, preds.length, [(g, p) => holds(texts[p]!, anchors[g]!)]);
  const findings: Finding[] = [];
  const sources = new Tally();
  m.goldToPred.forEach((p, g) => {
    const gc = req[g]!;
    if (p === -1) return void findings.push({ article, field: 'claims', kind: 'miss', text: gc.anchor, expected: showNames(gc.source) });
    const ok = names.acceptable(gc.source);
    if (ok === null) return;
    const pc = preds[p]!;
    if (!sources.add(pc.source !== null && ok.has(normalizeName(pc.source)))) {
      findings.push({ article, field: 'claims', kind: 'wrong', metric: 'source', text: gc.anchor, expected: showNames(gc.source), got: pc.source ?? 'null', ...at(pc) });
    }
  });
  let fp = 0;
  let ignored = 0;
  m.predToGold.forEach((g, p) => {
    if (g !== -1) return;
    if (opt.some((o) => holds(texts[p]!, o))) return void ignored++;
    fp++;
    findings.push({ article, field: 'claims', kind: 'fp', text: preds[p]!.text, got: preds[p]!.source ?? 'null', ...at(preds[p]!) });
  });
  const tp = m.goldToPred.filter((p) => p !== -1).length;
  const score: FieldScores['claims'] = { ...prf(tp, fp, req.length - tp, ignored), sourceAccuracy: sources.ratio };
  return { score, findings };
}
