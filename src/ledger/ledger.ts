import type { ClaimsDoc } from '../schema/doc.js';
import type { ArticleDigest, LedgerArticle, LedgerDoc, TimelineEntry } from '../schema/ledger.js';
import { LEDGER_SCHEMA_VERSION } from '../schema/ledger.js';
import { ActorLedger, type ArticleRef } from './actors.js';
import { digestOf, type ArticleMeta } from './digest.js';
import { byTime, type Position } from './order.js';
import { SaidLedger } from './said.js';
import { ThreadLedger, type ThreadMember } from './threads.js';

export type { ArticleMeta } from './digest.js';

/**
 * The cross-article ledger, folded one article at a time: `add` keeps only what the output needs
 * (names, counts, dated items with a short context), never the texts or the documents. An article is
 * folded as its digest (digest.ts); `addLedger` folds the digests a JSON ledger carries, so a ledger
 * updated with new articles, or merged from shards, equals the ledger of all their articles.
 */
export class Ledger {
  private t0 = performance.now();
  private articles: (LedgerArticle & { arrival: number })[] = [];
  private actors = new ActorLedger();
  private threads = new ThreadLedger();
  private said = new SaidLedger();
  private timeline: (TimelineEntry & Position)[] = [];
  private errors: LedgerDoc['errors'] = [];
  private digests: ArticleDigest[] | null;

  /** `keepDigests`: carry every article's digest into the output (for --format json: a ledger that can be folded again). */
  constructor(opts: { keepDigests?: boolean } = {}) {
    this.digests = opts.keepDigests ? [] : null;
  }

  add(doc: ClaimsDoc, meta: ArticleMeta = {}): void {
    this.fold(digestOf(doc, meta));
  }

  /** Fold in a ledger made earlier (its digests and errors), as if its articles were added here, in their order. */
  addLedger(doc: LedgerDoc & { digests: ArticleDigest[] }): void {
    for (const d of doc.digests) this.fold(d);
    this.errors.push(...doc.errors);
  }

  addError(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  /** Fold one article's digest in. */
  fold(d: ArticleDigest): void {
    this.digests?.push(d);
    const arrival = this.articles.length;
    const id = d.article.id ?? `article-${arrival + 1}`;
    const date = d.article.date;
    const { path, dateSource, title, url, outlet, sentences } = d.article;
    this.articles.push({ id, arrival, date, path, dateSource, title, url, outlet, sentences });
    const ref: ArticleRef = { id, arrival, date };
    const lids = d.actors.map((a) => this.actors.add(a, ref));
    const at = { article: id, articleDate: date, arrival };
    const added = new Map<number, ThreadMember>();
    for (const { features, extendedFrom, ...e } of d.timeline) {
      const { rule, ...rest } = e;
      const entry: TimelineEntry & ThreadMember = { ...at, ...rest, thread: null, change: null, previous: null, rule };
      this.timeline.push(entry);
      if (e.kind !== 'deadline') continue;
      const ids = (features ?? []).map((f) => (f.startsWith('@') ? '@' + lids[Number(f.slice(1))] : f));
      this.threads.add(entry, [...new Set(ids)], extendedFrom === null ? undefined : added.get(extendedFrom));
      added.set(e.start, entry);
    }
    const local = new Map(d.actors.map((a, i) => [a.name, lids[i]!]));
    for (const { source, ...item } of d.said) {
      const actor = source === null ? null : local.get(source) ?? this.actors.resolve(source);
      this.said.add({ ...at, ...item }, actor, source);
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
      ...(this.digests ? { digests: this.digests } : {}),
    };
  }
}
