/**
 * `--format markdown`: the report's summary as Markdown for notes and tickets: a header line, an actors
 * table, a timeline table, and a "who said what" ledger table grouped by source. Cell text is escaped
 * (pipes, markup characters, inline HTML) and kept on one line.
 */
import type { ClaimsDoc, ErrorRecord } from '../schema/doc.js';
import { actorGroups, clip, ledgerGroups, timelineRows } from './html/summary.js';
import { markdownValue } from './timex/cells.js';
import type { Formatter } from './types.js';

export const markdown: Formatter = {
  name: 'markdown',
  machine: false,
  header: (ctx) => (ctx.inputs > 1 ? `# tiktok-claims report (${ctx.inputs} articles)\n\n` : ''),
  document: (doc, _text, ctx, index) => (index > 0 ? '\n' : '') + render(doc, ctx.inputs > 1 ? '##' : '#'),
  error: (rec, ctx, index) => (index > 0 ? '\n' : '') + errorBlock(rec, ctx.inputs > 1 ? '##' : '#'),
};

/** Escape Markdown markup and inline HTML; one line. */
export function md(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (ch) => '\\' + ch);
}

function render(doc: ClaimsDoc, h1: string): string {
  const h2 = h1 + '#';
  const ref = doc.input.referenceDate ? `reference date ${doc.input.referenceDate}` : 'no reference date';
  const out = [`${h1} ${md(doc.input.path ?? 'article')}`, '', `${doc.stats.sentences} sentences · ${doc.input.chars} characters · ${ref}`];
  out.push('', `${h2} Actors (${doc.actors.length})`, '', ...actorsTable(doc));
  out.push('', `${h2} Timeline (${doc.dates.length + doc.deadlines.length})`, '', ...timelineTable(doc));
  out.push('', `${h2} Who said what`, '', ...ledgerTable(doc));
  return out.join('\n') + '\n';
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_none found_'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function actorsTable(doc: ClaimsDoc): string[] {
  const rows = actorGroups(doc).flatMap((g) =>
    g.actors.map((a) => [`**${md(a.name)}**`, g.type, a.role ? md(a.role) : '', a.aliases.map(md).join(', '), String(a.mentions.length)]),
  );
  return table(['Actor', 'Type', 'Role', 'Also called', 'Mentions'], rows);
}

function timelineTable(doc: ClaimsDoc): string[] {
  const rows = timelineRows(doc).map((r) => {
    const what = [r.what, r.consequence ? `if missed: ${r.consequence}` : null].filter((x): x is string => Boolean(x)).join('; ');
    return [markdownValue(r.value), r.kind === 'deadline' ? '**deadline**' : r.detail, md(r.text), md(clip(what, 160))];
  });
  return table(['When', 'Kind', 'Text', 'Due'], rows);
}

function ledgerTable(doc: ClaimsDoc): string[] {
  const rows = ledgerGroups(doc).flatMap((g) =>
    g.entries.map((e, i) => {
      const who = i > 0 ? '' : g.source ? `**${md(g.source)}**` : '_unnamed source_';
      const how = e.kind === 'quote' ? 'quote' : md(e.cue ?? '') + (e.via ? ` (via ${md(e.via)})` : '');
      const what = e.kind === 'quote' ? `“${md(clip(e.text, 200))}”` : md(clip(e.text, 200));
      return [who, how, what];
    }),
  );
  return table(['Source', 'Cue', 'What'], rows);
}

function errorBlock(rec: ErrorRecord, h1: string): string {
  return `${h1} ${md(rec.input.path ?? 'input')}\n\nNot processed: ${md(rec.error.message)} (\`${rec.error.code}\`)\n`;
}
