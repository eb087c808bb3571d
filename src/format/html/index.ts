/**
 * `--format html`: one self-contained report per run (no scripts, no network, no external assets).
 * One section per article: the article with every extracted item marked in place, a legend, and
 * side panels (actors, timeline, who said what). A strict Content-Security-Policy forbids scripts and
 * remote loads even if something slipped through escaping.
 */
import type { ClaimsDoc, ErrorRecord } from '../../schema/doc.js';
import type { FormatContext, Formatter } from '../types.js';
import { markedArticle } from './article.js';
import { collectMarks } from './collect.js';
import { escapeHtml as h } from './escape.js';
import { KINDS } from './kinds.js';
import type { Mark } from './marks.js';
import { actorsPanel, ledgerPanel, timelinePanel } from './panels.js';
import { pageOpen } from './page.js';
import { articleTimeline, TIMELINE_CSS } from '../timeline/index.js';


export const html: Formatter = {
  name: 'html',
  machine: false,
  header: (ctx) => pageHead(ctx),
  document: (doc, text, _ctx, index) => articleSection(doc, text, index),
  error: (rec, _ctx, index) => errorSection(rec, index),
  footer: () => '</main>\n</body>\n</html>\n',
};

function pageHead(ctx: FormatContext): string {
  const what = ctx.inputs === 1 ? '1 article' : `${ctx.inputs} articles`;
  return `${pageOpen('tiktok-claims report', `${what}. Hover or focus (Tab) a mark to see what was found and by which rule.`, TIMELINE_CSS)}
<main>
`;
}

export function articleSection(doc: ClaimsDoc, text: string, index: number): string {
  const n = index + 1;
  const marks = collectMarks(doc);
  const title = doc.input.path ?? `article ${n}`;
  return `<section class="report" id="article-${n}" aria-labelledby="title-${n}">
<header><h2 id="title-${n}">${h(title)}</h2><p class="meta">${h(meta(doc))}</p></header>
<a class="skip" href="#panels-${n}">Skip to the summary of ${h(title)}</a>
${legend(marks)}
${articleTimeline(doc, n)}
<div class="grid">
<article class="article" aria-label="article text with marks">${markedArticle(text, marks)}</article>
<aside id="panels-${n}" aria-label="summary">
${actorsPanel(doc)}
${timelinePanel(doc)}
${ledgerPanel(doc)}
</aside>
</div>
</section>
`;
}

const REF_SOURCE: Record<string, string> = { option: 'given', html: "the page's publication date", feed: "the feed item's date", record: "the record's date" };

function meta(doc: ClaimsDoc): string {
  const ref = doc.input.referenceDate
    ? `reference date ${doc.input.referenceDate} (${REF_SOURCE[doc.input.referenceDateSource] ?? 'found in the text'})`
    : 'no reference date: relative dates unresolved';
  return `${doc.stats.sentences} sentences · ${doc.input.chars} characters · ${ref}`;
}

function legend(marks: readonly Mark[]): string {
  const counts = new Map<string, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const items = KINDS.filter((k) => counts.has(k.kind)).map((k) => `<li><span class="chip k-${k.kind}">${h(k.label)} <b>${counts.get(k.kind)}</b></span></li>`);
  if (items.length === 0) return '<p class="meta">Nothing was found to mark.</p>';
  return `<ul class="legend" aria-label="legend">${items.join('')}</ul>`;
}

function errorSection(rec: ErrorRecord, index: number): string {
  const n = index + 1;
  return `<section class="report error" id="article-${n}"><header><h2>${h(rec.input.path ?? `input ${n}`)}</h2></header><p>Not processed: ${h(rec.error.message)} (${h(rec.error.code)})</p></section>\n`;
}
