import type { ClaimsDoc } from '../schema/doc.js';
import type { ArticleDigest } from '../schema/ledger.js';
import { DATE_CONTEXT, THREAD_FALLBACK } from '../rules/ledger.js';
import { deadlineFeatures } from './features.js';
import { clip } from './names.js';

/** What the ledger knows of an article besides its ClaimsDoc (jsonl record fields). */
export interface ArticleMeta {
  id?: string;
  path?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** 'record' when the reference date came from a jsonl record's `date` */
  dateSource?: ArticleDigest['article']['dateSource'];
}

const CLAIM_CHARS = 400;

/**
 * An article reduced to what the ledger folds (see ArticleDigest): its actors, its dated items with a
 * short context, its deadlines' thread features (actors as "@i", the index of the digest's actor), and
 * what was said, by whom as the article names them. Depends on this article alone.
 */
export function digestOf(doc: ClaimsDoc, meta: ArticleMeta = {}): ArticleDigest {
  const forms = doc.actors.map((a, i) => ({ id: String(i), forms: [a.name, ...a.aliases, ...a.mentions.map((m) => m.text)] }));
  return {
    article: {
      id: meta.id ?? doc.input.path ?? null,
      path: meta.path ?? doc.input.path,
      date: doc.input.referenceDate,
      dateSource: meta.dateSource ?? doc.input.referenceDateSource,
      title: meta.title ?? null, url: meta.url ?? null, outlet: meta.outlet ?? null,
      sentences: doc.sentences.length,
    },
    actors: doc.actors.map((a) => ({ name: a.name, aliases: a.aliases, type: a.type, role: a.role, mentions: a.mentions.length })),
    timeline: [...dates(doc), ...deadlines(doc, forms)],
    said: said(doc),
  };
}

type Entry = ArticleDigest['timeline'][number];

function dates(doc: ClaimsDoc): Entry[] {
  const deadlineAt = new Set(doc.deadlines.map((d) => d.start));
  return doc.dates
    .filter((d) => d.value !== null && !deadlineAt.has(d.start))
    .map((d) => ({
      value: d.value!, text: d.text, kind: 'date', dateKind: d.kind, sentence: d.sentence, start: d.start, end: d.end,
      refersTo: around(doc, d.sentence, d.start, d.end), consequence: null, rule: d.rule, features: null, extendedFrom: null,
    }));
}

function deadlines(doc: ClaimsDoc, forms: { id: string; forms: string[] }[]): Entry[] {
  const kindAt = new Map(doc.dates.map((d) => [d.start, d.kind]));
  return doc.deadlines
    .filter((d) => d.value !== null)
    .map((d) => {
      let features = deadlineFeatures(d.what, forms);
      if (features.filter((f) => !f.startsWith('@')).length < THREAD_FALLBACK.minWords) {
        features = deadlineFeatures(`${d.what} ${doc.sentences[d.sentence]?.text ?? ''}`, forms);
      }
      return {
        value: d.value!, text: d.text, kind: 'deadline', dateKind: kindAt.get(d.start) ?? null, sentence: d.sentence, start: d.start, end: d.end,
        refersTo: clip(d.what, DATE_CONTEXT.chars), consequence: d.consequence, rule: d.rule, features, extendedFrom: d.extendedFrom?.start ?? null,
      };
    });
}

function said(doc: ClaimsDoc): ArticleDigest['said'] {
  const quotes = doc.quotes
    .filter((q) => q.kind === 'statement')
    .map((q) => ({ kind: 'quote' as const, text: q.text, quoteKind: q.kind, cue: null, via: null, sentence: q.sentence, start: q.start, end: q.end, rule: q.rule, source: q.speaker }));
  const claims = doc.claims.map((c) => ({
    kind: 'claim' as const, text: clip(c.text, CLAIM_CHARS), quoteKind: null, cue: c.cue, via: c.via, sentence: c.sentence, start: c.start, end: c.end, rule: c.rule, source: c.source,
  }));
  return [...quotes, ...claims];
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
