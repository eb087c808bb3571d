import type { Span } from './types.js';

/**
 * Paragraphs: blocks of text separated by line breaks. A line break inside a block is kept
 * inside the paragraph only when it wraps a sentence (the line does not end a sentence and the
 * next line starts in lower case); otherwise every line is its own paragraph (news text puts one
 * paragraph per line; headlines and bullets have no full stop).
 * Spans are trimmed of surrounding whitespace. Linear in the text length.
 */
export function splitParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const out: Span[] = [];
  let cur: Span | null = null;
  for (const line of lines) {
    const t = trim(text, line);
    if (!t) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur && wraps(text, cur, t)) cur.end = t.end;
    else {
      if (cur) out.push(cur);
      cur = { ...t };
    }
  }
  if (cur) out.push(cur);
  return out;
}

const LINE_END_FINAL = /[.!?:;\u2026"'\u201d\u2019)\]]$/u;
const LINE_START_LOWER = /^[a-z(,]/u;

/** A line continues the previous one when it looks like a hard-wrapped sentence. */
function wraps(text: string, prev: Span, next: Span): boolean {
  const prevTail = text.slice(Math.max(prev.start, prev.end - 1), prev.end);
  const nextHead = text.slice(next.start, next.start + 1);
  return !LINE_END_FINAL.test(prevTail) && LINE_START_LOWER.test(nextHead);
}

/** The span without leading/trailing whitespace (including NBSP, CR and BOM), or null when empty. */
export function trim(text: string, s: Span): Span | null {
  let a = s.start;
  let b = s.end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return a < b ? { start: a, end: b } : null;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}
