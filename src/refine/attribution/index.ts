/**
 * Attribution as two pipeline stages, shared by quotes and claims: "cues" (findFrames: quotation
 * spans and every frame, cue + source phrase + content, outside quotations) and "sources"
 * (resolveSources: each frame's source resolved through the chains, and the outlet that carried it).
 */
import type { ParsedDoc, QuoteSpan } from '../../parse/types.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { sentenceFrames, type Frame } from './frames.js';
import { makeResolver, type Resolver } from './resolve.js';
import { makeOutletFinder } from './outlet.js';
import type { Chains } from '../chains/index.js';
import { FUNCTION_WORDS, SECTION_HEADINGS } from '../../rules/attribution/labels.js';
import type { Clauses } from '../../extract/clauses/index.js';

export type { Frame } from './frames.js';
export { cueSpan } from './frame-base.js';
export type { SourceRef } from './source-np.js';

/** Stage "cues": the quotation spans and every frame (cue + source phrase + content) per sentence, read from the text alone. */
export interface Frames {
  quotes: QuoteSpan[];
  /** frames per sentence index; a colon label is kept only where stage "sources" knows its name */
  frames: Frame[][];
}

/** Stage "sources": the frames whose source phrase stands, each resolved through the chains. */
export interface Attribution {
  quotes: QuoteSpan[];
  /** frames per sentence index */
  frames: Frame[][];
  resolver: Resolver;
  /** resolved source of a frame (memoized per document) */
  sourceOf(f: Frame): string | null;
  /** the outlet that carried the frame's words ("told the Ledger"), or null */
  outletOf(f: Frame): string | null;
}

export function findFrames(doc: ParsedDoc, trace: Trace = NO_TRACE, clauses: Clauses = []): Frames {
  const quotes = doc.quotes;
  const inQuote = insideAny(quotes);
  const frames = doc.sentences.map((s) => sentenceFrames(doc, s.index, trace, clauses).filter((f) => f.label || !inQuote(f.cueStart)));
  return { quotes, frames };
}

/** A transcript's all-caps name: capitals, spaces, periods, apostrophes, hyphens, two capitals in a row ("HALE:", "MS. HALE:"). */
const ALL_CAPS_NAME = /^(?=.*[A-Z]{2})[A-Z][A-Z .'-]+$/u;
/** Words no speaker label holds: section headings ("SUMMARY:") and function words. */
const NO_LABEL_WORDS: ReadonlySet<string> = new Set([...SECTION_HEADINGS, ...FUNCTION_WORDS]);

export function resolveSources(doc: ParsedDoc, found: Frames, chains: Chains, trace: Trace = NO_TRACE): Attribution {
  const resolver = makeResolver(doc, chains, trace);
  /** A speaker label is a person or another actor the text names, or a transcript's all-caps name ("HALE:"); a section heading ("SUMMARY:", "FOR FURTHER INFORMATION CONTACT:") is not. */
  const known = (f: Frame): boolean => {
    const words = f.source!.text.toLowerCase().split(/\s+/u);
    const named = chains.names.fullName(words[words.length - 1]!) !== undefined || chains.names.actorName(f.source!.text) !== undefined;
    return named || (ALL_CAPS_NAME.test(f.source!.text) && !words.some((w) => NO_LABEL_WORDS.has(w)));
  };
  const frames = found.frames.map((fs) => fs.filter((f) => !f.label || known(f)));
  const memo = new Map<Frame, string | null>();
  const sourceOf = (f: Frame): string | null => {
    if (!memo.has(f)) {
      const first = holderFrame(f);
      memo.set(f, first ? sourceOf(first) : resolver.resolve(f.source));
      throughChain(f);
    }
    return memo.get(f) ?? null;
  };
  /** "A spokeswoman for the Harbor Ministry said ... She added": a pronoun of a role's chain (chains.link.holder) is whom the role's own frame names. */
  const holderFrame = (f: Frame): Frame | undefined => {
    const chain = f.source ? chains.chainOf(f.source.start, f.source.end) : null;
    const m = chain?.holder ? chain.mentions[0] : undefined;
    return m && m.start < f.source!.start ? frames[m.sentence]?.find((g) => g.source !== null && g.source.start <= m.start && m.start < g.source.end) : undefined;
  };
  /** A pronoun or description source resolved through its chain: the link row joins the frame's explanation. */
  const throughChain = (f: Frame): void => {
    const ref = f.source;
    const m = trace.enabled && ref ? chains.mentionAt(ref.start, ref.end) : null;
    if (m?.chain && m.kind !== 'name' && m.chain.name === memo.get(f)) trace.add({ rule: m.rule, stage: 'chains', verdict: 'refine', start: f.cueStart, end: f.cueEnd, kind: 'source', text: `${m.text} = ${m.chain.name}` });
  };
  return { quotes: found.quotes, frames, resolver, sourceOf, outletOf: makeOutletFinder(doc, chains) };
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
