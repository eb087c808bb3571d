/** Binary search over mentions in text order. */
import type { ChainMention } from './types.js';

/** Index of the last mention starting before `pos` (-1 if none). */
export function lastStartingBefore(ms: readonly ChainMention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
