/**
 * The outlet that carried a frame's words, named right after its cue ("told the Ledger", "said in an
 * interview with the Ledger"): a named mention of a media chain that one of the OUTLET_LINKS rows reaches.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { OUTLET_LINKS, type OutletCue } from '../../rules/attribution/phrases.js';
import type { Frame } from './frames.js';
import type { Chains } from '../chains/index.js';
import { DOUBLE_MARK_CHARS } from '../../parse/quote-marks.js';

const STOP_GAP = new RegExp(`[.;${DOUBLE_MARK_CHARS}]`, 'u');

const REACH = 70;

/** Does the frame's cue have every trait the link's cue names? */
const follows = (c: OutletCue, f: Frame): boolean => c.kind === f.kind && (c.speech === undefined || c.speech === f.speech) && (c.addressee === undefined || c.addressee === f.addressee) && (c.bare === undefined || c.bare === f.bare);

export type OutletFinder = (f: Frame) => string | null;

export function makeOutletFinder(doc: ParsedDoc, chains: Chains): OutletFinder {
  const mentions = chains.named.filter((m) => m.chain?.type === 'media').map((m) => ({ start: m.start, name: m.chain!.name }));
  return (f) => {
    const links = OUTLET_LINKS.filter((l) => follows(l.cue, f));
    if (links.length === 0) return null;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < f.cueEnd) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.start - f.cueEnd > REACH) break;
      const gap = doc.text.slice(f.cueEnd, m.start);
      if (STOP_GAP.test(gap)) break;
      if (links.some((l) => l.pattern.test(gap))) return m.name;
    }
    return null;
  };
}
