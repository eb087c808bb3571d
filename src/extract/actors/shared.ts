/**
 * Shared surnames: "Tomas and Mara Quaspel", "Robert and Rebekah Quaspel". A lone given name joined by "and"
 * to the full name right after it (rows of actors.shared-surname) takes that name's surname, so it merges
 * with a later "Tomas Quaspel" and is named by it.
 */
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { sharesSurname } from './boundary.js';
import type { Candidate, Word } from './types.js';

export function shareSurnames(doc: ParsedDoc, words: readonly Word[], cands: readonly Candidate[], trace: Trace): Candidate[] {
  return cands.map((c, k) => {
    const next = cands[k + 1];
    const pair = c.to - c.from === 1 && !!next?.person && next.from === c.to + 1 && next.to - next.from > 1;
    return pair && sharesSurname(doc, words, c.from, trace) ? withSurname(c, words[next.to - 1]!.text) : c;
  });
}

function withSurname(c: Candidate, surname: string): Candidate {
  return { ...c, type: 'person', person: true, sharedSurname: surname, canonical: `${c.text} ${surname}` };
}
