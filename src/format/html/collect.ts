/**
 * What to mark on the article: every actor mention, date, deadline, quote, claim and claim cue of a
 * document, each with a tip saying what it is (canonical actor, normalized date, speaker, source,
 * cue, rule id). A date whose span is also a deadline is drawn once, as the deadline.
 */
import type { Actor, Claim, ClaimsDoc, DateItem, Deadline, Quote } from '../../schema/doc.js';
import { withLabel } from '../timex/label.js';
import type { MarkKind } from './kinds.js';
import type { Mark } from './marks.js';

export function collectMarks(doc: ClaimsDoc): Mark[] {
  const deadlineAt = new Set(doc.deadlines.map((d) => `${d.start}:${d.end}`));
  return once([
    ...doc.actors.flatMap(actorMarks),
    ...doc.dates.filter((d) => !deadlineAt.has(`${d.start}:${d.end}`)).map(dateMark),
    ...doc.deadlines.map((d) => deadlineMark(d, doc.dates)),
    ...doc.quotes.map(quoteMark),
    ...doc.claims.flatMap(claimMarks),
  ]);
}

/** One mark per kind and span: a cue shared by two claims ("said that A and that B") is drawn once, with both tips. */
function once(marks: Mark[]): Mark[] {
  const byKey = new Map<string, Mark>();
  for (const m of marks) {
    const key = `${m.kind}:${m.start}:${m.end}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...m });
    else if (!seen.tip.split('\n\n').includes(m.tip)) seen.tip = `${seen.tip}\n\n${m.tip}`;
  }
  return [...byKey.values()];
}

export function lines(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n');
}

function actorMarks(a: Actor): Mark[] {
  const kind = `actor-${a.type}` as MarkKind;
  return a.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    kind,
    tip: lines(`${cap(a.type)}: ${a.name}`, a.role && `role: ${a.role}`, `${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`, `rule ${m.rule}`),
  }));
}

function dateMark(d: DateItem): Mark {
  return { start: d.start, end: d.end, kind: 'date', tip: lines(`Date: ${withLabel(d.value)}`, d.kind !== 'date' && `kind: ${d.kind}`, `rule ${d.rule}`) };
}

function deadlineMark(d: Deadline, dates: readonly DateItem[]): Mark {
  const date = dates.find((x) => x.start === d.start && x.end === d.end);
  return {
    start: d.start,
    end: d.end,
    kind: 'deadline',
    tip: lines(
      `Deadline: ${withLabel(d.value)}`,
      `due: ${d.what}`,
      d.consequence && `if missed: ${d.consequence}`,
      d.cue && `cue: “${d.cue}”`,
      `rule ${d.rule}${date ? ` (date rule ${date.rule})` : ''}`,
    ),
  };
}

function quoteMark(q: Quote): Mark {
  const who = q.kind === 'statement' ? `speaker: ${q.speaker ?? 'unknown'}${q.speakerRule ? ` (${q.speakerRule})` : ''}` : null;
  const label = q.kind === 'statement' ? 'Quote' : q.kind === 'title' ? 'Title in quotes' : 'Scare quote';
  return { start: q.start, end: q.end, kind: `quote-${q.kind}`, tip: lines(label, who, `rule ${q.rule}`) };
}

function claimMarks(c: Claim): Mark[] {
  const source = `source: ${c.source ?? 'unnamed'}${c.via ? ` via ${c.via}` : ''}`;
  const claim: Mark = { start: c.start, end: c.end, kind: 'claim', tip: lines('Claim', source, `cue: “${c.cue}”`, `rule ${c.rule}`) };
  if (c.cueEnd <= c.cueStart) return [claim];
  const cue: Mark = { start: c.cueStart, end: c.cueEnd, kind: 'cue', tip: lines(`Attribution cue: “${c.cue}”`, source, `rule ${c.rule}`) };
  return [claim, cue];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
