/**
 * Unquoted work titles: after "titled"/"entitled"/"headlined", or "called"/"named" right after a work
 * noun ("a study called Rivers Without Rain"), the run of capitalized words (with small joining words
 * inside) is the work's title; its words are flagged like quoted titles and yield no actors.
 */
import { WORK_NAME_CUES, WORK_NOUNS, WORK_TITLE_CUES } from '../../rules/actors/words.js';
import type { WordRow } from '../../rules/actors/types.js';
import { spaceOnly } from './span.js';
import type { Word } from './types.js';
import { WORK_TITLE_JOIN } from './wordsets.js';

const set = (rows: readonly WordRow[]): ReadonlySet<string> => new Set(rows.map((r) => r.word));
const TITLE_CUE = set(WORK_TITLE_CUES);
const NAME_CUE = set(WORK_NAME_CUES);
const WORK_NOUN = set(WORK_NOUNS);
const DATE_TAGS = ['Date', 'WeekDay', 'Month'];
const MAX_WORDS = 12;

export function markBareTitles(text: string, words: Word[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!cueAt(text, words, i)) continue;
    const end = titleEnd(text, words, i + 1);
    for (let k = i + 1; k < end; k++) words[k]!.title = true;
  }
}

function cueAt(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1]!;
  if (!next.cap || next.title || !spaceOnly(text, w, next)) return false;
  if (TITLE_CUE.has(w.lower)) return true;
  const prev = words[i - 1];
  return NAME_CUE.has(w.lower) && !!prev && WORK_NOUN.has(prev.lower) && spaceOnly(text, prev, w);
}

/** End (exclusive) of the title starting at j: the last capitalized word before a stop. */
function titleEnd(text: string, words: readonly Word[], j: number): number {
  let last = j;
  for (let k = j; k < words.length && k - j < MAX_WORDS; k++) {
    const w = words[k]!;
    if (k > j && !spaceOnly(text, words[k - 1]!, w)) break;
    if (w.cap && !DATE_TAGS.some((t) => w.tags.has(t))) last = k + 1;
    else if (!WORK_TITLE_JOIN.has(w.lower)) break;
  }
  return last;
}
