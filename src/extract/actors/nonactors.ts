/**
 * Capitalized runs that are not actors (src/rules/actors/non-actors.ts): languages, religions,
 * disciplines, degrees, titles used alone, holidays, eras and codes as whole runs; events, awards and
 * works by their last word (trailing numerals aside: "World War II"); places by their last word.
 */
import { NON_ACTOR_ROWS, type NonActorRow } from '../../rules/actors/non-actors.js';
import type { Word } from './types.js';

const SETS = new Map<NonActorRow, ReadonlySet<string>>(NON_ACTOR_ROWS.map((r) => [r, new Set(r.words.map((x) => x.word))]));
const NUMERAL = /^(?:[IVX]+|\d+)\.?$/u;

/** The first non-actor row that holds for the run [a, b), or null. */
export function nonActor(words: readonly Word[], a: number, b: number): NonActorRow | null {
  const whole = words.slice(a, b).map((w) => w.lower).join(' ');
  let last = b - 1;
  while (last > a && NUMERAL.test(words[last]!.text)) last--;
  const tail = words[last]!.lower;
  for (const [row, set] of SETS) {
    if (row.at === 'whole' ? set.has(whole) || set.has(whole.replace(/\.$/u, '')) : b - a > 1 && (set.has(tail) || set.has(tail.replace(/\.$/u, '')))) return row;
  }
  return null;
}
