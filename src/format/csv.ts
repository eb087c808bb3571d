/**
 * `--format csv --items claims|quotes|actors|dates|deadlines`: one row per item, a header row once, the
 * input columns first so several inputs make one table. Written with csv-stringify (RFC 4180 quoting:
 * commas, quotes and embedded newlines in article text stay in their cell). Offsets follow `--offsets`.
 * Article text is untrusted: a text cell that starts with = + - @ (or a tab or CR) gets a leading ' so a
 * spreadsheet shows it instead of running it as a formula (numbers are left alone).
 */
import { stringify } from 'csv-stringify/sync';
import { withOffsets } from '../schema/offsets.js';
import { columnsOf, rowsOf } from './table.js';
import type { Formatter } from './types.js';

export const csv: Formatter = {
  name: 'csv',
  machine: true,
  header: (ctx) => stringify([columnsOf(ctx.items ?? 'claims')]),
  document: (doc, text, ctx) => stringify(rowsOf(withOffsets(doc, text, ctx.offsets ?? 'utf16'), ctx.items ?? 'claims'), { escape_formulas: true }),
  error: () => '', // a failed input has no rows; its error is on stderr
};
