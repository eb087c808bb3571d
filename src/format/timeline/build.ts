/** Timeline models from a ledger (many articles) and from one article's document. */
import type { ClaimsDoc } from '../../schema/doc.js';
import type { LedgerDoc, TimelineEntry } from '../../schema/ledger.js';
import { withLabel } from '../timex/label.js';
import { daySpan } from './days.js';
import type { TlArrow, TlItem, TlModel, TlStrip } from './model.js';

/** How many sources get a strip of their own. */
const TOP_SOURCES = 6;

const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function item(value: string | null, title: string, href: string | null): TlItem | null {
  const d = daySpan(value);
  return d ? { ...d, title, href } : null;
}

const present = <T>(x: T | null): x is T => x !== null;

export function ledgerModel(doc: LedgerDoc): TlModel {
  const articles = doc.articles.map((a, i) => item(a.date, `article ${a.id}${a.title ? `: ${clip(a.title, 80)}` : ''} (${a.date})`, `#art-${i + 1}`)).filter(present);
  const entry = (e: TimelineEntry, i: number): TlItem | null =>
    item(e.value, `${e.kind === 'deadline' ? 'deadline' : 'date'} “${clip(e.text, 60)}” = ${withLabel(e.value)}\n${clip(e.refersTo, 100)}\n${e.article} s${e.sentence}`, `#tl-${i + 1}`);
  const dates = doc.timeline.map((e, i) => (e.kind === 'date' ? entry(e, i) : null)).filter(present);
  const deadlines = doc.timeline.map((e, i) => (e.kind === 'deadline' ? entry(e, i) : null)).filter(present);
  const undated = doc.timeline.filter((e) => daySpan(e.value) === null).length;
  return {
    lanes: [
      { id: 'articles', label: 'articles', items: articles },
      { id: 'dates', label: 'dates', items: dates },
      { id: 'deadlines', label: 'deadlines', items: deadlines },
    ],
    arrows: doc.threads.flatMap(threadArrows),
    strips: strips(doc),
    reference: null,
    undated,
    size: 'full',
  };
}

/** One arrow per thread whose value moved: from its first due date to its last. */
function threadArrows(t: LedgerDoc['threads'][number]): TlArrow[] {
  const first = t.steps[0];
  const last = t.steps[t.steps.length - 1];
  const a = daySpan(first?.value);
  const b = daySpan(last?.value);
  if (!first || !last || !a || !b || a.from === b.from) return [];
  const how = b.from > a.from ? 'extended' : 'brought forward';
  const path = t.values.join(' → ');
  return [{ from: a.from, to: b.from, label: t.what, title: `${how}: ${path}\n${clip(t.what, 120)}\n${last.article} s${last.sentence}`, href: `#thread-${t.id}` }];
}

/** The most quoted sources, one dot per quote or claim at its article's date. */
function strips(doc: LedgerDoc): TlStrip[] {
  return doc.sources
    .map((g, k) => ({ g, k }))
    .filter(({ g }) => g.source !== null)
    .sort((a, b) => b.g.items.length - a.g.items.length)
    .slice(0, TOP_SOURCES)
    .map(({ g, k }) => ({
      label: g.source!,
      items: g.items.map((i) => item(i.articleDate, `${g.source}: ${i.kind} “${clip(i.text, 90)}”\n${i.article} s${i.sentence}`, `#src-${k + 1}`)).filter(present),
    }))
    .filter((s) => s.items.length > 0);
}

/** One article: its dates and its deadlines, the publication date as a rule, moved deadlines as arrows. */
export function articleModel(doc: ClaimsDoc): TlModel {
  const deadlineAt = new Set(doc.deadlines.map((d) => d.start));
  const dates = doc.dates.filter((d) => !deadlineAt.has(d.start)).map((d) => item(d.value, `date “${clip(d.text, 60)}” = ${withLabel(d.value)}\nsentence ${d.sentence}`, null)).filter(present);
  const deadlines = doc.deadlines.map((d) => item(d.value, `deadline “${clip(d.text, 60)}” = ${withLabel(d.value)}${d.what ? `\n${clip(d.what, 100)}` : ''}\nsentence ${d.sentence}`, null)).filter(present);
  const arrows: TlArrow[] = doc.deadlines.flatMap((d) => {
    const a = daySpan(d.extendedFrom?.value ?? null);
    const b = daySpan(d.value);
    return a && b && a.from !== b.from ? [{ from: a.from, to: b.from, label: d.what ?? d.text, title: `moved: ${d.extendedFrom!.value} → ${d.value}\n${clip(d.what ?? d.text, 120)}`, href: null }] : [];
  });
  const ref = daySpan(doc.input.referenceDate);
  return {
    lanes: [
      { id: 'dates', label: 'dates', items: dates },
      { id: 'deadlines', label: 'deadlines', items: deadlines },
    ],
    arrows,
    strips: [],
    reference: ref ? ref.from : null,
    undated: [...doc.dates, ...doc.deadlines].filter((d) => d.value !== null && daySpan(d.value) === null).length,
    size: 'compact',
  };
}
