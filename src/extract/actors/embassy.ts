/**
 * "the Freedonian Embassy in Ruritania", "the Freedonian Trade Ministry", "the U.S. Embassy in Doeland", "the
 * U.N. Mission in Doeland": a demonym, or a country's or a body's name (scan.ts namedBody), before an
 * institution noun (DEMONYM_BODY_HEADS) names that country's or body's own office, an organization; the first
 * name stays in the name, and so does "in <Place>" after an embassy, a consulate or a mission. Keyed by demonym and head, so a
 * later "the Freedonian Embassy" joins it.
 */
import { DEMONYM_BODY_HEADS, POSTED_BODY_HEADS, POSTED_BODY_LINKS } from '../../rules/actors/words.js';
import { makeCandidate } from './candidate.js';
import type { Match } from './lexicon.js';
import { runEnd } from './runs.js';
import type { Candidate, Word } from './types.js';
import { bare } from './wordsets.js';

const HEADS = DEMONYM_BODY_HEADS.map((r) => r.word.split(' ')).sort((x, y) => y.length - x.length);
/** Heads that take "in <Place>" into the name (row words actors posted-body). */
const POSTED = new Set(POSTED_BODY_HEADS.map((r) => r.word));
/** The link before the place (row words actors posted-link). */
const POSTED_LINK = new Set(POSTED_BODY_LINKS.map((r) => r.word));

/** Words [i, end) of a demonym body starting at the demonym i (lexicon match m), or null. */
export function demonymBody(text: string, words: readonly Word[], i: number, m: Match, used: Uint8Array): Candidate | null {
  const h = i + m.len;
  const head = HEADS.find((hw) => hw.every((x, k) => {
    const w = words[h + k];
    return !!w && w.cap && !used[h + k] && w.sentence === words[i]!.sentence && bare(w) === x;
  }));
  if (!head) return null;
  let end = h + head.length;
  const next = words[end + 1];
  if (POSTED.has(head[0]!) && POSTED_LINK.has(words[end]?.lower ?? '') && next?.cap && next.sentence === words[i]!.sentence && !used[end + 1]) {
    end = runEnd(text, words, end + 1, used);
  }
  const key = `organization:body:${m.entry.key}:${head.join(' ')}`;
  return makeCandidate(text, words, i, end, 'organization', 'actors.org.demonym-body', { key });
}
