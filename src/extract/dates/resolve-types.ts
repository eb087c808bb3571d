/** Types shared by the resolvers. */
import type { Ymd } from './calendar.js';
import type { Direction } from './tense.js';
import { REL_OFFSETS } from '../../rules/dates/lexicon.js';

export interface ResolveInput {
  groups: Record<string, string | undefined>;
  ref: Ymd | null;
  /** the tense the date points to (computed on demand) */
  dir: () => Direction;
  /** whether a future verb stands earlier in the sentence or no tense cue speaks at all (computed on demand) */
  ahead: () => boolean;
  /** a few characters of text before the match */
  before: string;
}
export type Value = string | null | undefined;
export type Resolver = (g: Record<string, string>, inp: ResolveInput) => Value;

export const low = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\.$/, '');

/** The occurrence a relative word names (-1 last, 0 this, +1 next: REL_OFFSETS), or undefined for none or another word. */
export const relOffset = (rel: string | undefined): -1 | 0 | 1 | undefined => REL_OFFSETS[low(rel)];
