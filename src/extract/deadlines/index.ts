import type { Actor, DateItem, Deadline } from '../../schema/doc.js';
import { DEADLINE_CUES, OBLIGATION_SCOPE, OBLIGATION_WORDS } from '../../rules/deadlines/cues.js';
import type { ExtractContext } from '../context.js';
import { direction, tense } from '../dates/tense.js';
import { dueDate } from './due.js';
import { clauseAfter, clauseBefore, consequence, labelAfter } from './clause.js';
import { boundActor, movedFrom } from './links.js';
import { rejected, rowCue } from './rows.js';
import { NO_TRACE } from '../../engine/trace.js';
import { COMING_DAY, DUE_FROM, SAME_DAY } from '../../rules/deadlines/links.js';
import { parseYmd } from '../dates/calendar.js';
import { yearless } from '../dates/ranges.js';
import { comingDay } from '../dates/year-of-day.js';

/** How much text each side of a date the cues read. */
const WINDOW = 140;
const CUES = DEADLINE_CUES.map((c) => ({
  cue: c,
  re: new RegExp(c.pattern, 'i'),
  veto: c.unless ? new RegExp(c.unless, 'i') : null,
  then: c.then ? new RegExp(c.then, 'i') : null,
}));

const SCOPE = new RegExp(OBLIGATION_SCOPE, 'i');
const OBLIGATION = new RegExp(`\\b(?:${OBLIGATION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`);

interface Hit {
  id: string;
  what: 'left' | 'right' | 'label';
  words: string;
  fromNow?: boolean;
  /** a row's match runs past the date: what is due is read after the match, not after the date */
  after?: number;
  /** a yearless day read as coming (RowCue.coming) */
  coming?: boolean;
}

/**
 * A date whose value lies on or after the reference date is ahead, whatever the verbs around it say (the
 * regex cues take only a whole day so: "had fallen by March" in March is no deadline).
 */
function ahead(ctx: ExtractContext, d: DateItem): boolean {
  return ctx.referenceDate !== null && d.value !== null && /^\d{4}(?:-\d\d|$)/.test(d.value) && d.value.slice(0, 10) >= ctx.referenceDate.slice(0, d.value.length);
}

/** Whether the verbs around a date point ahead (src/extract/dates/tense.ts). */
const pointsAhead = (ctx: ExtractContext, d: DateItem): boolean => direction(ctx.doc, d.sentence, d.start, d.end) === 'future';

/**
 * The first cue row that matches around a date. A row that needs a forward-looking clause holds for a date
 * ahead of the reference date or in the scope of an obligation; with no reference date, when the verbs
 * around the date point ahead ("As of midnight November 4, businesses must stop buying").
 */
function findCue(ctx: ExtractContext, d: DateItem, left: string, right: string): Hit | null {
  if (rejected(ctx, d)) return null;
  for (const { cue, re, veto, then } of CUES) {
    if (!cue.kinds.includes(d.kind as 'date')) continue;
    if (veto?.test(left) || then && !then.test(right)) continue;
    if (cue.obligation && !OBLIGATION.test(ctx.doc.sentences[d.sentence]!.text)) continue;
    const m = re.exec(cue.side === 'left' ? left : right);
    if (!m) continue;
    if (cue.when === 'future' && !(ahead(ctx, d) && d.value!.length === 10) && !pointsAhead(ctx, d) && !SCOPE.test(left)) continue;
    (ctx.trace ?? NO_TRACE).add({ rule: cue.id, stage: 'deadlines', verdict: 'accept', start: d.start, end: d.end, kind: 'deadline', text: d.text });
    return { id: cue.id, what: cue.what, words: m.groups?.cue ?? m[0].trim() };
  }
  const row = rowCue(ctx, d, () => ahead(ctx, d) || SCOPE.test(left) || ctx.referenceDate === null && pointsAhead(ctx, d));
  return row ? { id: row.id, what: row.cue.what, words: row.words, fromNow: row.cue.fromNow === true, after: row.after, coming: row.cue.coming === true } : null;
}

/** Where the clause before the date begins (its first words found in the sentence), else the sentence start. */
function clauseStartOf(before: string, clause: string, sentenceStart: number): number {
  const head = clause.split(' ').slice(0, 3).join(' ');
  const at = head ? before.lastIndexOf(head) : -1;
  return at < 0 ? sentenceStart : sentenceStart + at;
}

/** Deadlines: dates by or at which something must happen, from dates + deadline cues. */
export function extractDeadlines(ctx: ExtractContext, dates: DateItem[], actors: Actor[] = []): Deadline[] {
  const { doc } = ctx;
  const trace = ctx.trace ?? NO_TRACE;
  const out: Deadline[] = [];
  const ref = parseYmd(ctx.referenceDate);
  for (const d of dates) {
    const s = doc.sentences[d.sentence]!;
    const note = (rule: string): void => trace.add({ rule, stage: 'deadlines', verdict: 'refine', start: d.start, end: d.end, kind: 'deadline', text: d.text });
    const left = doc.text.slice(Math.max(s.start, d.start - WINDOW), d.start);
    const right = doc.text.slice(d.end, Math.min(s.end, d.end + WINDOW));
    const hit = findCue(ctx, d, left, right);
    if (!hit) continue;
    const before = doc.text.slice(s.start, d.start);
    const leftClause = clauseBefore(before);
    const rightOfCue = hit.after !== undefined && hit.after > d.end ? doc.text.slice(hit.after, Math.min(s.end, hit.after + WINDOW)) : right;
    let what = hit.what === 'right' ? clauseAfter(rightOfCue) : hit.what === 'label' ? labelAfter(right) : leftClause;
    if (!what) what = hit.what === 'right' ? leftClause : clauseAfter(right);
    if (hit.coming && ref && d.value !== null && yearless(d.text)) {
      const next = comingDay(d.value, ref);
      if (next !== d.value) {
        d.value = next;
        note(COMING_DAY.id);
      }
    }
    if (d.kind === 'duration' && d.value === null) {
      const next = dates.find((x) => x.sentence === d.sentence && x.start >= d.end && x.kind === 'date');
      d.value = dueDate(d, right, next, ctx.referenceDate, hit.fromNow === true || tense(doc, d.sentence, d.start, d.end) !== 'past');
      if (d.value !== null) note(DUE_FROM.id);
    }
    const item: Deadline = {
      text: d.text,
      value: d.value,
      what,
      consequence: null,
      cue: hit.words,
      who: null,
      extendedFrom: null,
      start: d.start,
      end: d.end,
      sentence: d.sentence,
      rule: hit.id,
    };
    const cons = consequence(s.text);
    const who = boundActor(doc, item, actors, clauseStartOf(before, leftClause, s.start));
    const moved = movedFrom(doc, item, dates, out);
    for (const link of [cons, who, moved]) if (link) note(link.rule);
    item.consequence = cons?.text ?? null;
    item.who = who?.name ?? null;
    item.extendedFrom = moved?.ref ?? null;
    out.push(item);
  }
  return sameDay(ctx, dates, out);
}

/**
 * Other mentions of a deadline's whole day, as that deadline (SAME_DAY), in text order with the rest; a
 * mention that a not-deadline row rejects (a forecast, an election day) stays out.
 */
function sameDay(ctx: ExtractContext, dates: DateItem[], found: Deadline[]): Deadline[] {
  const named = new Set(dates.filter((x) => x.value !== null && SAME_DAY.dateRules.includes(x.rule)).map((x) => x.start));
  const byDay = new Map<string, Deadline>();
  for (const d of found) if (named.has(d.start) && !byDay.has(d.value!)) byDay.set(d.value!, d);
  if (byDay.size === 0) return found;
  const taken = new Set(found.map((d) => d.start));
  const added: Deadline[] = [];
  for (const d of dates) {
    const first = named.has(d.start) && !taken.has(d.start) ? byDay.get(d.value!) : undefined;
    if (!first) continue;
    if (rejected(ctx, d)) continue;
    (ctx.trace ?? NO_TRACE).add({ rule: SAME_DAY.id, stage: 'deadlines', verdict: 'accept', start: d.start, end: d.end, kind: 'deadline', text: d.text });
    added.push({ ...first, text: d.text, start: d.start, end: d.end, sentence: d.sentence, rule: SAME_DAY.id, extendedFrom: null });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}
