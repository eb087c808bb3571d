import { withOffsets } from '../schema/offsets.js';
import { jsonParts } from './json-parts.js';
import type { Formatter } from './types.js';

/** JSON Lines: one compact object per input, one line each, streamed as each input finishes. Offsets follow --offsets. */
export const jsonl: Formatter = {
  name: 'jsonl',
  machine: true,
  document: (doc, text, ctx, index) => [...jsonl.documentParts!(doc, text, ctx, index)].join(''),
  *documentParts(doc, text, ctx) {
    yield* jsonParts(withOffsets(doc, text, ctx.offsets ?? 'utf16') as unknown as Record<string, unknown>);
    yield '\n';
  },
  error: (rec) => JSON.stringify(rec) + '\n',
};
