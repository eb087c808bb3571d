/** Applies the rejection rows of src/rules/dates/reject.ts to a date candidate (its tokens). */
import { decide, sentenceRange, type MatchEnv } from '../../engine/index.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { COUNT_NOUNS, NUMBER_PREFIXES, RATE_WORDS, YEAR_PREPOSITIONS } from '../../rules/dates/lexicon.js';
import { DURATION_REJECT, YEAR_REJECT } from '../../rules/dates/reject.js';
import type { DateRule } from '../../rules/dates/patterns.js';
import { GROUP_REJECT } from '../../rules/dates/groups.js';
import type { Candidate } from './validate.js';
import { tokenSpan } from './direction-rows.js';

const ENV: MatchEnv = {
  lexicons: new Map([
    ['number-prefix', new Set([...NUMBER_PREFIXES].map((w) => w.replace(/\.$/, '')))],
    ['count-noun', COUNT_NOUNS],
    ['rate', RATE_WORDS],
    ['year-prep', YEAR_PREPOSITIONS],
  ]),
  /** a four-digit number below 1900 ("1850"): a year only after a preposition */
  predicates: new Map([['before1900', (doc, i) => Number.parseInt(doc.tokens[i]!.text, 10) < 1900]]),
};

/** The rejection rows that read a pattern row's candidates: bare years and durations (by the row's resolver and kind). */
const tableFor = (rule: DateRule): typeof YEAR_REJECT | null => (rule.resolver === 'year' ? YEAR_REJECT : rule.kind === 'duration' ? DURATION_REJECT : null);

/** Whether a rejection row drops the candidate [start, end) of the given pattern row; recorded in the trace. */
export function rejectedByRow(doc: ParsedDoc, si: number, start: number, end: number, rule: DateRule, trace: Trace): boolean {
  const t = tableFor(rule);
  const span = t ? tokenSpan(doc, si, start, end) ?? tokenSpan(doc, si, start, end, true) : null;
  if (!t || !span) return false;
  return decide(t, span, { doc, range: sentenceRange(doc, si), env: ENV, trace, kind: 'date', verdict: () => 'reject' }) !== null;
}

/** Whether a group row drops the candidate: the rows of each named group it has, matched on that group's tokens. */
export function rejectedOnGroup(doc: ParsedDoc, c: Candidate, trace: Trace): boolean {
  for (const [group, rows] of GROUP_REJECT) {
    const text = c.groups[group];
    const at = c.at[group];
    const span = text !== undefined && at !== undefined ? tokenSpan(doc, c.sentence, at, at + text.length) : null;
    if (span && decide(rows, span, { doc, range: sentenceRange(doc, c.sentence), env: ENV, trace, kind: 'date', verdict: () => 'reject' })) return true;
  }
  return false;
}
