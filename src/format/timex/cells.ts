/**
 * A TimeML value as each human format shows it: the value itself, and its readable label beside it where
 * one is needed (label.ts). Machine formats never call these: their value stays the bare TimeML string.
 */
import type { ChalkInstance } from 'chalk';
import { escapeHtml as h } from '../html/escape.js';
import { timexLabel } from './label.js';

/** Values an HTML `<time datetime>` accepts (a year, month, day, ISO week or duration); others ("195", "2025-SU") get none. */
const HTML_DATETIME = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?|P\d{1,4}[WD]|PT\d{1,4}[HMS])$/u;

const plainValue = (value: string | null): string => {
  const label = timexLabel(value);
  return label ? `${value} (${label})` : (value ?? '—');
};

/** The width of a terminal value column that holds these values with their labels (at least 10). */
export const valueWidth = (values: readonly (string | null)[]): number => values.reduce((w, v) => Math.max(w, plainValue(v).length), 10);

/** The terminal column: value, dim "(label)", padded to `width` visible characters. */
export function prettyValue(value: string | null, c: ChalkInstance, style: (s: string) => string = (s) => s, width = 10): string {
  const label = timexLabel(value);
  const pad = ' '.repeat(Math.max(0, width - plainValue(value).length));
  return style(value ?? '—') + (label ? c.dim(` (${label})`) : '') + pad;
}

/** The markdown cell: `195` (1950s); an unresolved value in italics. */
export function markdownValue(value: string | null): string {
  if (!value) return '_unresolved_';
  const label = timexLabel(value);
  return `\`${value.replace(/`/g, '')}\`` + (label ? ` (${label})` : '');
}

/** The HTML: <time> with the value (a datetime attribute where HTML accepts the value) and the label beside it. */
export function htmlValue(value: string | null): string {
  if (!value) return '<time>unresolved</time>';
  const label = timexLabel(value);
  const attr = HTML_DATETIME.test(value) ? ` datetime="${h(value)}"` : '';
  return `<time${attr}>${h(value)}</time>` + (label ? `<span class="vlabel">${h(label)}</span>` : '');
}
