/**
 * Attribution for one document, computed once and shared by quotes and claims: the quotation
 * spans, every frame (cue + source + content) outside quotations, and a source resolver.
 */
import type { Actor } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { sentenceAt } from '../../parse/types.js';
import { scanQuotes, type QuoteSpan } from '../../extract/quotes/scan.js';
import { sentenceFrames, type Frame } from './frames.js';
import { makeResolver, type Resolver } from './resolve.js';
import { makeOutletFinder } from './outlet.js';

export type { Frame } from './frames.js';
export type { SourceRef } from './source-np.js';

export interface Attribution {
  quotes: QuoteSpan[];
  /** frames per sentence index */
  frames: Frame[][];
  resolver: Resolver;
  /** resolved source of a frame (cached) */
  sourceOf(f: Frame): string | null;
  /** the outlet that carried the frame's words ("told the Ledger"), or null */
  outletOf(f: Frame): string | null;
}

const cache = new WeakMap<ParsedDoc, { actors: readonly Actor[]; value: Attribution }>();

export function attribution(doc: ParsedDoc, actors: readonly Actor[]): Attribution {
  const hit = cache.get(doc);
  if (hit && hit.actors === actors) return hit.value;
  const quotes = scanQuotes(doc);
  const inQuote = insideAny(quotes);
  const resolver = makeResolver(doc, actors);
  const known = (f: Frame): boolean => /^[A-Z][A-Z .'-]+$/u.test(f.source!.text) || resolver.people.bySurname.has(f.source!.text.split(' ').pop()!.toLowerCase());
  const keep = (f: Frame): boolean => (f.rule === 'colon.label' ? known(f) : !inQuote(f.cueStart));
  const frames = doc.sentences.map((s) => sentenceFrames(doc, s.index).filter(keep));
  const memo = new Map<Frame, string | null>();
  const sourceOf = (f: Frame): string | null => {
    if (!memo.has(f)) memo.set(f, resolver.resolve(f.source) ?? previousSpeaker(f));
    return memo.get(f) ?? null;
  };
  /** "He said ..." opening a sentence the people list cannot resolve: the named source of the sentence before. */
  const previousSpeaker = (f: Frame): string | null => {
    if (f.source?.kind !== 'pronoun' || !/^(?:he|she)$/iu.test(f.source.text)) return null;
    const s = sentenceAt(doc, f.source.start);
    if (doc.tokens[doc.sentences[s]!.firstToken]?.start !== f.source.start || s === 0) return null;
    const named = new Set((frames[s - 1] ?? []).filter((p) => p.source?.kind === 'name').map(sourceOf));
    return named.size === 1 ? [...named][0]! : null;
  };
  const value: Attribution = { quotes, frames, resolver, sourceOf, outletOf: makeOutletFinder(doc, actors) };
  cache.set(doc, { actors, value });
  return value;
}

/** A test "is offset inside a (top-level) quotation", by binary search over sorted spans. */
function insideAny(quotes: QuoteSpan[]): (pos: number) => boolean {
  const top = quotes.filter((q) => !q.nested);
  return (pos) => {
    let lo = 0;
    let hi = top.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = top[mid]!;
      if (pos < q.outerStart) hi = mid - 1;
      else if (pos >= q.outerEnd) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
