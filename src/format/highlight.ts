/**
 * `extract --highlight`: the article in the terminal with the same marks as the HTML report, in chalk
 * colors with a legend; without colors, plain bracket marks: [text|person], {claim text|claim}.
 * Control characters in the article are shown as U+FFFD so a text cannot drive the terminal. On a terminal
 * the text wraps to its width (wrap.ts).
 */
import type { ChalkInstance } from 'chalk';
import type { ClaimsDoc } from '../schema/doc.js';
import { collectMarks } from './html/collect.js';
import { KINDS, kindRow, type KindRow } from './html/kinds.js';
import { layer, type LayerEvent, type Mark } from './html/marks.js';
import type { FormatContext, Formatter } from './types.js';
import { wrapToWidth } from './wrap.js';

export const highlight: Formatter = {
  name: 'highlight',
  machine: false,
  document: (doc, text, ctx, index) => (index > 0 ? '\n' : '') + render(doc, text, ctx),
  error: () => '', // errors go to stderr only
};

function render(doc: ClaimsDoc, text: string, ctx: FormatContext): string {
  const marks = collectMarks(doc);
  const c = ctx.chalk;
  const title = doc.input.path ?? 'article';
  const head = ctx.color ? c.bold.underline(title) : title;
  const body = layer(text.length, marks)
    .map((e) => (ctx.color ? colored(e, text, c) : bracketed(e, text)))
    .join('');
  return `${head}\n${wrapToWidth(legend(marks, ctx), ctx.width, { hang: true })}\n\n${wrapToWidth(body.replace(/\s+$/, ''), ctx.width)}\n`;
}

function colored(e: LayerEvent, text: string, c: ChalkInstance): string {
  if (e.type !== 'text') return '';
  let s = safe(text.slice(e.start, e.end));
  for (let i = e.active.length - 1; i >= 0; i--) s = styleOf(kindRow(e.active[i]!.kind), c)(s);
  return s;
}

function bracketed(e: LayerEvent, text: string): string {
  if (e.type === 'text') return safe(text.slice(e.start, e.end));
  const claim = e.mark.kind === 'claim';
  if (e.type === 'open') return claim ? '{' : '[';
  const tag = e.last ? `|${kindRow(e.mark.kind).tag}` : '';
  return tag + (claim ? '}' : ']');
}

function styleOf(row: KindRow, c: ChalkInstance): (s: string) => string {
  let style = c;
  for (const key of row.chalk) style = style[key];
  return (s) => style(s);
}

function legend(marks: readonly Mark[], ctx: FormatContext): string {
  const counts = new Map<string, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const present = KINDS.filter((k) => counts.has(k.kind));
  if (present.length === 0) return ctx.color ? ctx.chalk.dim('nothing found to mark') : 'nothing found to mark';
  const items = present.map((k) => {
    const n = counts.get(k.kind)!;
    if (ctx.color) return `${styleOf(k, ctx.chalk)(k.label)} ${ctx.chalk.dim(String(n))}`;
    return k.kind === 'claim' ? `{…|claim} ${k.label} ${n}` : `[…|${k.tag}] ${k.label} ${n}`;
  });
  return (ctx.color ? ctx.chalk.dim('legend: ') : 'legend: ') + items.join(ctx.color ? '  ' : ', ');
}

/** Terminal control characters (ESC, C1, others) become U+FFFD; newlines and tabs stay. */
function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD');
}
