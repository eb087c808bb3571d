/**
 * The summaries every view shows beside the article, as plain data: actors by type, a timeline of
 * dates and deadlines sorted by value, and a "who said what" ledger grouped by source.
 */
import type { Actor, ActorType, ClaimsDoc } from '../../schema/doc.js';

export const ACTOR_TYPES: readonly [ActorType, string][] = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['country', 'Countries'],
  ['media', 'Media'],
  ['place', 'Places'],
];

export function actorGroups(doc: ClaimsDoc): { type: ActorType; heading: string; actors: Actor[] }[] {
  return ACTOR_TYPES.map(([type, heading]) => ({
    type,
    heading,
    actors: doc.actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.start - b.start),
  })).filter((g) => g.actors.length > 0);
}

export interface TimelineRow {
  kind: 'date' | 'deadline';
  value: string | null;
  text: string;
  /** date kind (date, duration, set, vague) or "deadline" */
  detail: string;
  what: string | null;
  consequence: string | null;
  cue: string | null;
  rule: string;
  start: number;
  sentence: number;
}

/** Dates and deadlines by value (calendar values first, in order; then the rest in text order). */
export function timelineRows(doc: ClaimsDoc): TimelineRow[] {
  const deadlineAt = new Set(doc.deadlines.map((d) => `${d.start}:${d.end}`));
  const rows: TimelineRow[] = [
    ...doc.dates
      .filter((d) => !deadlineAt.has(`${d.start}:${d.end}`))
      .map((d) => ({ kind: 'date' as const, value: d.value, text: d.text, detail: d.kind, what: null, consequence: null, cue: null, rule: d.rule, start: d.start, sentence: d.sentence })),
    ...doc.deadlines.map((d) => ({ kind: 'deadline' as const, value: d.value, text: d.text, detail: 'deadline', what: d.what, consequence: d.consequence, cue: d.cue, rule: d.rule, start: d.start, sentence: d.sentence })),
  ];
  return rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.start - b.start);
}

function sortKey(r: TimelineRow): string {
  return r.value && /^\d{4}/.test(r.value) ? '0' + r.value : '1';
}

export interface LedgerEntry {
  kind: 'quote' | 'claim';
  text: string;
  cue: string | null;
  via: string | null;
  rule: string;
  start: number;
  sentence: number;
}

export interface LedgerGroup {
  /** canonical source; null for unnamed or unattributed */
  source: string | null;
  entries: LedgerEntry[];
}

/** Statement quotes by speaker and claims by source; named sources by number of entries, unnamed last. */
export function ledgerGroups(doc: ClaimsDoc): LedgerGroup[] {
  const groups = new Map<string | null, LedgerEntry[]>();
  const add = (source: string | null, e: LedgerEntry) => {
    const list = groups.get(source);
    if (list) list.push(e);
    else groups.set(source, [e]);
  };
  for (const q of doc.quotes) {
    if (q.kind === 'statement') add(q.speaker, { kind: 'quote', text: q.text, cue: null, via: null, rule: q.rule, start: q.start, sentence: q.sentence });
  }
  for (const c of doc.claims) add(c.source, { kind: 'claim', text: c.text, cue: c.cue, via: c.via, rule: c.rule, start: c.start, sentence: c.sentence });
  return [...groups]
    .map(([source, entries]) => ({ source, entries: entries.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.source === null ? 1 : 0) - (b.source === null ? 1 : 0) || b.entries.length - a.entries.length || (a.source ?? '').localeCompare(b.source ?? ''));
}

/** One line, at most n characters (an ellipsis marks a cut). */
export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
