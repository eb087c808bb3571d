/** The side panels: actors with roles, aliases and mention counts; a timeline; who said what. */
import type { ClaimsDoc } from '../../schema/doc.js';
import { escapeHtml as h } from './escape.js';
import { htmlValue } from '../timex/cells.js';
import { actorGroups, clip, ledgerGroups, timelineRows, type LedgerEntry, type TimelineRow } from './summary.js';

export function actorsPanel(doc: ClaimsDoc): string {
  const groups = actorGroups(doc).map(
    (g) =>
      `<h4>${h(g.heading)} <span class="n">${g.actors.length}</span></h4><ul class="actors">` +
      g.actors
        .map((a) => {
          const role = a.role ? ` <span class="role">${h(a.role)}</span>` : '';
          const aliases = a.aliases.length ? `<div class="aliases">also ${a.aliases.map((x) => `<q>${h(x)}</q>`).join(', ')}</div>` : '';
          const n = a.mentions.length;
          return `<li><span class="sw k-actor-${a.type}" aria-hidden="true"></span><b>${h(a.name)}</b>${role} <span class="count" title="mentions">×${n}</span>${aliases}</li>`;
        })
        .join('') +
      '</ul>',
  );
  return panel('Actors', doc.actors.length, groups.join(''));
}

export function timelinePanel(doc: ClaimsDoc): string {
  const rows = timelineRows(doc);
  const body = rows.length ? `<ol class="timeline">${rows.map(timelineItem).join('')}</ol>` : '';
  return panel('Timeline', rows.length, body);
}

function timelineItem(r: TimelineRow): string {
  const badge = r.kind === 'deadline' ? '<span class="badge deadline">deadline</span>' : r.detail !== 'date' ? `<span class="badge">${h(r.detail)}</span>` : '';
  const due = r.what ? `<div class="due">${h(clip(r.what, 160))}</div>` : '';
  const then = r.consequence ? `<div class="then">if missed: ${h(clip(r.consequence, 120))}</div>` : '';
  const cls = r.kind === 'deadline' ? ' class="is-deadline"' : '';
  return `<li${cls}>${htmlValue(r.value)} ${badge}<span class="said">“${h(r.text)}”</span>${due}${then}</li>`;
}

export function ledgerPanel(doc: ClaimsDoc): string {
  const groups = ledgerGroups(doc);
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  const body = groups
    .map((g) => {
      const who = g.source ? h(g.source) : '<i>unnamed source</i>';
      return `<h4>${who} <span class="n">${g.entries.length}</span></h4><ul class="ledger">${g.entries.map(ledgerItem).join('')}</ul>`;
    })
    .join('');
  return panel('Who said what', count, body);
}

function ledgerItem(e: LedgerEntry): string {
  if (e.kind === 'quote') return `<li class="q"><span class="badge quote">quote</span><q>${h(clip(e.text, 220))}</q></li>`;
  const via = e.via ? ` <span class="via">via ${h(e.via)}</span>` : '';
  return `<li class="c"><span class="badge cue">${h(e.cue ?? '')}</span>${via} ${h(clip(e.text, 220))}</li>`;
}

function panel(title: string, n: number, body: string): string {
  const empty = n === 0 ? '<p class="none">none found</p>' : '';
  return `<section class="panel"><h3>${h(title)} <span class="n">${n}</span></h3>${body}${empty}</section>`;
}
