import type { Span } from './types.js';

/**
 * Balanced double-quotation pairs inside [span.start, span.end): curly “…”, straight "…" and the
 * `''…''` / ``…'' convention. Returned spans run from the opening mark to just past the closing one,
 * outermost pairs only, in text order. Unbalanced marks are ignored. One pass, linear.
 * Used by the sentence splitter so that a boundary never cuts a quotation apart.
 */
export function quotePairs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let openAt = -1;
  let openKind = '';
  let i = span.start;
  while (i < span.end) {
    const c = text[i]!;
    let mark = '';
    let len = 1;
    if (c === '\u201c' || c === '\u201d' || c === '"') mark = c;
    else if ((c === "'" || c === '`') && text[i + 1] === c) {
      mark = c === '`' ? '``' : "''";
      len = 2;
    }
    if (!mark) {
      i++;
      continue;
    }
    const opens =
      mark === '\u201c' || mark === '``' || ((mark === '"' || mark === "''") && opensAt(text, i, span.start));
    if (openAt < 0) {
      if (opens || mark === '"') {
        openAt = i;
        openKind = mark === '``' ? "''" : mark === '\u201c' ? '\u201d' : mark;
      }
    } else if (mark === openKind || (openKind === '\u201d' && mark === '"' && !opens)) {
      out.push({ start: openAt, end: i + len });
      openAt = -1;
    } else if (opens && mark === '\u201c') {
      openAt = i; // a new opening curly mark before the old one closed: the old one was unbalanced
      openKind = '\u201d';
    }
    i += len;
  }
  return out;
}

/** A straight mark opens a quotation when it follows a space, an opening bracket or the span start. */
function opensAt(text: string, i: number, start: number): boolean {
  if (i === start) return true;
  const p = text[i - 1]!;
  return /[\s(\[{\u2014\u2013:-]/u.test(p);
}
