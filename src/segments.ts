/**
 * Long inputs in segments: a text longer than SEGMENTED_ABOVE characters is analyzed in segments of
 * about SEGMENT_CHARS, cut at paragraph breaks, one after the other, and the documents are joined
 * into one. Memory then grows with a segment (its tokens, clauses, chains and compromise's garbage are
 * released before the next) and with the results, not with the whole text; cost stays linear.
 * What changes against one whole-text analysis: nothing links across a cut (a pronoun, a chain, a
 * quotation carried on over a paragraph break), and actors of different segments are one actor when
 * they have the same canonical name and type (the first segment's mention leads). The reference date
 * is found in the first segment (the first lines), and every later segment resolves against it.
 */
import { Trace } from './engine/trace.js';
import { linkActorIds } from './refine/actor-ids.js';
import type { Actor, ClaimsDoc } from './schema/doc.js';

/** Texts longer than this are analyzed in segments (news articles are far shorter: a few 10 KB at most). */
export const SEGMENTED_ABOVE = 512 * 1024;
/** The length a segment aims at (it ends at the last paragraph break before, else line break, else space). */
export const SEGMENT_CHARS = 256 * 1024;

/** What analyzing one segment needs: its text, the reference date found so far, a trace to fill. */
export type AnalyzeSegment = (text: string, referenceDate: string | null | undefined, trace: Trace | undefined) => ClaimsDoc;

/** Segment boundaries [start, end) covering the text: cuts after a blank line, else a line break, else a space. */
export function segmentSpans(text: string, size = SEGMENT_CHARS): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const half = start + (size >> 1);
    let cut = breakAfter(text, '\n\n', limit, half);
    if (cut < 0) cut = breakAfter(text, '\n', limit, half);
    if (cut < 0) cut = breakAfter(text, ' ', limit, half);
    if (cut < 0) cut = limit;
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--; // never inside a surrogate pair
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The offset just after the last `mark` that ends by `limit` and after `half`; -1 when none. */
function breakAfter(text: string, mark: string, limit: number, half: number): number {
  const at = text.lastIndexOf(mark, limit - mark.length);
  return at < half ? -1 : at + mark.length;
}

/**
 * Analyze `text` segment by segment with `one` and join the documents: offsets, sentence and paragraph
 * indexes shifted into the whole text, actors of one name and type joined, ids given once at the end.
 * `trace` (a caller's) receives every segment's events, shifted.
 */
export function analyzeInSegments(text: string, spans: ReadonlyArray<{ start: number; end: number }>, given: string | null | undefined, trace: Trace | undefined, one: AnalyzeSegment): ClaimsDoc {
  let joined: ClaimsDoc | null = null;
  let referenceDate = given;
  const actors = new ActorJoin();
  for (const span of spans) {
    const local = trace ? new Trace(trace.enabled) : undefined;
    const part = one(text.slice(span.start, span.end), referenceDate, local);
    for (const e of local?.events ?? []) trace!.add({ ...e, start: e.start + span.start, end: e.end + span.start });
    referenceDate ??= part.input.referenceDate ?? undefined;
    const shifted = shift(part, span.start, joined?.sentences.length ?? 0, joined?.stats.paragraphs ?? 0);
    actors.add(shifted.actors);
    joined = joined ? append(joined, shifted) : shifted;
  }
  const doc = joined!;
  const linked = linkActorIds(actors.list(), doc.quotes, doc.claims);
  return {
    ...doc,
    input: { ...doc.input, bytes: doc.input.bytes, chars: text.length, ...(doc.input.text !== undefined ? { text } : {}) },
    actors: linked.actors,
    quotes: linked.quotes,
    claims: linked.claims,
  };
}

interface At {
  start: number;
  end: number;
  sentence: number;
}

/** One segment's document with its offsets moved by `by`, its sentence indexes by `sentences`, its paragraphs by `paragraphs`. */
function shift(doc: ClaimsDoc, by: number, sentences: number, paragraphs: number): ClaimsDoc {
  const at = <T extends At>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by, sentence: x.sentence + sentences });
  return {
    ...doc,
    sentences: doc.sentences.map((s) => ({ ...s, index: s.index + sentences, paragraph: s.paragraph + paragraphs, start: s.start + by, end: s.end + by })),
    actors: doc.actors.map((a) => ({ ...at(a), mentions: a.mentions.map(at) })),
    dates: doc.dates.map(at),
    deadlines: doc.deadlines.map((d) => ({ ...at(d), extendedFrom: d.extendedFrom && at(d.extendedFrom) })),
    quotes: doc.quotes.map(at),
    claims: doc.claims.map((c) => ({ ...at(c), cueStart: c.cueStart + by, cueEnd: c.cueEnd + by })),
    ...(doc.dropped ? { dropped: doc.dropped.map((d) => ({ ...d, start: d.start + by, end: d.end + by })) } : {}),
  };
}

/** The joined document so far with the next (shifted) segment's items after its own; the header stays the first segment's. */
function append(doc: ClaimsDoc, next: ClaimsDoc): ClaimsDoc {
  const stats = {
    paragraphs: doc.stats.paragraphs + next.stats.paragraphs,
    sentences: doc.stats.sentences + next.stats.sentences,
    tokens: doc.stats.tokens + next.stats.tokens,
    ms: Math.round((doc.stats.ms + next.stats.ms) * 10) / 10,
  };
  const push = <T>(a: T[], b: readonly T[]): T[] => {
    for (const x of b) a.push(x);
    return a;
  };
  return {
    ...doc,
    stats,
    sentences: push(doc.sentences, next.sentences),
    dates: push(doc.dates, next.dates),
    deadlines: push(doc.deadlines, next.deadlines),
    quotes: push(doc.quotes, next.quotes),
    claims: push(doc.claims, next.claims),
    ...(doc.dropped ? { dropped: push(doc.dropped, next.dropped ?? []) } : {}),
  };
}

/** Actors of every segment, one per canonical name and type, in order of first mention. */
class ActorJoin {
  private readonly byKey = new Map<string, Actor>();

  add(actors: readonly Actor[]): void {
    for (const a of actors) {
      const key = `${a.type}\u0000${a.name}`;
      const known = this.byKey.get(key);
      if (!known) {
        this.byKey.set(key, { ...a, aliases: [...a.aliases], mentions: [...a.mentions] });
        continue;
      }
      known.role ??= a.role;
      for (const alias of a.aliases) if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
      for (const m of a.mentions) known.mentions.push(m);
      if (known.explain && a.explain) for (const s of a.explain) if (!known.explain.some((k) => k.rule === s.rule && k.stage === s.stage)) known.explain.push(s);
    }
  }

  list(): Actor[] {
    return [...this.byKey.values()];
  }
}
