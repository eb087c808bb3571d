/** The story at a glance: inline SVG timelines for the ledger page and for one article's report. */
import type { ClaimsDoc } from '../../schema/doc.js';
import type { LedgerDoc } from '../../schema/ledger.js';
import { articleModel, ledgerModel } from './build.js';
import { timelineSvg } from './svg.js';

export function ledgerTimeline(doc: LedgerDoc): string {
  return timelineSvg(ledgerModel(doc), 'tl-ledger', `Timeline of ${doc.articles.length} article${doc.articles.length === 1 ? '' : 's'}: publications, dates and deadlines; arrows show deadlines that moved`);
}

export function articleTimeline(doc: ClaimsDoc, n: number): string {
  const published = doc.input.referenceDate ? ` (dashed line: the reference date, ${doc.input.referenceDate})` : '';
  return timelineSvg(articleModel(doc), `tl-article-${n}`, `Dates and deadlines of this article${published}`);
}

export const TIMELINE_CSS =
  '.tl-figure{margin:1rem 0 0}.tl-scroll{overflow-x:auto}.tl{display:block;min-width:40rem;height:auto}.tl-compact{min-width:30rem;max-width:48rem}.tl a:focus circle,.tl a:focus rect,.tl a:hover circle,.tl a:hover rect{stroke:#1f2328;stroke-width:2}.tl-figure figcaption,.tl-note{color:var(--muted);font-size:.82rem;margin:.2rem 0 0}@media print{.tl-scroll{overflow:visible}.tl{min-width:0}}';
