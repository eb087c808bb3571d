/**
 * Span layering: marks may nest or overlap partially; views need properly nested output. `layer`
 * turns marks into a flat event stream (open, text, close) over a non-overlapping segmentation of
 * the text by offsets. A mark that crosses the end of another is closed and reopened, so every view
 * can emit well-nested markup. Cost: O((n + m) log m) for m marks, n boundaries.
 */
import type { MarkKind } from './kinds.js';
import { kindRow } from './kinds.js';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** what the mark is, one fact per line (shown on hover/focus) */
  tip: string;
}

export type LayerEvent =
  | { type: 'open'; mark: Mark; first: boolean }
  | { type: 'close'; mark: Mark; last: boolean }
  | { type: 'text'; start: number; end: number; active: readonly Mark[] };

/** Outer before inner: earlier start, then longer span, then lower rank. */
export function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || kindRow(a.kind).rank - kindRow(b.kind).rank;
}

/** Marks that are empty, reversed or outside the text are dropped. */
export function validMarks(marks: readonly Mark[], length: number): Mark[] {
  return marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= length).sort(compareMarks);
}

/** Reopening order: the one that ends last goes outermost. */
function byEndDesc(a: Mark, b: Mark): number {
  return b.end - a.end || kindRow(a.kind).rank - kindRow(b.kind).rank;
}

export function layer(length: number, input: readonly Mark[]): LayerEvent[] {
  const marks = validMarks(input, length);
  const cuts = [...new Set([0, length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const events: LayerEvent[] = [];
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  let next = 0;
  for (let c = 0; c < cuts.length; c++) {
    const at = cuts[c]!;
    const reopen = closeAt(at, stack, events);
    while (next < marks.length && marks[next]!.start === at) reopen.push(marks[next++]!);
    for (const m of reopen.sort(byEndDesc)) {
      events.push({ type: 'open', mark: m, first: !opened.has(m) });
      opened.add(m);
      stack.push(m);
    }
    const to = cuts[c + 1];
    if (to !== undefined && to > at) events.push({ type: 'text', start: at, end: to, active: [...stack] });
  }
  return events;
}

/** Close every mark ending at `at`; marks above them on the stack are suspended and returned. */
function closeAt(at: number, stack: Mark[], events: LayerEvent[]): Mark[] {
  const lowest = stack.findIndex((m) => m.end === at);
  if (lowest < 0) return [];
  const suspended: Mark[] = [];
  while (stack.length > lowest) {
    const m = stack.pop()!;
    const last = m.end === at;
    events.push({ type: 'close', mark: m, last });
    if (!last) suspended.push(m);
  }
  return suspended;
}
