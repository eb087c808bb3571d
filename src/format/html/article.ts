/**
 * The article itself with every mark in place, as well-nested HTML. Every piece of text is escaped;
 * each mark is a <mark> whose first fragment is keyboard-focusable and whose tip shows on hover/focus.
 */
import { escapeAttr, escapeHtml } from './escape.js';
import { layer, type LayerEvent, type Mark } from './marks.js';

export function markedArticle(text: string, marks: readonly Mark[]): string {
  return layer(text.length, marks).map((e) => piece(e, text)).join('');
}

function piece(e: LayerEvent, text: string): string {
  if (e.type === 'text') return paragraphs(escapeHtml(text.slice(e.start, e.end)));
  if (e.type === 'close') return '</mark>';
  return openTag(e.mark, e.first);
}

function openTag(m: Mark, first: boolean): string {
  const cls = `mk k-${m.kind}${first ? '' : ' cont'}`;
  const said = escapeAttr(m.tip.replace(/\n/g, '; '));
  // only the first fragment of a split mark is a tab stop; all fragments show the tip on hover
  const focus = first ? ' tabindex="0"' : '';
  return `<mark class="${cls}" data-tip="${escapeAttr(m.tip)}" aria-description="${said}"${focus}>`;
}

/** A line break in the text starts a new paragraph: kept as a newline (white-space: pre-line) plus a small gap. */
function paragraphs(escaped: string): string {
  return escaped.replace(/\r?\n\s*/g, '\n<span class="gap" aria-hidden="true"></span>');
}
