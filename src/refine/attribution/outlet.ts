/**
 * The outlet that carried a frame's words, named right after its cue ("told the Ledger", "said in an
 * interview with the Ledger"): a media actor's mention that one of the OUTLET_LINKS rows reaches.
 */
import type { Actor } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { OUTLET_LINKS } from '../../rules/attribution/phrases.js';
import type { Frame } from './frames.js';
import { DOUBLE_MARK_CHARS } from '../../parse/quote-marks.js';

const STOP_GAP = new RegExp(`[.;${DOUBLE_MARK_CHARS}]`, 'u');

const REACH = 70;

export type OutletFinder = (f: Frame) => string | null;

export function makeOutletFinder(doc: ParsedDoc, actors: readonly Actor[]): OutletFinder {
  const mentions = actors
    .filter((a) => a.type === 'media')
    .flatMap((a) => a.mentions.map((m) => ({ start: m.start, name: a.name })))
    .sort((x, y) => x.start - y.start);
  return (f) => {
    const links = OUTLET_LINKS.filter((l) => l.cues.includes(f.rule));
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
