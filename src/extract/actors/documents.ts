/**
 * Named documents are not actors: laws, treaties, lists, programs and reports ("the Clean Rivers Act",
 * "the Watch List", "the Treaty of Harlow"), and numbered parts of them ("Section 12", "Title IX").
 * A run of capitalized words that names one is skipped whole, with an "of ..." tail.
 */
import { lawSchool } from './runtests.js';
import { spaceOnly } from './span.js';
import type { Word } from './types.js';
import { bare, BODY_VERB, DOC_HEAD, DOC_HEAD_BODY, DOC_PART, hasTag, OF_TAIL_LINK, PERSON_TAGS } from './wordsets.js';

const NUMBER = /^(?:\d+[\p{L}]?|[IVXLC]+)[.,]?$/u;

/** A document part and its number ("Section 12", "Article IX"): the words' texts. */
export const documentPart = (part: string, number: string): boolean => DOC_PART.has(part.toLowerCase()) && NUMBER.test(number);
const MAX_TAIL = 6;

/** End (exclusive) of the document name whose capitalized run is [i, r), or 0 when it names none. */
export function documentEnd(text: string, words: readonly Word[], i: number, r: number): number {
  const w = words[i]!;
  const next = words[i + 1];
  if (next && spaceOnly(text, w, next) && documentPart(bare(w), next.text)) return Math.max(r, i + 2);
  const last = words[r - 1]!;
  if (r <= i || !DOC_HEAD.has(bare(last))) return 0;
  if (words.slice(i, r).some((x) => !x.cap) || words.slice(i, r - 1).some((x) => x.poss)) return 0;
  if (r - i === 1 && hasTag(w, [...PERSON_TAGS, 'Person'])) return 0;
  if (r - i === 2 && lawSchool(words, i, r)) return 0;
  const after = words[r];
  if (DOC_HEAD_BODY.has(bare(last)) && after && after.sentence === last.sentence && BODY_VERB.has(after.lower)) return 0;
  return ofTail(text, words, r);
}

/** "... Act of 1974", "Treaty of Harlow": the "of" tail after a document name, or r. */
function ofTail(text: string, words: readonly Word[], r: number): number {
  const of = words[r];
  if (!of || !OF_TAIL_LINK.has(of.lower) || !spaceOnly(text, words[r - 1]!, of)) return r;
  let k = r + 1;
  while (k < words.length && k - r <= MAX_TAIL && spaceOnly(text, words[k - 1]!, words[k]!) && (words[k]!.cap || /^\d/u.test(words[k]!.text))) k++;
  return k > r + 1 ? k : r;
}
