import type { ChalkInstance } from 'chalk';
import type { ClaimsDoc, ErrorRecord, OffsetUnit } from '../schema/doc.js';
import type { ItemList } from './table.js';

/** What a formatter is given besides the document. Formatters never extract. */
export interface FormatContext {
  /** colors on (TTY, FORCE_COLOR) or off (piped, NO_COLOR, --no-color). JSON formats ignore it. */
  color: boolean;
  /** a chalk instance whose level already reflects `color` */
  chalk: ChalkInstance;
  /** how many inputs this run has (formatters may print a header per article when > 1) */
  inputs: number;
  /** the unit of offsets in machine output (json, jsonl, csv, labelstudio; default utf16) */
  offsets?: OffsetUnit;
  /** the item list of tabular output (csv; default claims) */
  items?: ItemList;
  /** "tiktok-claims 0.1.0", for outputs that name their generator */
  version?: string;
  /** terminal columns to wrap the terminal views to; null or absent: no wrapping (piped output) */
  width?: number | null;
}

/**
 * A formatter turns finished documents into text. Output is streamed: `header` once, then
 * `document` (or `error`) per input as it finishes, in input order, then `footer` once.
 */
export interface Formatter {
  name: string;
  /** true when the output is machine-readable (never colored) */
  machine: boolean;
  /** true when the output holds one article only (brat: one .ann file per article) */
  single?: boolean;
  header?(ctx: FormatContext): string;
  /** `text` is the original input text (for views that show the article itself). */
  document(doc: ClaimsDoc, text: string, ctx: FormatContext, index: number): string;
  /**
   * The same text as `document`, in pieces (formats whose output can be very large: json, jsonl), so a
   * large document's output is written piece by piece and never held whole (src/cli/apart.ts).
   */
  documentParts?(doc: ClaimsDoc, text: string, ctx: FormatContext, index: number): Iterable<string>;
  /** an input that could not be processed; formatters without it leave errors to stderr only */
  error?(rec: ErrorRecord, ctx: FormatContext, index: number): string;
  footer?(ctx: FormatContext): string;
}
