/** Build a candidate mention over words [a, b). */
import type { ActorType } from '../../schema/doc.js';
import type { Basis, Candidate, Word } from './types.js';

export interface Extra {
  role?: string | null;
  person?: boolean;
  gender?: 'male' | 'female' | null;
  sure?: boolean;
  key?: string | null;
  canonical?: string | null;
  basis?: Basis;
}

export function makeCandidate(text: string, words: readonly Word[], a: number, b: number, type: ActorType, rule: string, x: Extra = {}): Candidate {
  const start = words[a]!.start;
  const end = words[b - 1]!.end;
  return {
    from: a, to: b, start, end, text: text.slice(start, end), type, rule, basis: x.basis ?? 'other', key: x.key ?? null, canonical: x.canonical ?? null,
    role: x.role ?? null, person: x.person ?? false, gender: x.gender ?? null, sure: x.sure ?? true, titled: null,
  };
}
