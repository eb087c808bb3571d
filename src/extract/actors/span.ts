/** Small word-span helpers shared by the scanners. */
import type { Word } from './types.js';

export const ENTITY_KINDS = ['name', 'capital', 'government', 'demonym'] as const;

export const spaceOnly = (text: string, a: Word, b: Word): boolean => /^[ \t]*$/u.test(text.slice(a.end, b.start)) && a.sentence === b.sentence;

export function mark(used: Uint8Array, from: number, to: number, v: number): void {
  for (let k = from; k < to; k++) used[k] = v;
}

export function span(text: string, words: readonly Word[], a: number, b: number): string {
  return text.slice(words[a]!.start, words[b - 1]!.end);
}
