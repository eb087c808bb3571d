import type { ChalkInstance } from 'chalk';
import type { Actor, ClaimsDoc, ExplainStep } from '../schema/doc.js';
import type { FormatContext, Formatter } from './types.js';
import { prettyValue, valueWidth } from './timex/cells.js';
import { wrapToWidth } from './wrap.js';
import { ACTOR_TYPES } from './html/summary.js';

/** A readable summary per article: actors by type, a timeline, quotes with speakers, claims by source; wrapped to a terminal's width. */
export const pretty: Formatter = {
  name: 'pretty',
  machine: false,
  document: (doc, _text, ctx, index) => (index > 0 ? '\n' : '') + wrapToWidth(render(doc, ctx), ctx.width, { hang: true }),
  error: () => '', // errors go to stderr only
};

function render(doc: ClaimsDoc, { chalk: c }: FormatContext): string {
  const lines: string[] = [];
  const ref = doc.input.referenceDate
    ? `reference date ${doc.input.referenceDate} (${refSource(doc)})`
    : 'no reference date (relative dates left unresolved; give --date YYYY-MM-DD)';
  lines.push(c.bold.underline(doc.input.path ?? 'article'));
  lines.push(c.dim(`${doc.stats.sentences} sentences · ${doc.input.chars} characters · ${ref}`));
  lines.push('', section(c, 'Actors', doc.actors.length));
  for (const [type, heading] of ACTOR_TYPES) {
    const of = doc.actors.filter((a) => a.type === type);
    if (of.length === 0) continue;
    lines.push('  ' + c.bold(heading));
    for (const a of of) lines.push('    ' + actorLine(a, c), ...why(a.explain, '      ', c));
  }
  lines.push('', section(c, 'Timeline', doc.dates.length + doc.deadlines.length));
  lines.push(...timeline(doc, c));
  lines.push('', section(c, 'Quotes', doc.quotes.length));
  for (const q of doc.quotes) {
    const who = q.kind === 'statement' ? (q.speaker ? c.cyan(q.speaker) : c.dim('speaker unknown')) : c.dim(q.kind);
    lines.push(`  ${c.green('“' + clip(q.text, 110) + '”')} ${c.dim('—')} ${who}`, ...why(q.explain, '    ', c));
  }
  lines.push('', section(c, 'Claims by source', doc.claims.length));
  for (const [source, claims] of groupBy(doc.claims, (x) => x.source ?? '')) {
    lines.push('  ' + (source ? c.cyan.bold(source) : c.dim.bold('unnamed source')) + c.dim(` (${claims.length})`));
    for (const cl of claims) {
      const via = cl.via ? c.dim(` via ${cl.via}`) : '';
      lines.push(`    ${c.yellow(cl.cue)}${via}: ${clip(cl.text, 140)}`, ...why(cl.explain, '      ', c));
    }
  }
  if (doc.dropped) lines.push('', section(c, 'Dropped by a rule', doc.dropped.length), ...droppedLines(doc, c));
  return lines.join('\n') + '\n';
}

/** --explain: the rows behind an item, on one dim line ("why: actors.org.suffix > actors.merge.surname"). */
function why(explain: readonly ExplainStep[] | undefined, indent: string, c: ChalkInstance): string[] {
  return explain && explain.length > 0 ? [indent + c.dim('why: ' + explain.map((s) => s.rule).join(' > '))] : [];
}

const MAX_DROPPED_LINES = 40;

function droppedLines(doc: ClaimsDoc, c: ChalkInstance): string[] {
  const all = doc.dropped ?? [];
  const lines = all.slice(0, MAX_DROPPED_LINES).map((d) => `  ${c.dim(d.kind.padEnd(8))} ${clip(d.text, 50)}  ${c.dim(d.rule)}`);
  if (all.length > MAX_DROPPED_LINES) lines.push(c.dim(`  … ${all.length - MAX_DROPPED_LINES} more (--format json lists all)`));
  return lines;
}

function refSource(doc: ClaimsDoc): string {
  const from = { option: 'from --date', html: "the page's publication date", feed: "the feed item's date", record: "the record's date" } as Record<string, string>;
  if (from[doc.input.referenceDateSource]) return from[doc.input.referenceDateSource]!;
  const ev = doc.input.referenceDateEvidence;
  return ev ? `from the text: "${clip(ev.text, 40)}"` : 'from the text';
}

function section(c: ChalkInstance, title: string, n: number): string {
  return c.bold.magenta(title.toUpperCase()) + c.dim(` (${n})`) + (n === 0 ? c.dim('  none found') : '');
}

function actorLine(a: Actor, c: ChalkInstance): string {
  const role = a.role ? c.dim(' — ') + a.role : '';
  const n = a.mentions.length;
  const aliases = a.aliases.length ? c.dim(`  also: ${a.aliases.join(', ')}`) : '';
  return `${c.cyan(a.name)}${role} ${c.dim(`×${n}`)}${aliases}`;
}

interface Row {
  value: string | null;
  line: string;
  why: string[];
}

function timeline(doc: ClaimsDoc, c: ChalkInstance): string[] {
  const rows: Row[] = [];
  const deadlineAt = new Set(doc.deadlines.map((d) => d.start));
  const w = valueWidth([...doc.dates.filter((d) => !deadlineAt.has(d.start)), ...doc.deadlines].map((d) => d.value));
  for (const d of doc.dates) {
    if (deadlineAt.has(d.start)) continue; // shown as a deadline below
    const kind = d.kind === 'date' ? '' : c.dim(` [${d.kind}]`);
    rows.push({ value: d.value, line: `${prettyValue(d.value, c, undefined, w)}  ${d.text}${kind}  ${c.dim(context(doc, d.sentence))}`, why: why(d.explain, '    ', c) });
  }
  for (const d of doc.deadlines) {
    const then = d.consequence ? c.dim(' — or else: ') + d.consequence : '';
    rows.push({ value: d.value, line: `${prettyValue(d.value, c, c.red.bold, w)}  ${c.red.bold('DEADLINE')} ${d.text}: ${clip(d.what, 100)}${then}`, why: why(d.explain, '    ', c) });
  }
  rows.sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (a.value ?? '').localeCompare(b.value ?? '')); // undated last
  return rows.flatMap((r) => ['  ' + r.line, ...r.why]);
}

function context(doc: ClaimsDoc, sentence: number): string {
  const s = doc.sentences[sentence];
  return s ? clip(s.text, 70) : '';
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k) ?? [];
    list.push(it);
    m.set(k, list);
  }
  // named sources first, by number of claims; unnamed last
  return new Map([...m].sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : b[1].length - a[1].length)));
}
