import type { LedgerDoc } from '../../schema/ledger.js';
import { changeNote, clip, movedThreads, plural, summary } from './common.js';
import { withLabel } from '../timex/label.js';
import type { LedgerFormatter } from './types.js';

/** The ledger as Markdown: tables for articles, actors and the timeline; lists for moved deadlines and sources. */
export const markdownLedger: LedgerFormatter = {
  name: 'markdown',
  machine: false,
  render: (doc) => [`# Ledger`, '', summary(doc), ...articles(doc), ...actors(doc), ...timeline(doc), ...moved(doc), ...said(doc), ...errors(doc)].join('\n') + '\n',
};

/** Table cell text: one line, pipes and markup escaped. */
export function cell(s: string): string {
  return clip(s, 200).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function articles(doc: LedgerDoc): string[] {
  return ['', `## Articles (${doc.articles.length})`, '', ...table(['date', 'article', 'title', 'outlet'], doc.articles.map((a) => [a.date ?? '—', cell(a.id), cell(a.title ?? ''), cell(a.outlet ?? '')]))];
}

function actors(doc: LedgerDoc): string[] {
  return ['', `## Actors (${doc.actors.length})`, '', ...table(['name', 'type', 'role', 'mentions', 'articles', 'also'], doc.actors.map((a) => [cell(a.name), a.type, cell(a.roles[0] ?? ''), String(a.mentions), String(a.articles.length), cell(a.aliases.join(', '))]))];
}

function timeline(doc: LedgerDoc): string[] {
  const rows = doc.timeline.map((e) => [
    withLabel(e.value),
    e.kind === 'deadline' ? `**deadline** ${cell(e.text)}` : cell(e.text),
    cell(e.refersTo) + (changeNote(e) ? ` **(${changeNote(e)})**` : ''),
    `${cell(e.article)} s${e.sentence}`,
  ]);
  return ['', `## Timeline (${doc.timeline.length})`, '', ...table(['value', 'text', 'refers to', 'where'], rows)];
}

function moved(doc: LedgerDoc): string[] {
  const ts = movedThreads(doc);
  const out = ['', `## Deadlines that moved (${ts.length})`];
  for (const t of ts) {
    out.push('', `- **${t.status}**: ${t.values.join(' → ')} — ${cell(t.what)}`);
    for (const s of t.steps) out.push(`  - ${s.articleDate ?? '—'} ${cell(s.article)} s${s.sentence}: ${s.value} (${s.change})`);
  }
  return out;
}

function said(doc: LedgerDoc): string[] {
  const out = ['', `## Who said what (${doc.sources.length})`];
  for (const g of doc.sources) {
    out.push('', `### ${g.source ? cell(g.source) : 'Unattributed'} (${g.items.length} in ${plural(g.articles, 'article')})`, '');
    for (const i of g.items) {
      const what = i.kind === 'quote' ? `“${cell(i.text)}”` : `*${cell(i.cue ?? '')}*${i.via ? ` via ${cell(i.via)}` : ''}: ${cell(i.text)}`;
      out.push(`- ${i.articleDate ?? '—'} ${cell(i.article)} s${i.sentence}: ${what}`);
    }
  }
  return out;
}

function errors(doc: LedgerDoc): string[] {
  if (doc.errors.length === 0) return [];
  return ['', `## Skipped inputs (${doc.errors.length})`, '', ...doc.errors.map((e) => `- ${cell(e.message)}`)];
}
