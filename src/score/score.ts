/** Score one article's prediction against its gold, field by field (SCHEMA.md "Scoring"). */
import { parseGold, type Gold } from './gold-schema.js';
import { parsePred, type PredDoc } from './pred-schema.js';
import { AliasTable } from './names.js';
import { scoreActors } from './fields/actors.js';
import { scoreDates } from './fields/dates.js';
import { scoreQuotes } from './fields/quotes.js';
import { scoreClaims } from './fields/claims.js';
import type { ArticleScore } from './types.js';

/**
 * gold: a gold object (validated here); pred: a ClaimsDoc or any object with the same list names.
 * id names the article in findings (default: gold.id).
 */
export function scoreArticle(goldIn: unknown, predIn: unknown, id?: string): ArticleScore {
  const gold: Gold = parseGold(goldIn);
  const pred: PredDoc = parsePred(predIn);
  const name = id ?? gold.id ?? 'article';
  const names = new AliasTable(gold.actors);
  const actors = scoreActors(name, gold.actors, pred.actors);
  const dates = scoreDates(name, 'dates', gold.dates, pred.dates);
  const deadlines = scoreDates(name, 'deadlines', gold.deadlines, pred.deadlines);
  const quotes = scoreQuotes(name, gold.quotes, pred.quotes, names);
  const claims = scoreClaims(name, gold.claims, pred.claims, names);
  return {
    id: name,
    fields: { actors: actors.score, dates: dates.score, deadlines: deadlines.score, quotes: quotes.score, claims: claims.score },
    findings: [...actors.findings, ...dates.findings, ...deadlines.findings, ...quotes.findings, ...claims.findings],
  };
}
