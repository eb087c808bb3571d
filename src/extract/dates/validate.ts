/**
 * Checks a pattern cannot make: capitalized month and weekday names, "may"/"march" as verbs, names
 * such as "April", counts that look like years ("2020 people"), and numbers after "No." or "Route".
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { AMBIGUOUS_MONTHS, COUNT_NOUNS, MONTH_FULL, NUMBER_PREFIXES } from '../../rules/dates/lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  ruleIndex: number;
  groups: Record<string, string | undefined>;
  /** offsets of the groups that need checking, into the document text */
  at: Record<string, number>;
}

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'from', 'by', 'until', 'before', 'after', 'between', 'and', 'to', 'circa', 'c.', 'during', 'through']);

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

/** The word just before `pos` and just after `end` in the text (lower case, without punctuation). */
function wordBefore(text: string, pos: number): string {
  const m = /([A-Za-z.]+)[\s]+$/.exec(text.slice(Math.max(0, pos - 24), pos));
  return m ? m[1]!.toLowerCase() : '';
}
function wordAfter(text: string, end: number): string {
  const m = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  return m ? m[1]!.toLowerCase() : '';
}

function monthOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.month!;
  const word = c.groups.month!.toLowerCase().replace(/\.$/, '');
  if (!isUpper(doc.text[pos])) return false;
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

function weekdayOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.wd!;
  if (!isUpper(doc.text[pos])) return false;
  const t = tokenAt(doc, c.sentence, pos);
  return !t || !t.tags.has('Organization');
}

function yearOk(doc: ParsedDoc, c: Candidate): boolean {
  const pos = c.at.year!;
  const y = Number(c.groups.year);
  const end = pos + 4;
  const before = wordBefore(doc.text, c.start);
  if (NUMBER_PREFIXES.has(before) || NUMBER_PREFIXES.has(before.replace(/\.$/, ''))) return false;
  if (COUNT_NOUNS.has(wordAfter(doc.text, end))) return false;
  if (/^\s?(?::\d|percent|per cent)/.test(doc.text.slice(end, end + 10))) return false;
  const t = tokenAt(doc, c.sentence, pos);
  if (t && t.tags.has('Money')) return false;
  return y >= 1900 || YEAR_PREPOSITIONS.has(before);
}

const AGE_WORDS = new Set(['aged', 'age', 'ages', 'ageing', 'aging']);

/** "aged 45 years", "children 6 months and older": ages are not durations. */
function notAge(doc: ParsedDoc, c: Candidate): boolean {
  if (AGE_WORDS.has(wordBefore(doc.text, c.start))) return false;
  return !/^\s+(?:old|and (?:older|over|up|younger|under))\b/.test(doc.text.slice(c.end, c.end + 20));
}

/** Whether a candidate survives the checks its groups call for. */
export function valid(doc: ParsedDoc, c: Candidate, ruleId: string): boolean {
  if (c.groups.month !== undefined && !monthOk(doc, c)) return false;
  if (c.groups.wd !== undefined && !weekdayOk(doc, c)) return false;
  if (c.groups.wdp !== undefined && !isUpper(c.groups.wdp[0])) return false;
  if (ruleId === 'date.year' && !yearOk(doc, c)) return false;
  if (ruleId.startsWith('duration.') && !notAge(doc, c)) return false;
  return true;
}
