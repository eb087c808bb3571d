/**
 * Offsets in another unit. A document's offsets are UTF-16 code units (JavaScript's `text.slice`); Python,
 * brat and the W3C Web Annotation model count Unicode code points, which differ after every astral
 * character (emoji, some CJK, math letters). `withOffsets(doc, text, 'codepoint')` converts every offset
 * field (`start`, `end`, `cueStart`, `cueEnd`, at any depth) and `input.chars`, and sets `input.offsets`,
 * so `[...text].slice(start, end).join('')` (Python: `text[start:end]`) gives each item back. Linear in
 * the text and the document.
 */
import type { ClaimsDoc, OffsetUnit } from './doc.js';

/** Every field that holds an offset into the input, wherever it appears in a document. */
export const OFFSET_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'cueStart', 'cueEnd']);

/** A map from UTF-16 index to code-point index (an index inside a surrogate pair maps to its character). */
export function codepointMap(text: string): (utf16: number) => number {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[Math.max(0, Math.min(i, text.length))]!;
}

/** The document with its offsets in `unit` (a copy; the input document is not changed). */
export function withOffsets(doc: ClaimsDoc, text: string, unit: OffsetUnit): ClaimsDoc {
  if (unit === doc.input.offsets) return doc;
  if (doc.input.offsets !== 'utf16') throw new Error(`cannot convert ${doc.input.offsets} offsets`);
  const to = codepointMap(text);
  const { stats, ...rest } = doc;
  const converted = convert(rest, to) as Omit<ClaimsDoc, 'stats'>;
  return { ...converted, stats, input: { ...converted.input, chars: to(text.length), offsets: unit } };
}

function convert(value: unknown, to: (i: number) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, to));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = OFFSET_FIELDS.has(k) && typeof v === 'number' ? to(v) : convert(v, to);
  return out;
}
