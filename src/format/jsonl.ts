import { withOffsets } from '../schema/offsets.js';
import type { Formatter } from './types.js';

/** JSON Lines: one compact object per input, one line each, streamed as each input finishes. Offsets follow --offsets. */
export const jsonl: Formatter = {
  name: 'jsonl',
  machine: true,
  document: (doc, text, ctx) => JSON.stringify(withOffsets(doc, text, ctx.offsets ?? 'utf16')) + '\n',
  error: (rec) => JSON.stringify(rec) + '\n',
};
