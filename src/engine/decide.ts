/**
 * Decision lists: ordered rows, the first whose `match` holds and whose `unless` patterns all fail wins.
 * A row that decides is recorded in the trace under its id, whatever it decides (a rejection too).
 */
import type { ParsedDoc } from '../parse/types.js';
import { compile, matchIn, matchSpan, type Match, type MatchEnv, type TokenRange } from './pattern.js';
import type { Rule, RuleTable } from './rule.js';
import type { Trace, Verdict } from './trace.js';

export interface Decision<V> {
  value: V;
  rule: string;
  row: Rule<V>;
  match: Match;
}

/** Where and how a decision is made: the document, the range to match in, the environment, the trace. */
export interface DecideContext {
  doc: ParsedDoc;
  /** the token range patterns may look at (usually the candidate's sentence) */
  range: TokenRange;
  env?: MatchEnv;
  trace?: Trace;
  /** the candidate's kind, for the trace ('actor', 'cue', ...) */
  kind?: string;
  /** how the row's value is recorded (default: 'accept'; say 'reject' for rows that drop the candidate) */
  verdict?: (value: unknown) => Verdict;
}

/** The token range of sentence `s`. */
export function sentenceRange(doc: ParsedDoc, s: number): TokenRange {
  const sent = doc.sentences[s]!;
  return { first: sent.firstToken, end: sent.endToken };
}

/** Does one row hold for the candidate `span` (its match holds, none of its `unless` does)? */
export function holds<V>(row: Rule<V>, span: TokenRange, cx: DecideContext): Match | null {
  const m = matchSpan(cx.doc, compile(row.match), span, cx.range, cx.env);
  if (!m) return null;
  for (const u of row.unless ?? []) if (matchSpan(cx.doc, compile(u), span, cx.range, cx.env)) return null;
  return m;
}

/** The first row of the table that holds for the candidate, recorded in the trace; null when none does. */
export function decide<V>(t: RuleTable<V>, span: TokenRange, cx: DecideContext): Decision<V> | null {
  for (const row of t.rows) {
    const match = holds(row, span, cx);
    if (!match) continue;
    record(cx, t.stage, row.id, cx.verdict?.(row.then) ?? 'accept', span);
    return { value: row.then, rule: row.id, row, match };
  }
  return null;
}

/**
 * Proposers: every match of every row in the range, as candidates (the first capture, else the whole
 * match), in row order then text order. Overlaps are the caller's to resolve.
 */
export function propose<V>(t: RuleTable<V>, cx: DecideContext): Array<Decision<V> & { span: TokenRange }> {
  const out: Array<Decision<V> & { span: TokenRange }> = [];
  for (const row of t.rows) {
    for (const match of matchIn(cx.doc, compile(row.match), cx.range, cx.env)) {
      const span = match.groups[0] ?? match;
      if ((row.unless ?? []).some((u) => matchSpan(cx.doc, compile(u), span, cx.range, cx.env))) continue;
      record(cx, t.stage, row.id, 'propose', span);
      out.push({ value: row.then, rule: row.id, row, match, span });
    }
  }
  return out;
}

function record(cx: DecideContext, stage: string, rule: string, verdict: Verdict, span: TokenRange): void {
  if (!cx.trace?.enabled || span.end <= span.first) return;
  const toks = cx.doc.tokens;
  const start = toks[span.first]!.start;
  const end = toks[span.end - 1]!.end;
  cx.trace.add({ rule, stage, verdict, start, end, kind: cx.kind, text: cx.doc.text.slice(start, end) });
}
