import type { ChalkInstance } from 'chalk';
import type { LedgerDoc } from '../../schema/ledger.js';
import { changeNote, clip, movedThreads, plural, summary, where } from './common.js';
import { prettyValue, valueWidth } from '../timex/cells.js';
import type { LedgerFormatter } from './types.js';

/** A readable ledger: articles, actors, timeline, moved deadlines, who said what. */
export const prettyLedger: LedgerFormatter = {
  name: 'pretty',
  machine: false,
  render: (doc, { chalk: c }) =>
    [c.bold.underline('Ledger') + c.dim(`  ${summary(doc)}`), ...articles(doc, c), ...actors(doc, c), ...timeline(doc, c), ...moved(doc, c), ...said(doc, c), ...errors(doc, c)].join('\n') + '\n',
};

function section(c: ChalkInstance, title: string, n: number): string {
  return '\n' + c.bold.magenta(title.toUpperCase()) + c.dim(` (${n})`) + (n === 0 ? c.dim('  none found') : '');
}

function articles(doc: LedgerDoc, c: ChalkInstance): string[] {
  return [section(c, 'Articles', doc.articles.length), ...doc.articles.map((a) => `  ${(a.date ?? '—').padEnd(10)}  ${a.id}${a.title ? c.dim('  ' + clip(a.title, 70)) : ''}${a.outlet ? c.dim(` (${a.outlet})`) : ''}`)];
}

function actors(doc: LedgerDoc, c: ChalkInstance): string[] {
  return [
    section(c, 'Actors', doc.actors.length),
    ...doc.actors.map((a) => {
      const role = a.roles.length ? c.dim(' — ') + a.roles[0] : '';
      const aliases = a.aliases.length ? c.dim(`  also: ${clip(a.aliases.join(', '), 80)}`) : '';
      return `  ${c.cyan(a.name)} ${c.dim(`[${a.type}]`)}${role} ${c.dim(`×${a.mentions} in ${plural(a.articles.length, 'article')}`)}${aliases}`;
    }),
  ];
}

function timeline(doc: LedgerDoc, c: ChalkInstance): string[] {
  const w = valueWidth(doc.timeline.map((e) => e.value));
  return [
    section(c, 'Timeline', doc.timeline.length),
    ...doc.timeline.map((e) => {
      const at = c.dim(`  [${where(e.article, e.sentence)}]`);
      if (e.kind === 'date') return `  ${prettyValue(e.value, c, undefined, w)}  ${e.text}  ${c.dim(clip(e.refersTo, 90))}${at}`;
      const note = changeNote(e);
      return `  ${prettyValue(e.value, c, c.red.bold, w)}  ${c.red.bold('DEADLINE')} ${e.text}: ${clip(e.refersTo, 90)}${note ? ' ' + c.yellow.bold(note.toUpperCase()) : ''}${at}`;
    }),
  ];
}

function moved(doc: LedgerDoc, c: ChalkInstance): string[] {
  const ts = movedThreads(doc);
  const out = [section(c, 'Deadlines that moved', ts.length)];
  for (const t of ts) {
    out.push(`  ${c.yellow.bold(t.status)} ${t.values.join(' → ')}  ${clip(t.what, 80)}`);
    for (const s of t.steps) out.push(c.dim(`    ${(s.articleDate ?? '—').padEnd(10)}  ${s.value.padEnd(10)}  ${s.change.padEnd(8)}  ${where(s.article, s.sentence)}`));
  }
  return out;
}

function said(doc: LedgerDoc, c: ChalkInstance): string[] {
  const out = [section(c, 'Who said what', doc.sources.length)];
  for (const g of doc.sources) {
    out.push('  ' + (g.source ? c.cyan.bold(g.source) : c.dim.bold('unattributed')) + c.dim(` (${g.items.length} in ${plural(g.articles, 'article')})`));
    for (const i of g.items) {
      const what = i.kind === 'quote' ? c.green('“' + clip(i.text, 110) + '”') : `${c.yellow(i.cue ?? '')}${i.via ? c.dim(' via ' + i.via) : ''}: ${clip(i.text, 110)}`;
      out.push(`    ${c.dim((i.articleDate ?? '—').padEnd(10))}  ${what}${c.dim(`  [${where(i.article, i.sentence)}]`)}`);
    }
  }
  return out;
}

function errors(doc: LedgerDoc, c: ChalkInstance): string[] {
  if (doc.errors.length === 0) return [];
  return [section(c, 'Skipped inputs', doc.errors.length), ...doc.errors.map((e) => c.red(`  ${e.message}`))];
}
