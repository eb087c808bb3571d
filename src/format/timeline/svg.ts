/**
 * A timeline model drawn as one inline SVG: a time axis, a lane per kind (articles, dates, deadlines),
 * arrows for deadlines that moved, and a strip per most-quoted source. No scripts, no external
 * assets: hover text is SVG <title>, and each mark is a link to its row in the tables below.
 */
import { escapeHtml as h } from '../html/escape.js';
import { ticks } from './axis.js';
import { bin, binTitle, type Bin } from './bins.js';
import type { TlItem, TlModel } from './model.js';

const SIZES = {
  full: { W: 1000, L: 128, R: 24, lane: 34, strip: 20, font: 12 },
  compact: { W: 640, L: 84, R: 14, lane: 28, strip: 18, font: 11 },
} as const;
const COLORS: Record<string, string> = { articles: '#57606a', dates: '#0b57d0', deadlines: '#b3261e', strips: '#6f42c1' };
const ARROW_ROOM = 30;

/**
 * The days the axis spans. With publication dates (a ledger), the story's period: the articles' span
 * plus half of it (at least a month) on each side, and deadlines and their moves up to a year ahead, so that a background date ("in 1957", an old rule
 * cited by number) does not squash the story; items beyond are counted at the ends ("◂3", "5▸").
 * Otherwise the items no longer than a quarter, else all items.
 */
function domain(m: TlModel): [number, number] | null {
  const articles = m.lanes.find((l) => l.id === 'articles')?.items ?? [];
  const all: TlItem[] = [...m.lanes.flatMap((l) => l.items), ...m.strips.flatMap((s) => s.items)];
  let days: number[];
  if (articles.length > 0) {
    const a = Math.min(...articles.map((i) => i.from));
    const b = Math.max(...articles.map((i) => i.to));
    const pad = Math.max(30, Math.round((b - a) / 2));
    const window = all.filter((i) => i.to - i.from <= 92 && i.from >= a - pad && i.to <= b + pad);
    // deadlines and their moves reach further ahead: up to a year (or the story's length) past the last article
    const ahead = Math.max(366, b - a);
    const due = (m.lanes.find((l) => l.id === 'deadlines')?.items ?? []).filter((i) => i.to - i.from <= 92 && i.from >= a - pad && i.to <= b + ahead);
    const moves = m.arrows.filter((x) => Math.min(x.from, x.to) >= a - pad && Math.max(x.from, x.to) <= b + ahead);
    days = [a, b, ...window.flatMap((i) => [i.from, i.to]), ...due.flatMap((i) => [i.from, i.to]), ...moves.flatMap((x) => [x.from, x.to])];
  } else {
    const fine = all.filter((i) => i.to - i.from <= 92);
    days = [...(fine.length ? fine : all).flatMap((i) => [i.from, i.to]), ...m.arrows.flatMap((a) => [a.from, a.to])];
  }
  if (m.reference !== null) days.push(m.reference);
  if (days.length === 0) return null;
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  const pad = Math.max(1, Math.round((hi - lo) * 0.03));
  lo -= pad;
  hi += pad;
  return [lo, hi];
}

/** At most this many arrows; their labels only when few enough to read (the hover text always has it). */
const MAX_ARROWS = 24;
const LABELLED_ARROWS = 5;

export function timelineSvg(m: TlModel, id: string, caption: string): string {
  const dom = domain(m);
  if (!dom) return '';
  const S = SIZES[m.size];
  const [d0, d1] = dom;
  const xOf = (d: number): number => Math.round((S.L + ((Math.min(d1, Math.max(d0, d)) - d0) / (d1 - d0)) * (S.W - S.L - S.R)) * 10) / 10;
  const inside = (i: TlItem): boolean => i.to > d0 && i.from < d1;
  let y = 26;
  const parts: string[] = [];
  const laneTops: number[] = [];
  for (const lane of m.lanes) {
    if (lane.id === 'deadlines' && m.arrows.length) y += ARROW_ROOM;
    laneTops.push(y);
    parts.push(laneRow(lane.label, lane.items.filter(inside), outside(lane.items, d0, d1), y, S, COLORS[lane.id]!, xOf, lane.id));
    if (lane.id === 'deadlines') {
      const shown = m.arrows.filter((a) => Math.min(a.from, a.to) >= d0 && Math.max(a.from, a.to) <= d1).slice(-MAX_ARROWS);
      parts.push(...shown.map((a, k) => arrow(a, y + S.lane / 2, xOf, id, shown.length <= LABELLED_ARROWS, k)));
    }
    y += S.lane;
  }
  if (m.strips.length) {
    parts.push(`<text class="tl-head" x="4" y="${y + 16}" font-weight="600">Most quoted sources</text>`);
    y += 22;
    for (const s of m.strips) {
      parts.push(laneRow(s.label, s.items.filter(inside), outside(s.items, d0, d1), y, { ...S, lane: S.strip }, COLORS.strips!, xOf, 'strip'));
      y += S.strip;
    }
  }
  const H = y + 8;
  const grid = ticks(d0, d1)
    .map((t) => `<line class="tl-tick" x1="${xOf(t.day)}" x2="${xOf(t.day)}" y1="20" y2="${H - 6}" stroke="#d8dee4"/><text x="${xOf(t.day)}" y="14" text-anchor="middle" fill="#57606a">${h(t.label)}</text>`)
    .join('');
  const ref = m.reference !== null ? `<line class="tl-ref" x1="${xOf(m.reference)}" x2="${xOf(m.reference)}" y1="20" y2="${H - 6}" stroke="#1f2328" stroke-dasharray="3 3"><title>published ${h(isoOf(m.reference))}</title></line>` : '';
  const undated = m.undated ? `<p class="tl-note">${m.undated} item${m.undated === 1 ? '' : 's'} with unknown year or month not drawn.</p>` : '';
  return `<figure class="tl-figure"><div class="tl-scroll"><svg class="tl tl-${m.size}" id="${id}" viewBox="0 0 ${S.W} ${H}" width="100%" role="img" aria-labelledby="${id}-t" font-family="system-ui,sans-serif" font-size="${S.font}">
<title id="${id}-t">${h(caption)}</title>
<defs><marker id="${id}-ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8a4b00"/></marker></defs>
${grid}${ref}
${parts.join('\n')}
</svg></div><figcaption>${h(caption)}</figcaption>${undated}</figure>`;
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function outside(items: readonly TlItem[], d0: number, d1: number): { before: TlItem[]; after: TlItem[] } {
  return { before: items.filter((i) => i.to <= d0), after: items.filter((i) => i.from >= d1) };
}

function laneRow(label: string, items: TlItem[], out: { before: TlItem[]; after: TlItem[] }, top: number, S: { W: number; L: number; R: number; lane: number }, color: string, xOf: (d: number) => number, kind: string): string {
  const cy = top + S.lane / 2;
  const marks = bin(items, xOf).map((b) => mark(b, cy, color, kind));
  const edge = (list: TlItem[], x: number, anchor: string, sym: string): string =>
    list.length ? `<text class="tl-edge tl-${kind}" data-n="${list.length}" x="${x}" y="${cy + 4}" text-anchor="${anchor}" fill="${color}">${sym}<title>${h(binTitle({ x: 0, x2: 0, bar: false, items: list }))}</title></text>` : '';
  return `<g class="tl-lane tl-lane-${kind}"><line x1="${S.L}" x2="${S.W - S.R}" y1="${cy}" y2="${cy}" stroke="#eaeef2"/><text x="4" y="${cy + 4}" fill="#1f2328">${h(clipLabel(label))}</text>${edge(out.before, S.L + 2, 'start', `◂${out.before.length}`)}${edge(out.after, S.W - 2, 'end', `${out.after.length}▸`)}${marks.join('')}</g>`;
}

function mark(b: Bin, cy: number, color: string, kind: string): string {
  const n = b.items.length;
  const href = b.items.find((i) => i.href)?.href ?? null;
  const title = `<title>${h(binTitle(b))}</title>`;
  const shape =
    b.bar
      ? `<rect class="tl-mark tl-${kind}" data-n="${n}" x="${b.x}" y="${cy - 5}" width="${Math.round((b.x2 - b.x) * 10) / 10}" height="10" rx="3" fill="${color}" fill-opacity=".35" stroke="${color}"/>`
      : `<circle class="tl-mark tl-${kind}" data-n="${n}" cx="${b.x}" cy="${cy}" r="${n > 1 ? 7 : 5}" fill="${color}"/>`;
  const count = n > 1 && !b.bar ? `<text x="${b.x}" y="${cy + 3.5}" text-anchor="middle" fill="#fff" font-size="9" font-weight="700">${n > 99 ? '99+' : n}</text>` : '';
  const body = `${title}${shape}${count}`;
  return href ? `<a href="${h(href)}">${body}</a>` : `<g>${body}</g>`;
}

function arrow(a: { from: number; to: number; label: string; title: string; href: string | null }, cy: number, xOf: (d: number) => number, id: string, labelled: boolean, k: number): string {
  const x1 = xOf(a.from);
  const x2 = xOf(a.to);
  const lift = Math.min(ARROW_ROOM - 6, 8 + Math.abs(x2 - x1) / 10 + (k % 3) * 3);
  const mid = (x1 + x2) / 2;
  const path = `M${x1} ${cy - 6} Q${mid} ${cy - 6 - lift * 2} ${x2} ${cy - 6}`;
  const body = `<title>${h(a.title)}</title><path class="tl-arrow" d="${path}" fill="none" stroke="#8a4b00" stroke-width="1.6" marker-end="url(#${id}-ah)"/>${labelled ? `<text x="${mid}" y="${cy - 8 - lift}" text-anchor="middle" fill="#8a4b00" font-size="10">${h(clipLabel(a.label, 48))}</text>` : ''}`;
  return a.href ? `<a href="${h(a.href)}">${body}</a>` : `<g>${body}</g>`;
}

function clipLabel(s: string, n = 18): string {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
