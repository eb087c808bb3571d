/**
 * The per-document record of decisions: which row proposed, accepted, refined or rejected what.
 * `--explain` is built from it (an `explain` list per item, a `dropped` list per document), and the
 * generic rows test reads it. A disabled trace records nothing and costs one branch per decision.
 */
export type Verdict = 'propose' | 'accept' | 'refine' | 'reject';

export interface TraceEvent {
  /** the row id (or another rule id the stage reports) */
  rule: string;
  /** the pipeline stage that applied it */
  stage: string;
  verdict: Verdict;
  /** character offsets of the candidate the decision was about */
  start: number;
  end: number;
  /** what kind of candidate (actor, cue, date, quote, claim, ...) */
  kind?: string;
  text?: string;
}

export class Trace {
  readonly events: TraceEvent[] = [];
  constructor(readonly enabled: boolean) {}

  add(event: TraceEvent): void {
    if (this.enabled) this.events.push(event);
  }

  /** Every rule id recorded, in order, without repeats. */
  rules(): string[] {
    return [...new Set(this.events.map((e) => e.rule))];
  }
}

/** The trace used when nobody asked for one. */
export const NO_TRACE: Trace = new Trace(false);
