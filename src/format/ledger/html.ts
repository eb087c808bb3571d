/**
 * The ledger as one self-contained HTML page: the article report's escaping and stylesheet
 * (src/format/html), the same strict Content-Security-Policy (no scripts, no remote loads).
 */
import type { LedgerDoc } from '../../schema/ledger.js';
import { escapeHtml as h } from '../html/escape.js';
import { pageOpen } from '../html/page.js';
import { changeNote, clip, movedThreads, plural, summary } from './common.js';
import { htmlValue } from '../timex/cells.js';
import type { LedgerFormatter } from './types.js';
import { ledgerTimeline, TIMELINE_CSS } from '../timeline/index.js';

const EXTRA = '.ledger-table{border-collapse:collapse;width:100%;font-size:.9rem}.ledger-table td,.ledger-table th{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}.moved{color:#8a4b00;font-weight:700}.ledger-table time{white-space:nowrap}';

export const htmlLedger: LedgerFormatter = {
  name: 'html',
  machine: false,
  render: (doc) => `${pageOpen('tiktok-claims ledger', summary(doc), EXTRA + TIMELINE_CSS)}
<main>
${[picture(doc), articles(doc), actors(doc), timeline(doc), moved(doc), said(doc), errors(doc)].join('\n')}
</main>
</body>
</html>
`,
};

function section(id: string, title: string, n: number, body: string): string {
  return `<section class="report" id="${id}"><header><h2>${h(title)} <span class="n">${n}</span></h2></header>\n${n ? body : '<p class="none">none found</p>'}\n</section>`;
}

/** A table; row k gets the id `${idPrefix}-${k + 1}` when a prefix is given (the timeline links to rows). */
function table(head: string[], rows: string[][], idPrefix?: string): string {
  const th = head.map((x) => `<th>${h(x)}</th>`).join('');
  const tr = (r: string[], k: number): string => `<tr${idPrefix ? ` id="${idPrefix}-${k + 1}"` : ''}>${r.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  return `<table class="ledger-table"><thead><tr>${th}</tr></thead><tbody>\n${rows.map(tr).join('\n')}\n</tbody></table>`;
}

/** The story at a glance: the SVG timeline above the tables. */
function picture(doc: LedgerDoc): string {
  const svg = ledgerTimeline(doc);
  return svg ? `<section class="report" id="picture" aria-label="timeline picture">${svg}</section>` : '';
}

function articles(doc: LedgerDoc): string {
  const rows = doc.articles.map((a) => [h(a.date ?? '—'), a.url && /^https?:\/\//i.test(a.url) ? `<a href="${h(a.url)}" rel="noreferrer">${h(a.id)}</a>` : h(a.id), h(a.title ?? ''), h(a.outlet ?? '')]);
  return section('articles', 'Articles', doc.articles.length, table(['date', 'article', 'title', 'outlet'], rows, 'art'));
}

function actors(doc: LedgerDoc): string {
  const rows = doc.actors.map((a) => [`<b>${h(a.name)}</b>`, h(a.type), h(a.roles[0] ?? ''), String(a.mentions), String(a.articles.length), `<span class="aliases">${h(a.aliases.join(', '))}</span>`]);
  return section('actors', 'Actors', doc.actors.length, table(['name', 'type', 'role', 'mentions', 'articles', 'also'], rows));
}

function timeline(doc: LedgerDoc): string {
  const rows = doc.timeline.map((e) => {
    const note = changeNote(e);
    const kind = e.kind === 'deadline' ? '<span class="badge deadline">deadline</span>' : '';
    return [htmlValue(e.value), kind + h(e.text), h(clip(e.refersTo, 200)) + (note ? ` <span class="moved">${h(note)}</span>` : ''), `${h(e.article)} s${e.sentence}`];
  });
  return section('timeline', 'Timeline', doc.timeline.length, table(['value', 'text', 'refers to', 'where'], rows, 'tl'));
}

function moved(doc: LedgerDoc): string {
  const ts = movedThreads(doc);
  const body = ts
    .map((t) => {
      const steps = t.steps.map((s) => `<li>${h(s.articleDate ?? '—')} ${h(s.article)} s${s.sentence}: <time>${h(s.value)}</time> ${h(s.change)}</li>`).join('');
      return `<div class="panel" id="thread-${h(t.id)}"><h4><span class="moved">${h(t.status)}</span> ${h(t.values.join(' → '))}</h4><p>${h(t.what)}</p><ol>${steps}</ol></div>`;
    })
    .join('\n');
  return section('moved', 'Deadlines that moved', ts.length, body);
}

function said(doc: LedgerDoc): string {
  const body = doc.sources
    .map((g, k) => {
      const items = g.items.map((i) => {
        const what = i.kind === 'quote' ? `<span class="badge quote">quote</span><q>${h(clip(i.text, 300))}</q>` : `<span class="badge cue">${h(i.cue ?? '')}</span>${i.via ? `<span class="via">via ${h(i.via)}</span> ` : ''}${h(clip(i.text, 300))}`;
        return `<li><time>${h(i.articleDate ?? '—')}</time>${what} <span class="count">${h(i.article)} s${i.sentence}</span></li>`;
      });
      return `<div class="panel ledger" id="src-${k + 1}"><h4>${h(g.source ?? 'unattributed')} <span class="count">${g.items.length} in ${plural(g.articles, 'article')}</span></h4><ul>${items.join('')}</ul></div>`;
    })
    .join('\n');
  return section('said', 'Who said what', doc.sources.length, body);
}

function errors(doc: LedgerDoc): string {
  if (doc.errors.length === 0) return '';
  return `<section class="report error"><header><h2>Skipped inputs</h2></header><ul>${doc.errors.map((e) => `<li>${h(e.message)}</li>`).join('')}</ul></section>`;
}
