/**
 * The owner of a thing that speaks: "according to WHO's statistics", "Per the WHO's Emergency Use Listing
 * framework", "according to the Harbor Institute's latest survey". A credit or a phrase that names only a
 * thing (statistics, a framework, a survey) is credited to the actor whose possessive name owns it, read
 * from the chains' named mentions (so a name the tagger misreads, "WHO's", is still a name).
 */
import { lastStartingBefore, type ParsedDoc, type Token } from '../../parse/types.js';
import type { ChainMention } from '../chains/index.js';
import type { SourceRef } from './source-ref.js';

/** Between a bare credit and its owner's name: nothing, or "the" ("according to the Harbor Institute's"). */
const TO_OWNER = /^\s+(?:the\s+)?$/iu;

export interface OwnerFinder {
  /** a bare credit that found no source phrase ("according to WHO's statistics"): the possessive actor right after it, else null */
  after(ref: SourceRef): string | null;
  /** a name phrase that names no participant, right after a possessive actor ("the WHO's Emergency Use Listing framework"): that actor, else null */
  before(ref: SourceRef): string | null;
}

/** `actors`: the chains' named mentions of actors, in text order. */
export function makeOwnerFinder(doc: ParsedDoc, actors: readonly ChainMention[], named: readonly ChainMention[]): OwnerFinder {
  const toks = doc.tokens;
  /** The actor whose named mention holds token t, a possessive ("WHO's", "Harbor Institute's"). */
  const owning = (t: Token | undefined): string | null => {
    const m = t?.poss ? actors[lastStartingBefore(actors, t.end)] : undefined;
    return m && m.end > t!.start && m.start <= t!.start ? m.chain!.name : null;
  };
  const after = (ref: SourceRef): string | null => {
    const m = actors[lastStartingBefore(actors, ref.end) + 1];
    const k = m && ref.text === '' && TO_OWNER.test(doc.text.slice(ref.end, m.start)) ? lastStartingBefore(toks, m.end) : -1;
    const [t, thing] = [toks[k], toks[k + 1]]; // what it owns is a thing, not a person ("WHO's statistics", not "WHO's Tedros")
    return t && thing && !thing.cap && thing.sentence === t.sentence ? owning(t) : null;
  };
  const before = (ref: SourceRef): string | null => {
    const t = toks[lastStartingBefore(toks, ref.start)];
    const inside = named[lastStartingBefore(named, ref.end)];
    const names = inside !== undefined && inside.end > ref.start;
    return t && !names && doc.text.slice(t.end, ref.start).trim() === '' ? owning(t) : null;
  };
  return { after, before };
}
