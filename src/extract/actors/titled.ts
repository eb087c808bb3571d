/**
 * Titled persons: a title or honorific before a capitalized name ("Sen. Jane Doe", "Mr. Doe",
 * "Speaker of the House Jane Doe"); the title and its modifiers are the role, not mentions.
 */
import { makeCandidate as cand } from './candidate.js';
import { matchAt } from './lexicon.js';
import { nameHyphen } from './runs.js';
import { roleStart } from './role.js';
import { ENTITY_KINDS, mark, spaceOnly, span } from './span.js';
import type { Candidate, Word } from './types.js';
import { bare, hasTag, HYPHEN_MODIFIER, MEDIA_SUFFIX, NOT_ACTOR, ORG_HEAD, ORG_SUFFIX, PARTICLES } from './wordsets.js';

const MAX_NAME = 4;

/** End (exclusive) of a person name starting at word s: capitalized words and particles. */
function nameEnd(text: string, words: readonly Word[], s: number): number {
  let k = s;
  while (k < words.length && k - s < MAX_NAME) {
    const w = words[k]!;
    if (k > s && (w.hyphen ? w.cap && !nameHyphen(words, k) : !spaceOnly(text, words[k - 1]!, w))) break;
    if (w.title || NOT_ACTOR.has(w.lower) || hasTag(w, ['Date', 'WeekDay', 'Month'])) break;
    const particle = k > s && PARTICLES.has(w.lower) && words[k + 1]?.cap === true;
    const syllable = k > s && w.hyphen && /^\p{Ll}{1,5}$/u.test(w.text) && !HYPHEN_MODIFIER.has(w.lower);
    if (!w.cap && !particle && !syllable) break;
    k++;
    if (w.poss) break;
  }
  return k;
}

export function titledPersons(text: string, words: readonly Word[], used: Uint8Array, out: Candidate[]): void {
  for (let j = 0; j < words.length; j++) {
    if (used[j] || words[j]!.title || words[j]!.headline) continue;
    const m = matchAt(words, j, ['title', 'honorific']);
    if (!m || words[j + m.len - 1]!.poss) continue;
    const s = j + m.len + ofBody(words, j + m.len);
    if (s >= words.length || !spaceOnly(text, words[s - 1]!, words[s]!)) continue;
    const e = nameEnd(text, words, s);
    if (e === s || !personName(words, j, s, e)) continue;
    const rs = m.entry.kind === 'honorific' ? j : roleStart(text, words, j);
    const role = m.entry.kind === 'honorific' ? null : span(text, words, rs, s);
    mark(used, rs, s, 1);
    mark(used, s, e, 2);
    out.push({ ...cand(text, words, s, e, 'person', 'actors.person.titled', { role, person: true, gender: m.entry.gender }), titled: span(text, words, rs, e) });
    j = e - 1;
  }
}

/** "Speaker of the House Jane Doe": the words of an "of" + known body after a title, or 0. */
function ofBody(words: readonly Word[], k: number): number {
  if (words[k]?.lower !== 'of' || words[k]!.sentence !== words[k - 1]!.sentence) return 0;
  const lex = matchAt(words, k + 1, ['name']);
  return lex ? 1 + lex.len : 0;
}

/** Is [s, e) a person's name after the title at j? Not a lexicon entity, not an organization. */
function personName(words: readonly Word[], j: number, s: number, e: number): boolean {
  const lex = matchAt(words, s, ENTITY_KINDS);
  if (lex && lex.len >= e - s) return false;
  const last = bare(words[e - 1]!);
  if (ORG_SUFFIX.has(last) || MEDIA_SUFFIX.has(last) || ORG_HEAD.has(bare(words[s]!))) return false;
  if (words[j]!.cap) return true;
  return e - s > 1 || hasTag(words[s]!, ['Person', 'FirstName', 'LastName']);
}

