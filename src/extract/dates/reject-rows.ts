/** Applies the rejection rows of src/rules/dates/reject.ts and groups.ts to a date candidate (its tokens). */
import { decide, gapText, sentenceRange, type MatchEnv, type TokenPredicate } from '../../engine/index.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { AMBIGUOUS_MONTHS, COUNT_NOUNS, DAY_DEADLINE_NOUNS, DAY_NAME_PREFIXES, NUMBER_PREFIXES, RATE_WORDS, SUNDAY_NAME_HEADS, YEAR_PREPOSITIONS } from '../../rules/dates/lexicon.js';
import { DURATION_REJECT, YEAR_REJECT } from '../../rules/dates/reject.js';
import type { DateRule } from '../../rules/dates/patterns.js';
import { GROUP_REJECT } from '../../rules/dates/groups.js';
import { tokenSpan } from './direction-rows.js';

/** A pattern row's match in one sentence. */
export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  ruleIndex: number;
  groups: Record<string, string | undefined>;
  /** offsets of the named groups, into the document text */
  at: Record<string, number>;
}

/** Only spaces between token i and the next one. */
const spaceAfter = (doc: ParsedDoc, i: number, range: { first: number; end: number }): boolean => i + 1 < range.end && /^\s+$/u.test(gapText(doc, i + 1, range));
const text = (doc: ParsedDoc, i: number): string => doc.tokens[i]!.text;
/** a Title-case word after spaces only ("Sunday Edition"; not "Tuesday, Hillary") */
const title: TokenPredicate = (doc, i, range) => /^[A-Z][a-z]/u.test(text(doc, i)) && i > range.first && spaceAfter(doc, i - 1, range);

const ENV: MatchEnv = {
  lexicons: new Map([
    ['number-prefix', new Set([...NUMBER_PREFIXES].map((w) => w.replace(/\.$/, '')))],
    ['count-noun', COUNT_NOUNS],
    ['rate', RATE_WORDS],
    ['year-prep', YEAR_PREPOSITIONS],
    ['month-ambiguous', AMBIGUOUS_MONTHS],
    ['day-name-prefix', DAY_NAME_PREFIXES],
    ['day-deadline-noun', DAY_DEADLINE_NOUNS],
    ['sunday-head', SUNDAY_NAME_HEADS],
  ]),
  predicates: new Map<string, TokenPredicate>([
    /** a four-digit number below 1900 ("1850"): a year only after a preposition */
    ['before1900', (doc, i) => Number.parseInt(text(doc, i), 10) < 1900],
    ['title', title],
    /** a word whose last run of letters is in Title case, not first in its sentence, spaces only before the next word */
    ['name-word', (doc, i, range) => i > range.first && /(?<![A-Za-z])[A-Z][a-z][A-Za-z]*$/u.test(text(doc, i)) && spaceAfter(doc, i, range)],
    /** two capitals open the word, spaces only before it ("Today NBC") */
    ['caps-next', (doc, i, range) => /^[A-Z]{2}/u.test(text(doc, i)) && spaceAfter(doc, i - 1, range)],
    /** two capitals close the word, spaces only after it ("USA Today") */
    ['caps-prev', (doc, i, range) => /[A-Z]{2}$/u.test(text(doc, i)) && spaceAfter(doc, i, range)],
  ]),
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

/** Whether a group row drops the candidate of pattern row `rule`: the rows of each named group it has, matched on that group's tokens. */
export function rejectedOnGroup(doc: ParsedDoc, c: Candidate, rule: DateRule, trace: Trace): boolean {
  for (const { group, rows, only, overlap } of GROUP_REJECT) {
    const text = c.groups[group];
    const at = c.at[group];
    const read = text !== undefined && at !== undefined && (only?.includes(rule.id) ?? true);
    const span = read ? tokenSpan(doc, c.sentence, at, at + text.length) ?? (overlap ? tokenSpan(doc, c.sentence, at, at + text.length, true) : null) : null;
    if (span && decide(rows, span, { doc, range: sentenceRange(doc, c.sentence), env: ENV, trace, kind: 'date', verdict: () => 'reject' })) return true;
  }
  return false;
}
