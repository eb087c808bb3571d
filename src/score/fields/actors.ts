/**
 * Actors: a prediction matches a gold actor when its name or an alias equals the gold name or an
 * alias (normalized). Canonical name equality is tried first. Type accuracy over matched actors.
 */
import type { GoldActor } from '../gold-schema.js';
import type { PredDoc } from '../pred-schema.js';
import { normalizeName } from '../normalize.js';
import { matchOneToOne } from '../match.js';
import { prf, Tally } from '../counts.js';
import type { FieldScores, Finding } from '../types.js';

type PredActor = PredDoc['actors'][number];

const forms = (name: string, aliases: readonly string[]): Set<string> => new Set([name, ...aliases].map(normalizeName));
const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => x !== '' && b.has(x));

export function scoreActors(article: string, gold: readonly GoldActor[], preds: readonly PredActor[]) {
  const req = gold.filter((g) => !g.optional);
  const opt = gold.filter((g) => g.optional).map((g) => forms(g.name, g.aliases));
  const gForms = req.map((g) => forms(g.name, g.aliases));
  const pForms = preds.map((p) => forms(p.name, p.aliases));
  const m = matchOneToOne(req.length, preds.length, [
    (g, p) => normalizeName(req[g]!.name) === normalizeName(preds[p]!.name),
    (g, p) => meets(pForms[p]!, gForms[g]!),
  ]);
  const findings: Finding[] = [];
  const types = new Tally();
  let fp = 0;
  let ignored = 0;
  m.goldToPred.forEach((p, g) => {
    const ga = req[g]!;
    if (p === -1) return void findings.push({ article, field: 'actors', kind: 'miss', text: ga.name, expected: ga.type });
    const got = (preds[p]!.type ?? '').toLowerCase();
    if (!types.add(got === ga.type.toLowerCase())) {
      findings.push({ article, field: 'actors', kind: 'wrong', metric: 'type', text: ga.name, expected: ga.type, got });
    }
  });
  m.predToGold.forEach((g, p) => {
    if (g !== -1) return;
    if (opt.some((o) => meets(pForms[p]!, o))) return void ignored++;
    fp++;
    findings.push({ article, field: 'actors', kind: 'fp', text: preds[p]!.name, got: preds[p]!.type ?? '' });
  });
  const tp = types.total;
  const score: FieldScores['actors'] = { ...prf(tp, fp, req.length - tp, ignored), typeAccuracy: types.ratio };
  return { score, findings };
}
