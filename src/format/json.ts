import { withOffsets } from '../schema/offsets.js';
import { jsonParts } from './json-parts.js';
import type { Formatter } from './types.js';

/** One JSON object for one input; a JSON array of documents (and error records) for several. */
export const json: Formatter = {
  name: 'json',
  machine: true,
  header: (ctx) => (ctx.inputs > 1 ? '[\n' : ''),
  document: (doc, text, ctx, index) => [...json.documentParts!(doc, text, ctx, index)].join(''),
  *documentParts(doc, text, ctx, index) {
    yield sep(ctx.inputs, index);
    yield* jsonParts(withOffsets(doc, text, ctx.offsets ?? 'utf16') as unknown as Record<string, unknown>, '  ');
  },
  error: (rec, ctx, index) => (ctx.inputs > 1 ? sep(ctx.inputs, index) + JSON.stringify(rec, null, 2) : ''),
  footer: (ctx) => (ctx.inputs > 1 ? '\n]\n' : '\n'),
};

function sep(inputs: number, index: number): string {
  return inputs > 1 && index > 0 ? ',\n' : '';
}
