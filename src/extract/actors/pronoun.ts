/**
 * A default-typed name that speaks and is then referred to as "he" or "she" is a person ("Marlow said
 * the plan would fail, and he promised to vote no"): the first personal pronoun after its speech
 * verb, within its sentence or the next, decides. "it"/"its" first keeps it an organization.
 */
import type { Group } from './group.js';
import { spaceOnly } from './span.js';
import type { Word } from './types.js';
import { bare, MEDIA_SUFFIX, NEUTER_PRONOUN, ORG_SUFFIX, PERSONAL_PRONOUN, SAY_VERB } from './wordsets.js';

const WINDOW = 25;
const MAX_WORDS = 3;

export function personsByPronoun(text: string, words: readonly Word[], groups: readonly Group[]): void {
  for (const g of groups) {
    if (g.type !== 'organization' || g.key || g.core.length > 0 || !g.members.every((m) => !m.sure && nameLike(words, m.from, m.to))) continue;
    const speaks = g.members.filter((m) => sayAt(text, words, m.from, m.to) >= 0);
    if (speaks.length === 0 || !speaks.some((m) => pronounAfter(words, sayAt(text, words, m.from, m.to)) === 'person')) continue;
    const full = g.members.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    g.type = 'person';
    g.sure = true;
    g.core = words.slice(full.from, full.to).map((w) => w.text);
  }
}

/** Up to three words, no organization or outlet suffix. */
function nameLike(words: readonly Word[], a: number, b: number): boolean {
  return b - a <= MAX_WORDS && !ORG_SUFFIX.has(bare(words[b - 1]!)) && !MEDIA_SUFFIX.has(bare(words[b - 1]!));
}

/** The index of a speech verb (no punctuation between) right after the name ("X said") or right before it ("said X"), or -1. */
function sayAt(text: string, words: readonly Word[], a: number, b: number): number {
  const next = words[b];
  if (next && spaceOnly(text, words[b - 1]!, next) && SAY_VERB.has(next.lower)) return b;
  const prev = words[a - 1];
  return prev && spaceOnly(text, prev, words[a]!) && SAY_VERB.has(prev.lower) ? b - 1 : -1;
}

function pronounAfter(words: readonly Word[], k: number): 'person' | 'thing' | null {
  const limit = words[k]!.sentence + 1;
  for (let j = k + 1; j < words.length && j - k <= WINDOW && words[j]!.sentence <= limit; j++) {
    if (PERSONAL_PRONOUN.has(words[j]!.lower)) return 'person';
    if (NEUTER_PRONOUN.has(words[j]!.lower)) return 'thing';
  }
  return null;
}
