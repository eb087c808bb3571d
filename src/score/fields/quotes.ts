/**
 * Quotes: only predicted `statement`s are scored as statements. A predicted statement matches a
 * gold quote when one text contains the other; matching a gold `title` or `scare` quote is a false
 * positive. Speaker accuracy over matched statements with a non-null gold speaker. Kind accuracy:
 * every predicted quote (any kind) matched the same way against every required gold quote.
 * Where gold has offsets (`span`) and the prediction has `start`/`end`, overlapping pairs go first.
 */
import type { GoldQuote } from '../gold-schema.js';
import { docOrder, type PredQuote } from '../pred-schema.js';
import { containsEither, normalizeName, normalizeText } from '../normalize.js';
import { matchOneToOne, type Matching } from '../match.js';
import { prf, Tally } from '../counts.js';
import type { AliasTable } from '../names.js';
import { showNames } from '../names.js';
import type { FieldScores, Finding } from '../types.js';
import { at } from './dates.js';

function overlaps(g: GoldQuote, p: PredQuote): boolean {
  if (!g.span || p.start === undefined || p.end === undefined) return false;
  return p.start < g.span[1] && g.span[0] < p.end;
}

/** Match quotes by text (exact before containment, overlapping offsets first). */
function matchQuotes(gold: readonly GoldQuote[], preds: readonly PredQuote[]): Matching {
  const gt = gold.map((g) => normalizeText(g.text));
  const pt = preds.map((p) => normalizeText(p.text));
  const exact = (g: number, p: number): boolean => gt[g] !== '' && gt[g] === pt[p];
  const contains = (g: number, p: number): boolean => containsEither(gt[g]!, pt[p]!);
  const near = (g: number, p: number): boolean => overlaps(gold[g]!, preds[p]!);
  return matchOneToOne(gold.length, preds.length, [(g, p) => exact(g, p) && near(g, p), (g, p) => contains(g, p) && near(g, p), exact, contains]);
}

export function scoreQuotes(article: string, gold: readonly GoldQuote[], predsIn: readonly PredQuote[], names: AliasTable) {
  const preds = docOrder(predsIn);
  const req = gold.filter((g) => !g.optional);
  const statements = req.filter((g) => g.kind === 'statement');
  const others = req.filter((g) => g.kind !== 'statement');
  const opt = gold.filter((g) => g.optional).map((g) => normalizeText(g.text));
  const said = preds.filter((p) => p.kind === 'statement');
  const m = matchQuotes(statements, said);
  const findings: Finding[] = [];
  const speakers = new Tally();
  m.goldToPred.forEach((p, g) => {
    const gq = statements[g]!;
    if (p === -1) return void findings.push({ article, field: 'quotes', kind: 'miss', text: gq.text, expected: showNames(gq.speaker) });
    const ok = names.acceptable(gq.speaker);
    if (ok === null) return;
    const pq = said[p]!;
    if (!speakers.add(pq.speaker !== null && ok.has(normalizeName(pq.speaker)))) {
      findings.push({ article, field: 'quotes', kind: 'wrong', metric: 'speaker', text: pq.text, expected: showNames(gq.speaker), got: pq.speaker ?? 'null', ...at(pq) });
    }
  });
  let fp = 0;
  let ignored = 0;
  m.predToGold.forEach((g, p) => {
    if (g !== -1) return;
    const pq = said[p]!;
    const t = normalizeText(pq.text);
    if (opt.some((o) => containsEither(o, t))) return void ignored++;
    fp++;
    const other = others.find((o) => containsEither(normalizeText(o.text), t));
    const note = other ? `a ${other.kind} quote reported as a statement` : undefined;
    findings.push({ article, field: 'quotes', kind: 'fp', text: pq.text, got: pq.speaker ?? 'null', ...(note ? { note } : {}), ...at(pq) });
  });
  const tp = m.goldToPred.filter((p) => p !== -1).length;
  const score: FieldScores['quotes'] = {
    ...prf(tp, fp, statements.length - tp, ignored),
    speakerAccuracy: speakers.ratio,
    kindAccuracy: kindAccuracy(article, req, preds, findings),
  };
  return { score, findings };
}

/** Kind accuracy over every predicted quote matched to a required gold quote. */
function kindAccuracy(article: string, req: readonly GoldQuote[], preds: readonly PredQuote[], findings: Finding[]) {
  const m = matchQuotes(req, preds);
  const kinds = new Tally();
  m.goldToPred.forEach((p, g) => {
    if (p === -1) return;
    const gq = req[g]!;
    const pq = preds[p]!;
    if (!kinds.add(gq.kind === pq.kind)) {
      findings.push({ article, field: 'quotes', kind: 'wrong', metric: 'kind', text: pq.text, expected: gq.kind, got: pq.kind, ...at(pq) });
    }
  });
  return kinds.ratio;
}
