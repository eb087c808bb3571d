/**
 * The spans an annotation tool shows, shared by the Label Studio, Web Annotation and brat outputs: every
 * actor mention (labelled by type), date, deadline, quote, claim and claim cue, each with an id, a label,
 * what the tool should say about it, and the links from a quote or claim to its speaker's mention.
 */
import type { Actor, ClaimsDoc } from '../schema/doc.js';

export interface Span {
  id: string;
  start: number;
  end: number;
  text: string;
  /** Person, Organization, Country, Media, Place, Date, Deadline, Quote, Title, Scare, Claim, Cue */
  label: string;
  /** facts about the item, e.g. ["value: 2031-06-30", "source: Mara Quell"] */
  notes: string[];
  rule: string;
}

export interface Link {
  from: string;
  to: string;
  /** "speaker" (quote -> mention), "source" or "via" (claim -> mention) */
  label: 'speaker' | 'source' | 'via';
}

export const SPAN_LABELS = ['Person', 'Organization', 'Country', 'Media', 'Place', 'Date', 'Deadline', 'Quote', 'Title', 'Scare', 'Claim', 'Cue'] as const;
export const LINK_LABELS = ['speaker', 'source', 'via'] as const;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const QUOTE_LABEL = { statement: 'Quote', title: 'Title', scare: 'Scare' } as const;

/** Spans and links of a document (offsets as in the document). */
export function annotationsOf(doc: ClaimsDoc): { spans: Span[]; links: Link[] } {
  const spans: Span[] = [];
  const links: Link[] = [];
  const mentionIds = new Map<string, { id: string; start: number; sentence: number }[]>();
  for (const a of doc.actors) {
    const ids = a.mentions.map((m, i) => {
      const id = `${a.id}m${i + 1}`;
      spans.push({ id, start: m.start, end: m.end, text: m.text, label: cap(a.type), notes: actorNotes(a), rule: m.rule });
      return { id, start: m.start, sentence: m.sentence };
    });
    mentionIds.set(a.id, ids);
  }
  const deadlineAt = new Set(doc.deadlines.map((d) => `${d.start}:${d.end}`));
  doc.dates.forEach((d, i) => {
    if (deadlineAt.has(`${d.start}:${d.end}`)) return; // shown once, as the deadline
    spans.push({ id: `d${i + 1}`, start: d.start, end: d.end, text: d.text, label: 'Date', notes: [`value: ${d.value ?? 'unresolved'}`, `kind: ${d.kind}`], rule: d.rule });
  });
  doc.deadlines.forEach((d, i) => {
    const notes = [`value: ${d.value ?? 'unresolved'}`, `what: ${d.what}`, d.consequence ? `consequence: ${d.consequence}` : '', d.cue ? `cue: ${d.cue}` : ''];
    spans.push({ id: `dl${i + 1}`, start: d.start, end: d.end, text: d.text, label: 'Deadline', notes: notes.filter(Boolean), rule: d.rule });
  });
  const link = (from: string, actor: string | null, label: Link['label'], at: number, sentence: number): void => {
    const to = actor ? nearestMention(mentionIds.get(actor) ?? [], at, sentence) : null;
    if (to) links.push({ from, to, label });
  };
  doc.quotes.forEach((q, i) => {
    const id = `q${i + 1}`;
    const notes = q.kind === 'statement' ? [`speaker: ${q.speaker ?? 'unknown'}`] : [`kind: ${q.kind}`];
    spans.push({ id, start: q.start, end: q.end, text: q.text, label: QUOTE_LABEL[q.kind], notes, rule: q.rule });
    link(id, q.speakerId, 'speaker', q.start, q.sentence);
  });
  doc.claims.forEach((c, i) => {
    const id = `c${i + 1}`;
    const notes = [`source: ${c.source ?? 'unnamed'}`, c.via ? `via: ${c.via}` : '', `cue: ${c.cue}`].filter(Boolean);
    spans.push({ id, start: c.start, end: c.end, text: c.text, label: 'Claim', notes, rule: c.rule });
    if (c.cueEnd > c.cueStart) spans.push({ id: `${id}cue`, start: c.cueStart, end: c.cueEnd, text: c.cue, label: 'Cue', notes: [`claim ${id}`], rule: c.rule });
    link(id, c.sourceId, 'source', c.cueStart, c.sentence);
    link(id, c.viaId, 'via', c.cueStart, c.sentence);
  });
  return { spans, links };
}

function actorNotes(a: Actor): string[] {
  return [`actor ${a.id}: ${a.name}`, a.role ? `role: ${a.role}` : ''].filter(Boolean);
}

/** The speaker's mention to link to: in the item's sentence nearest the cue, else the last one before it, else the first. */
function nearestMention(ms: readonly { id: string; start: number; sentence: number }[], at: number, sentence: number): string | null {
  const same = ms.filter((m) => m.sentence === sentence);
  if (same.length > 0) return same.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)).id;
  const before = ms.filter((m) => m.start < at);
  return (before[before.length - 1] ?? ms[0])?.id ?? null;
}
