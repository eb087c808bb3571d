/**
 * Quotation spans: THE scanner for every mark (straight, curly, « » ‹ › „ ‚, `''`/``` `` ```), run once
 * by `parse()` into `doc.quotes`; the sentence splitter and every stage read that one list.
 * One pass over the marks of each paragraph with a stack per paragraph.
 * A paragraph that leaves a quotation open is closed at its end when the next paragraph opens with
 * a mark of the same family (the multi-paragraph convention; a single one only where it opens its
 * paragraph or a sentence, or follows a comma or colon); other unbalanced marks are dropped,
 * so an unbalanced mark never swallows the rest of the article.
 */
import type { QuoteSpan, Span } from './types.js';
import { DASH_CHARS, LEADING_ELISIONS, MAX_SINGLE_QUOTE_CHARS, QUOTE_MARKS, type QuoteMark } from './quote-marks.js';

interface Open {
  at: number;
  len: number;
  mark: QuoteMark;
}

const BY_FIRST = new Map<string, QuoteMark[]>();
for (const m of [...QUOTE_MARKS].sort((a, b) => b.mark.length - a.mark.length)) {
  BY_FIRST.set(m.mark[0]!, [...(BY_FIRST.get(m.mark[0]!) ?? []), m]);
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const SPACE_OR_OPEN = new RegExp(`[\\s([{${DASH_CHARS}/\\u201c"-]`, 'u');
const isSpaceOrOpen = (c: string | undefined): boolean => c === undefined || SPACE_OR_OPEN.test(c);

/** Every quotation span of the text, paragraph by paragraph (`paragraphs` in text order), sorted by opening mark. */
export function scanQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((p, index) => {
    const stack: Open[] = [];
    let i = p.start;
    while (i < p.end) {
      const m = markAt(text, i);
      if (!m) {
        i++;
        continue;
      }
      const len = m.mark.length;
      const role = decide(text, i, len, m, stack);
      if (role === 'close') {
        const k = findOpen(stack, m.family, i);
        if (k >= 0) {
          const o = stack[k]!;
          stack.length = k;
          push(out, text, o, i, i + len, k > 0, true);
        }
      } else if (role === 'open') stack.push({ at: i, len, mark: m });
      i += len;
    }
    const open = stack.find((o) => o.mark.family === 'double') ?? stack.find((o) => o.mark.family === 'single' && carriesOn(text, p.start, o.at));
    if (open && (nextOpensQuote(text, paragraphs[index + 1], open.mark.family) || runsToEnd(text, p, open))) push(out, text, open, p.end, p.end, false, false);
  });
  return out.sort((a, b) => a.outerStart - b.outerStart);
}

function markAt(text: string, i: number): QuoteMark | null {
  for (const m of BY_FIRST.get(text[i]!) ?? []) if (text.startsWith(m.mark, i)) return m;
  return null;
}

/** Open, close or neither, from the mark's own role and the characters around it. */
function decide(text: string, i: number, len: number, m: QuoteMark, stack: Open[]): 'open' | 'close' | null {
  const prev = text[i - 1];
  const next = text[i + len];
  const hasOpen = stack.some((o) => o.mark.family === m.family);
  if (m.alsoCloses && top(stack)?.mark.mark === m.alsoCloses) return 'close';
  if (m.family === 'single') {
    if (isWordChar(prev) && isWordChar(next)) return null; // don't, Xi's
    if (m.role === 'open') return 'open';
    if (isSpaceOrOpen(prev) && isWordChar(next) && !LEADING_ELISIONS.test(text.slice(i, i + 6))) return 'open';
    if (!hasOpen) return null;
    return isSpaceOrOpen(next) || /[.,;:!?)\u201d"'\u2019]/u.test(next ?? ' ') ? 'close' : null;
  }
  if (m.role === 'open' && hasOpen && m.family === 'double' && misusedCloser(prev, next)) return 'close'; // “abhorrent“ in, “We won. “ at a paragraph's end
  if (m.role !== 'either') return m.role;
  if (hasOpen && !(isSpaceOrOpen(prev) && isWordChar(next))) return 'close';
  if (hasOpen && top(stack)?.mark.family === 'double') return 'close';
  if (isSpaceOrOpen(prev) || i === 0) return 'open';
  if (!hasOpen && (next === undefined || /[\s.,;:!?)]/u.test(next))) return null; // a stray closing mark
  return hasOpen ? 'close' : 'open';
}

const top = (stack: Open[]): Open | undefined => stack[stack.length - 1];

/** The innermost open mark of the family; a single quotation open for too long is given up. */
function findOpen(stack: Open[], family: string, at: number): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k]!;
    if (o.mark.family !== family) continue;
    if (family === 'single' && at - o.at > MAX_SINGLE_QUOTE_CHARS) return -1;
    return k;
  }
  return -1;
}

function nextOpensQuote(text: string, next: Span | undefined, family: string): boolean {
  if (!next) return false;
  const m = markAt(text, next.start);
  return m !== null && m.family === family && m.role !== 'close' && (family === 'double' || isWordChar(text[next.start + m.mark.length]));
}

/**
 * An opening mark written where a closing one belongs: right after a word or punctuation and before
 * a space, punctuation or the paragraph's end ("called it “abhorrent“ in"), or alone before the
 * paragraph's end ("We won. “").
 */
function misusedCloser(prev: string | undefined, next: string | undefined): boolean {
  return next === undefined || next === '\n' || (!isSpaceOrOpen(prev) && /[\s.,;:!?)]/u.test(next));
}

/**
 * A double quotation left open that opened its paragraph or a sentence, in a paragraph that ends a
 * sentence, runs to the paragraph's end: the closing mark was left out ('"Realistically, this is our
 * chance.' as the paragraph's last words). One opened inside a sentence ('said "the plan') is dropped.
 */
function runsToEnd(text: string, p: Span, o: Open): boolean {
  return o.mark.family === 'double' && (o.at === p.start || /[.!?]["\u201d']?\s$/u.test(text.slice(Math.max(p.start, o.at - 3), o.at))) && /[.!?\u2026]["\u201d']?\s*$/u.test(text.slice(Math.max(o.at, p.end - 4), p.end));
}

/** A single quotation left open is carried on only when it opens its paragraph or follows a colon or comma: "'We will,' she said. 'More words". */
function carriesOn(text: string, paraStart: number, at: number): boolean {
  return at === paraStart || /[,:]\s$|[.!?]\s$/u.test(text.slice(Math.max(paraStart, at - 2), at));
}

function push(out: QuoteSpan[], text: string, o: Open, c: number, cend: number, nested: boolean, closed: boolean): void {
  let s = o.at + o.len;
  let e = c;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, outerStart: o.at, outerEnd: cend, mark: o.mark.mark, family: o.mark.family, nested, closed });
}
