/**
 * Checks a pattern cannot make: capitalized month and weekday names, "may"/"march" as verbs, names
 * such as "April", counts that look like years ("2020 people"), and numbers after "No." or "Route".
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import type { DateRule } from '../../rules/dates/patterns.js';
import { AMBIGUOUS_MONTHS, DAY_NAME_PREFIXES, MONTH_FULL, SUNDAY_NAME_HEADS } from '../../rules/dates/lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  ruleIndex: number;
  groups: Record<string, string | undefined>;
  /** offsets of the groups that need checking, into the document text */
  at: Record<string, number>;
}


function tokenAt(doc: ParsedDoc, si: number, pos: number): Token | undefined {
  const s = doc.sentences[si]!;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.start <= pos && pos < t.end) return t;
    if (t.start > pos) return undefined;
  }
  return undefined;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function monthOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.month!;
  const word = c.groups.month!.toLowerCase().replace(/\.$/, '');
  const anchored = c.groups.day !== undefined || c.groups.year !== undefined;
  if (!anchored && !MONTH_FULL.includes(word)) return false;
  if (anchored && !c.groups.day) return true;
  const t = tokenAt(doc, c.sentence, pos);
  if (!t) return anchored;
  if (t.tags.has('Person') && !t.tags.has('Date')) return false;
  if (anchored) return true;
  if (!AMBIGUOUS_MONTHS.has(word)) return !t.tags.has('Person');
  return (t.tags.has('Date') || t.tags.has('Month')) && !t.tags.has('Modal') && !t.tags.has('Verb') && !t.tags.has('Person');
}

/** The word right before `pos` when it is Title-case and not the first word of its sentence. */
function titleWordBefore(doc: ParsedDoc, c: Candidate, pos: number): string | null {
  const s = doc.sentences[c.sentence]!;
  const m = /([A-Za-z]+)\s+$/.exec(doc.text.slice(Math.max(s.start, pos - 24), pos));
  if (!m || !/^[A-Z][a-z]/.test(m[1]!)) return null;
  const wordStart = pos - m[0].length;
  return doc.text.slice(s.start, wordStart).trim() === '' ? null : m[1]!;
}

/**
 * A weekday inside a name is not a date: "Sunday" after a name head ("Fox News Sunday"), or before another
 * Title-case word ("the Sunday Courier", "Sunday Morning") or a closing quote ('"Capital Week Sunday"'). "The Velto Group Wednesday said" is a date.
 */
function insideName(doc: ParsedDoc, c: Candidate, pos: number): boolean {
  const prev = titleWordBefore(doc, c, pos);
  const titleAfter = /^(?: [A-Z][a-z]|["\u201d])/.test(doc.text.slice(c.end, c.end + 3));
  if (titleAfter && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, pos - 5), pos))) return true;
  if (prev === null || DAY_NAME_PREFIXES.has(prev.toLowerCase())) return false;
  return titleAfter || c.groups.wd!.toLowerCase() === 'sunday' && SUNDAY_NAME_HEADS.has(prev.toLowerCase());
}

function weekdayOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.wd!;
  if (c.groups.rel === undefined && insideName(doc, c, pos)) return false;
  const t = tokenAt(doc, c.sentence, pos);
  return !t || !t.tags.has('Organization');
}

/** Not a clock reading ("2020:30"); number prefixes, count nouns, percent, money and bare years before 1900 are rows (src/rules/dates/reject.ts). */
function yearOk(doc: ParsedDoc, c: Candidate): boolean {
  const end = c.at.year! + 4;
  return !/^\s?:\d/.test(doc.text.slice(end, end + 3));
}

/**
 * Not a duration: ages ("aged 45 years", "6 months and older"), fractions ("a quarter of"), rates
 * ("$12 an hour", "twice a day") and compounds ("a day-to-day basis").
 */
function durationOk(doc: ParsedDoc, c: Candidate): boolean {
  // ages, "N years old", "a quarter of" and rates are rows (src/rules/dates/reject.ts); a compound stays here
  return !/^-[a-z]/.test(doc.text.slice(c.end, c.end + 2));
}

function deicticOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.deictic!;
  return !isUpper(doc.text[pos]) || titleWordBefore(doc, c, pos) === null && !/^\s+[A-Z]{2}/.test(doc.text.slice(c.end, c.end + 4)) && !/[A-Z]{2,}\s+$/.test(doc.text.slice(Math.max(0, pos - 6), pos));
}

/**
 * The check a candidate fails, by id (recorded as a rejection in the trace), or null when it survives
 * every check its groups call for.
 */
export function rejection(doc: ParsedDoc, c: Candidate, rule: DateRule): string | null {
  if (c.groups.month !== undefined && !monthOk(doc, c)) return 'dates.reject.month';
  if (c.groups.wd !== undefined && !weekdayOk(doc, c)) return 'dates.reject.weekday';
  if (rule.resolver === 'year' && !yearOk(doc, c)) return 'dates.reject.year';
  if (rule.kind === 'duration' && !durationOk(doc, c)) return 'dates.reject.duration';
  if (c.groups.deictic !== undefined && !deicticOk(doc, c)) return 'dates.reject.deictic';
  return null;
}
