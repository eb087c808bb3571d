import type { Formatter } from './types.js';

/** JSON Lines: one compact object per input, one line each, streamed as each input finishes. */
export const jsonl: Formatter = {
  name: 'jsonl',
  machine: true,
  document: (doc) => JSON.stringify(doc) + '\n',
  error: (rec) => JSON.stringify(rec) + '\n',
};
