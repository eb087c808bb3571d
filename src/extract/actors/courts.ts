/**
 * Federal appeals circuits: an ordinal, "U.S." and "Circuit" with its "Court of Appeals" tail name one
 * court ("the 8th U.S. Circuit Court of Appeals", later "the 8th Circuit"); keyed by the ordinal so the
 * short and long forms are one actor, named by the longest.
 */
import { ORDINAL_WORDS } from '../../rules/dates/lexicon.js';
import { CIRCUIT_WORDS } from '../../rules/actors/words.js';
import { CIRCUIT_COUNTRY_WORDS } from '../../rules/actors/function-words.js';
import { makeCandidate } from './candidate.js';
import { runEnd } from './runs.js';
import type { Candidate, Word } from './types.js';

const CIRCUIT = new Set(CIRCUIT_WORDS.map((r) => r.word));
const CIRCUIT_COUNTRY = new Set(CIRCUIT_COUNTRY_WORDS.map((r) => r.word));
const ORDINAL = /^(?<n>\d{1,2})(?:st|nd|rd|th)$/u;

const ORDINALS = new Map(Object.entries(ORDINAL_WORDS));

/** Called on every word: the regex only runs on a word that starts with a digit. */
function ordinal(w: Word): number | null {
  const c = w.lower.charCodeAt(0);
  if (c < 48 || c > 57) return ORDINALS.get(w.lower) ?? null;
  const m = ORDINAL.exec(w.lower);
  return m ? Number(m.groups!.n) : null;
}

/** The circuit court named from word i (an ordinal), or null. */
export function circuitAt(text: string, words: readonly Word[], i: number, used: Uint8Array): Candidate | null {
  const n = ordinal(words[i]!);
  if (n === null || used[i]) return null;
  let k = i + 1;
  if (CIRCUIT_COUNTRY.has(words[k]?.lower ?? '')) k++;
  const c = words[k];
  if (!c || !c.cap || !CIRCUIT.has(c.lower) || c.sentence !== words[i]!.sentence || used[k]) return null;
  const end = runEnd(text, words, k, used);
  return makeCandidate(text, words, i, Math.max(end, k + 1), 'organization', 'actors.org.circuit-court', { key: `organization:circuit:${n}` });
}
