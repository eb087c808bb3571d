/** Clause cutting for deadlines: what is due and what follows if it is missed. */
import { COMMA_THEN_TO, CONSEQUENCE_CUES, LEAD_IN_BEFORE_TO, LIST_MARK_AFTER_DATE, NOUN_AFTER_DATE } from '../../rules/deadlines/cues.js';
import { ASIDE_DASH, DASH_CHARS } from '../../parse/quote-marks.js';

/** Where a clause before a cue begins: after the last comma, semicolon, dash or subordinator. */
const CLAUSE_OPENER = new RegExp(`(?:[,;:${DASH_CHARS}(]\\s*|\\b(?:if|unless|that|which|when|because|while|as|and|but|so)\\s+)`, 'gi');
/** Where a clause after a date ends. */
const CLAUSE_END = new RegExp(`[,;:.!?${ASIDE_DASH}(]|\\s(?:or|and|but|if|unless|because|while)\\s`);
/** The clause after a date is empty when a clause-ending mark opens it. */
const OPENS_WITH_END = new RegExp(`^\\s*[,;:.!?${ASIDE_DASH}(]`);
const MAX_CLAUSE = 160;
/** A preposition left between the clause and the date ("sell its unit by"). */
const TRAILING_PREPOSITION = /(?:\s+(?:by|on|at|to|until|till|in|from|before|of|the|least)){1,3}$/i;
/** A deadline noun right after the date (the rows' nouns): what is due follows it. */
const NOUN_AFTER = new RegExp(NOUN_AFTER_DATE, 'i');
const CONSEQUENCES = CONSEQUENCE_CUES.map((c) => ({ id: c.id, re: new RegExp(c.pattern, 'i') }));

const tidy = (s: string): string => s.replace(/\s+/g, ' ').replace(/^[\s"'\u201c\u201d]+|[\s"'\u201c\u201d]+$/g, '');

/** A ", which ...," aside, closed or still open at the cue, drops out: "the review, which began Monday, will close". */
const ASIDE_CLOSED = /,\s+which\s+[^,;.]{0,60},\s+/g;
const ASIDE_OPEN = /,\s+which\s+(?=[^,;.]{0,60}$)/;
const withoutAside = (s: string): string => s.replace(ASIDE_CLOSED, ' ').replace(ASIDE_OPEN, ' ');

/** The clause that ends just before `upTo` (text of the sentence before the cue). */
export function clauseBefore(before: string): string {
  const text = withoutAside(before.slice(-MAX_CLAUSE * 2));
  let cut = 0;
  CLAUSE_OPENER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_OPENER.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (tidy(text.slice(end)).split(' ').length >= 3) cut = end;
  }
  return tidy(text.slice(cut)).replace(TRAILING_PREPOSITION, '').slice(-MAX_CLAUSE);
}

/** The clause that starts right after a date ("to sell its US operations"). */
export function clauseAfter(after: string, keepNoun = false): string {
  const head = after.slice(0, MAX_CLAUSE * 2);
  const text = (keepNoun ? head : head.replace(NOUN_AFTER, '')).replace(LEAD_IN_BEFORE_TO, '');
  if (OPENS_WITH_END.test(text) && !COMMA_THEN_TO.test(text)) return '';
  const open = text.replace(/^[\s,]+/, '');
  const m = CLAUSE_END.exec(open.slice(1));
  const body = m ? open.slice(0, m.index + 1) : open;
  return tidy(body).slice(0, MAX_CLAUSE);
}

/** The label of a line of a list after the day that heads it ("May 4: Last day to file claims" -> "Last day to file claims"). */
export const labelAfter = (after: string): string => clauseAfter(after.replace(LIST_MARK_AFTER_DATE, ''), true);

/** What follows if the deadline is missed, where the sentence says, with the row that read it. */
export function consequence(sentence: string): { text: string; rule: string } | null {
  for (const c of CONSEQUENCES) {
    const m = c.re.exec(sentence);
    if (m?.groups?.c) return { text: tidy(m.groups.c), rule: c.id };
  }
  return null;
}
