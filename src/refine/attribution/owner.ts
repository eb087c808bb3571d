/**
 * The owner of a thing that speaks: "according to WHO's statistics", "Per the WHO's Emergency Use Listing
 * framework", "according to the Harbor Institute's latest survey". A credit or a phrase that names only a
 * thing is read at the possessive name that owns it, from the chains' named mentions (so a name the tagger
 * misreads, "WHO's", is still a name): a work (statistics, a survey) is its owner, any other thing keeps its
 * phrase ("according to Voss's memoir"), by the rows of table sources.owned (src/rules/chains/sources.ts),
 * which the group path ("Acme's annual report said", group.ts) reads too; a named thing ("the WHO's Emergency
 * Use Listing framework") is its owner.
 */
import { lastStartingBefore, type ParsedDoc, type Token } from '../../parse/types.js';
import type { ChainMention } from '../chains/index.js';
import type { SourceRef } from './source-ref.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { decide, sentenceRange, type Decision } from '../../engine/decide.js';
import { OWNED_LEXICONS, OWNED_TABLE, type OwnedSource } from '../../rules/chains/sources.js';

/** Between a bare credit and its owner's name: nothing, or "the" ("according to the Harbor Institute's"). */
const TO_OWNER = /^\s+(?:the\s+)?$/iu;

export interface OwnerFinder {
  /** a bare credit that found no source phrase ("according to WHO's statistics"): the possessive actor right after it or the phrase of what it owns, else null */
  after(ref: SourceRef): string | null;
  /** a name phrase that names no participant, right after a possessive actor ("the WHO's Emergency Use Listing framework"): that actor, else null */
  before(ref: SourceRef): string | null;
}

/** `actors`: the chains' named mentions of actors, in text order. */
export function makeOwnerFinder(doc: ParsedDoc, actors: readonly ChainMention[], named: readonly ChainMention[], trace: Trace = NO_TRACE): OwnerFinder {
  const toks = doc.tokens;
  const owned = (k: number): Decision<OwnedSource> | null => ownedAt(doc, k, trace);
  /** The actor whose named mention holds token t, a possessive ("WHO's", "Harbor Institute's"). */
  const owning = (t: Token | undefined): string | null => {
    const m = t?.poss ? actors[lastStartingBefore(actors, t.end)] : undefined;
    return m && m.end > t!.start && m.start <= t!.start ? m.chain!.name : null;
  };
  const after = (ref: SourceRef): string | null => {
    const m = actors[lastStartingBefore(actors, ref.end) + 1];
    const k = m && ref.text === '' && TO_OWNER.test(doc.text.slice(ref.end, m.start)) ? lastStartingBefore(toks, m.end) : -1;
    const d = k >= 0 ? owned(k) : null; // what it owns is a thing, not a person ("WHO's statistics", not "WHO's Tedros")
    return d && !d.value.owner ? doc.text.slice(m!.start, toks[d.match.end - 1]!.end) : d ? owning(toks[k]) : null;
  };
  const before = (ref: SourceRef): string | null => {
    const t = toks[lastStartingBefore(toks, ref.start)];
    const inside = named[lastStartingBefore(named, ref.end)];
    const names = inside !== undefined && inside.end > ref.start;
    return t && !names && doc.text.slice(t.end, ref.start).trim() === '' ? owning(t) : null;
  };
  return { after, before };
}

/** The sources.owned row that decides what the thing owned by the possessive token k is as a source, or null. */
export function ownedAt(doc: ParsedDoc, k: number, trace: Trace = NO_TRACE): Decision<OwnedSource> | null {
  return decide(OWNED_TABLE, { first: k, end: k + 1 }, { doc, range: sentenceRange(doc, doc.tokens[k]!.sentence), env: { lexicons: OWNED_LEXICONS }, trace, kind: 'source' });
}
