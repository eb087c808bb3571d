import type { ClaimsDoc } from '../schema/doc.js';
import type { LedgerArticle, LedgerDoc, TimelineEntry } from '../schema/ledger.js';
import { LEDGER_SCHEMA_VERSION } from '../schema/ledger.js';
import { DATE_CONTEXT, THREAD_FALLBACK } from '../rules/ledger.js';
import { ActorLedger, type ArticleRef } from './actors.js';
import { deadlineFeatures } from './features.js';
import { clip } from './names.js';
import { byTime, type Position } from './order.js';
import { SaidLedger } from './said.js';
import { ThreadLedger, type ThreadMember } from './threads.js';

/** What the ledger knows of an article besides its ClaimsDoc (jsonl record fields). */
export interface ArticleMeta {
  id?: string;
  path?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** 'record' when the reference date came from a jsonl record's `date` */
  dateSource?: LedgerArticle['dateSource'];
}

const CLAIM_CHARS = 400;

/**
 * The cross-article ledger, folded one article at a time: `add` keeps only what the output needs
 * (names, counts, dated items with a short context), never the texts or the documents.
 */
export class Ledger {
  private t0 = performance.now();
  private articles: (LedgerArticle & { arrival: number })[] = [];
  private actors = new ActorLedger();
  private threads = new ThreadLedger();
  private said = new SaidLedger();
  private timeline: (TimelineEntry & Position)[] = [];
  private errors: LedgerDoc['errors'] = [];

  add(doc: ClaimsDoc, meta: ArticleMeta = {}): void {
    const arrival = this.articles.length;
    const id = meta.id ?? doc.input.path ?? `article-${arrival + 1}`;
    const date = doc.input.referenceDate;
    const ref: ArticleRef = { id, arrival, date };
    this.articles.push({
      id, arrival, date,
      path: meta.path ?? doc.input.path,
      dateSource: meta.dateSource ?? doc.input.referenceDateSource,
      title: meta.title ?? null, url: meta.url ?? null, outlet: meta.outlet ?? null,
      sentences: doc.sentences.length,
    });
    const local = new Map<string, string>(); // this article's actor name -> ledger id
    const forms: { id: string; forms: string[] }[] = [];
    for (const a of doc.actors) {
      const lid = this.actors.add(a, ref);
      local.set(a.name, lid);
      forms.push({ id: lid, forms: [a.name, ...a.aliases, ...a.mentions.map((m) => m.text)] });
    }
    const at = { article: id, articleDate: date, arrival };
    this.addDates(doc, at);
    this.addDeadlines(doc, at, forms);
    this.addSaid(doc, at, local);
  }

  addError(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  private addDates(doc: ClaimsDoc, at: { article: string; articleDate: string | null; arrival: number }): void {
    const deadlineAt = new Set(doc.deadlines.map((d) => d.start));
    for (const d of doc.dates) {
      if (d.value === null || deadlineAt.has(d.start)) continue;
      this.timeline.push({
        ...at, value: d.value, text: d.text, kind: 'date', dateKind: d.kind, sentence: d.sentence, start: d.start, end: d.end,
        refersTo: around(doc, d.sentence, d.start, d.end), consequence: null, thread: null, change: null, previous: null, rule: d.rule,
      });
    }
  }

  private addDeadlines(doc: ClaimsDoc, at: { article: string; articleDate: string | null; arrival: number }, forms: { id: string; forms: string[] }[]): void {
    const kindAt = new Map(doc.dates.map((d) => [d.start, d.kind]));
    const added = new Map<number, ThreadMember>();
    for (const d of doc.deadlines) {
      if (d.value === null) continue;
      const entry: TimelineEntry & ThreadMember = {
        ...at, value: d.value, text: d.text, kind: 'deadline', dateKind: kindAt.get(d.start) ?? null, sentence: d.sentence, start: d.start, end: d.end,
        refersTo: clip(d.what, DATE_CONTEXT.chars), consequence: d.consequence, thread: null, change: null, previous: null, rule: d.rule,
      };
      this.timeline.push(entry);
      let features = deadlineFeatures(d.what, forms);
      if (features.filter((f) => !f.startsWith('@')).length < THREAD_FALLBACK.minWords) {
        features = deadlineFeatures(`${d.what} ${doc.sentences[d.sentence]?.text ?? ''}`, forms);
      }
      this.threads.add(entry, features, d.extendedFrom ? added.get(d.extendedFrom.start) : undefined);
      added.set(d.start, entry);
    }
  }

  private addSaid(doc: ClaimsDoc, at: { article: string; articleDate: string | null; arrival: number }, local: Map<string, string>): void {
    const actorOf = (name: string | null) => (name === null ? null : local.get(name) ?? this.actors.resolve(name));
    for (const q of doc.quotes) {
      if (q.kind !== 'statement') continue;
      const item = { ...at, kind: 'quote' as const, text: q.text, quoteKind: q.kind, cue: null, via: null, sentence: q.sentence, start: q.start, end: q.end, rule: q.rule };
      this.said.add(item, actorOf(q.speaker), q.speaker);
    }
    for (const c of doc.claims) {
      const item = { ...at, kind: 'claim' as const, text: clip(c.text, CLAIM_CHARS), quoteKind: null, cue: c.cue, via: c.via, sentence: c.sentence, start: c.start, end: c.end, rule: c.rule };
      this.said.add(item, actorOf(c.source), c.source);
    }
  }

  /** The ledger as it stands (call once at the end; `add` may not be called after). */
  finish(): LedgerDoc {
    const threads = this.threads.finish();
    const nameOf = (id: string) => this.actors.name(id);
    for (const t of threads) t.keywords = t.keywords.map((k) => (k.startsWith('@') ? nameOf(k.slice(1)) : k));
    const timeline = [...this.timeline].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : byTime(a, b)));
    const articles = [...this.articles].sort((a, b) => byTime({ articleDate: a.date, arrival: a.arrival, start: 0 }, { articleDate: b.date, arrival: b.arrival, start: 0 }));
    const actors = this.actors.finish();
    return {
      schemaVersion: LEDGER_SCHEMA_VERSION,
      stats: {
        articles: articles.length, failed: this.errors.length, actors: actors.length, timeline: timeline.length,
        threads: threads.length, moved: threads.filter((t) => t.values.length > 1).length,
        ms: Math.round((performance.now() - this.t0) * 10) / 10,
      },
      articles: articles.map(({ arrival: _a, ...rest }) => rest),
      actors,
      timeline: timeline.map(({ arrival: _a, ...rest }) => rest),
      threads,
      sources: this.said.finish(nameOf),
      errors: this.errors,
    };
  }
}

/** The words around a date in its sentence (DATE_CONTEXT characters, centred on the date). */
function around(doc: ClaimsDoc, sentence: number, start: number, end: number): string {
  const s = doc.sentences[sentence];
  if (!s) return '';
  const half = Math.max(0, Math.floor((DATE_CONTEXT.chars - (end - start)) / 2));
  const from = Math.max(s.start, start - half);
  const to = Math.min(s.end, end + half);
  const text = s.text.slice(from - s.start, to - s.start);
  return (from > s.start ? '…' : '') + clip(text, DATE_CONTEXT.chars) + (to < s.end ? '…' : '');
}
