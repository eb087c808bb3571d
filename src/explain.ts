/**
 * `--explain`: the document's trace (src/engine/trace.ts) turned into an `explain` list on every item
 * and a `dropped` list on the document. An item's steps are its own `rule` (split at `:` and `+`, the
 * way composed ids are written), then, in the order decided and without repeats, the events of its
 * stages about the SAME candidate: an event whose span is exactly one of the item's spans (an actor's
 * mentions, a claim's cue), and a refining event (verdict 'refine': a merge, a retyping) overlapping one. So a stage attaches a decision to the item it ends up in by recording it with that
 * item's span, or as a refinement of a mention. Every rejection goes to `dropped`. Linear in events
 * and items: events are bucketed by sentence.
 */
import type { Trace, TraceEvent } from './engine/trace.js';
import type { ClaimsDoc, Dropped, ExplainStep } from './schema/doc.js';

type ListName = 'actors' | 'dates' | 'deadlines' | 'quotes' | 'claims';

interface ListSpec {
  /** the stage named in the item's first step (the one that produced it) */
  stage: string;
  /** trace events of these kinds (or, for events without a kind, of these stages) may explain the list's items */
  kinds: readonly string[];
  stages: readonly string[];
}

/** Which events explain which list. Stage names are those of src/pipeline.ts. */
const LISTS: Record<ListName, ListSpec> = {
  actors: { stage: 'actors', kinds: ['actor', 'mention', 'chain'], stages: ['actors', 'mentions', 'chains'] },
  dates: { stage: 'dates', kinds: ['date'], stages: ['dates'] },
  deadlines: { stage: 'deadlines', kinds: ['deadline'], stages: ['deadlines'] },
  quotes: { stage: 'quotes', kinds: ['quote', 'speaker', 'cue', 'source'], stages: ['quotes', 'cues', 'sources'] },
  claims: { stage: 'claims', kinds: ['claim', 'cue', 'source', 'clause'], stages: ['claims', 'cues', 'sources', 'clauses'] },
};

interface Span {
  start: number;
  end: number;
}

interface Item extends Span {
  rule: string;
  explain?: ExplainStep[];
}

/** The document with `explain` on every item and `dropped` (a copy of each list; the input is not changed). */
export function withExplain(doc: ClaimsDoc, trace: Trace): ClaimsDoc {
  const index = new EventIndex(doc.sentences, trace.events.filter((e) => e.verdict !== 'reject'));
  const explainList = <T extends Item>(name: ListName, items: readonly T[], spans: (it: T) => Spans, extra?: (it: T) => ExplainStep[]): T[] =>
    items.map((it) => ({ ...it, explain: steps(LISTS[name], it, spans(it), index, extra?.(it) ?? []) }));
  const own = (it: Span): Spans => ({ exact: [it], refined: [it] });
  return {
    ...doc,
    actors: explainList('actors', doc.actors, (a) => ({ exact: [a, ...a.mentions], refined: a.mentions })),
    dates: explainList('dates', doc.dates, own),
    deadlines: explainList('deadlines', doc.deadlines, own),
    quotes: explainList('quotes', doc.quotes, own, (q) => (q.speakerRule ? [{ rule: q.speakerRule, stage: 'quotes' }] : [])),
    claims: explainList('claims', doc.claims, (c) => {
      const cue = { start: c.cueStart, end: c.cueEnd };
      return { exact: [c, cue], refined: [c, cue] };
    }),
    dropped: dropped(trace.events),
  };
}

/** The spans an item's events are matched on: exactly (the same candidate), or by overlap for refinements. */
interface Spans {
  exact: readonly Span[];
  refined: readonly Span[];
}

function steps(spec: ListSpec, item: Item, spans: Spans, index: EventIndex, extra: ExplainStep[]): ExplainStep[] {
  const out: ExplainStep[] = item.rule.split(/[:+]/u).filter(Boolean).map((rule) => ({ rule, stage: spec.stage }));
  out.push(...extra);
  const same = (e: TraceEvent): boolean => spans.exact.some((sp) => sp.start === e.start && sp.end === e.end);
  const events = index
    .touching([...spans.exact, ...spans.refined])
    .filter((e) => (e.kind ? spec.kinds.includes(e.kind) : spec.stages.includes(e.stage)))
    .filter((e) => same(e) || (e.verdict === 'refine' && spans.refined.some((sp) => overlaps(e, sp))));
  for (const e of events) out.push({ rule: e.rule, stage: e.stage });
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = `${s.stage}\u0000${s.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dropped(events: readonly TraceEvent[]): Dropped[] {
  const seen = new Set<string>();
  const out: Dropped[] = [];
  for (const e of events) {
    if (e.verdict !== 'reject') continue;
    const key = `${e.rule}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: e.rule, kind: e.kind ?? e.stage, text: e.text ?? '', start: e.start, end: e.end });
  }
  return out;
}

/** Events bucketed by the sentences they cover; `touching` returns, in trace order, those overlapping any span. */
class EventIndex {
  private readonly buckets = new Map<number, number[]>();

  constructor(
    private readonly sentences: readonly Span[],
    private readonly events: readonly TraceEvent[],
  ) {
    events.forEach((e, k) => {
      const last = this.sentenceOf(Math.max(e.start, e.end - 1));
      for (let s = this.sentenceOf(e.start); s <= last; s++) {
        const b = this.buckets.get(s);
        if (b) b.push(k);
        else this.buckets.set(s, [k]);
      }
    });
  }

  touching(spans: readonly Span[]): TraceEvent[] {
    const hits = new Set<number>();
    for (const sp of spans) {
      const last = this.sentenceOf(Math.max(sp.start, sp.end - 1));
      for (let s = this.sentenceOf(sp.start); s <= last; s++) {
        for (const k of this.buckets.get(s) ?? []) if (overlaps(this.events[k]!, sp)) hits.add(k);
      }
    }
    return [...hits].sort((a, b) => a - b).map((k) => this.events[k]!);
  }

  /** The index of the last sentence starting at or before `pos` (0 when none). */
  private sentenceOf(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.start <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }
}

/** Spans overlap; an empty event span touches a span that contains its point. */
function overlaps(e: Span, sp: Span): boolean {
  if (e.start === e.end) return sp.start <= e.start && e.start <= sp.end;
  return e.start < sp.end && sp.start < e.end;
}
