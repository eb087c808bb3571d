/**
 * The cross-article ledger contract (`tiktok-claims ledger`): one zod schema, like the article
 * schema in doc.ts. `tiktok-claims schema ledger` prints z.toJSONSchema(LedgerDoc).
 *
 * Articles are referred to by their `id` (the jsonl record id, else the file path). Sentence indexes
 * and offsets point into that article's text, as in its own ClaimsDoc.
 */
import { z } from 'zod';
import { ActorType, DateKind, QuoteKind } from './doc.js';
import { toJsonSchema } from './json-schema.js';

export const LEDGER_SCHEMA_VERSION = '1.1.0';

export const LedgerArticle = z.object({
  id: z.string().describe('record id (jsonl) or file path'),
  path: z.string().nullable().describe('where it was read from ("file.jsonl:12" for a record)'),
  date: z.string().nullable().describe('the reference date used (YYYY-MM-DD), or null'),
  dateSource: z.enum(['option', 'html', 'feed', 'record', 'text', 'none']),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  sentences: z.number().int().nonnegative(),
});
export type LedgerArticle = z.infer<typeof LedgerArticle>;

export const ActorArticle = z.object({
  article: z.string(),
  mentions: z.number().int().nonnegative(),
  name: z.string().describe('the name this article uses'),
});

export const LedgerActor = z.object({
  id: z.string().describe('stable id within the ledger, e.g. "L1"'),
  name: z.string().describe('canonical name: the fullest form any article uses'),
  type: ActorType.describe('the type most articles give it'),
  typeVotes: z.record(z.string(), z.number().int()).describe('articles per type'),
  roles: z.array(z.string()).describe('titles the articles give it, most frequent first'),
  aliases: z.array(z.string()).describe('every other surface form, unioned over articles'),
  mentions: z.number().int().nonnegative().describe('mentions over all articles'),
  articles: z.array(ActorArticle).describe('articles that name it, in time order'),
});
export type LedgerActor = z.infer<typeof LedgerActor>;

export const Change = z.enum(['first', 'same', 'extended', 'advanced']);
export type Change = z.infer<typeof Change>;

export const TimelineEntry = z.object({
  value: z.string().describe('ISO 8601 value (may have unknown parts: XXXX-09-17)'),
  text: z.string(),
  kind: z.enum(['date', 'deadline']),
  dateKind: DateKind.nullable(),
  article: z.string(),
  articleDate: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  refersTo: z.string().describe("a deadline's `what`, else the words around the date in its sentence"),
  consequence: z.string().nullable(),
  thread: z.string().nullable().describe('deadline thread id (deadlines about the same thing)'),
  change: Change.nullable().describe('for a deadline: how its value compares with the thread\'s previous value'),
  previous: z.string().nullable().describe('the value the thread had before, when it changed'),
  rule: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ThreadStep = z.object({
  value: z.string(),
  text: z.string(),
  article: z.string(),
  articleDate: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  what: z.string(),
  change: Change,
});

export const DeadlineThread = z.object({
  id: z.string(),
  what: z.string().describe('what is due, as the first article says it'),
  keywords: z.array(z.string()).describe('content words and actors the deadlines share'),
  status: z.enum(['single', 'stable', 'extended', 'advanced', 'moved']).describe(
    'single: one mention; stable: same value throughout; extended: only moved later; advanced: only earlier; moved: both',
  ),
  values: z.array(z.string()).describe('distinct values in time order'),
  steps: z.array(ThreadStep).describe('every mention, in time order'),
});
export type DeadlineThread = z.infer<typeof DeadlineThread>;

export const SaidItem = z.object({
  kind: z.enum(['quote', 'claim']),
  text: z.string(),
  quoteKind: QuoteKind.nullable(),
  cue: z.string().nullable(),
  via: z.string().nullable(),
  article: z.string(),
  articleDate: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
});
export type SaidItem = z.infer<typeof SaidItem>;

export const SourceGroup = z.object({
  source: z.string().nullable().describe('canonical name; null gathers the unattributed items'),
  actor: z.string().nullable().describe('ledger actor id, when the source is a known actor'),
  articles: z.number().int().nonnegative(),
  items: z.array(SaidItem).describe('quotes and claims in time order (article date, then position)'),
});
export type SourceGroup = z.infer<typeof SourceGroup>;

export const LedgerError = z.object({ path: z.string(), code: z.string(), message: z.string() });

/**
 * An article as the ledger folds it (src/ledger/digest.ts): everything `Ledger.add` takes from its
 * ClaimsDoc, and nothing else. A JSON ledger carries the digests of its articles, in the order they
 * were added, so that `ledger old.json new/*.txt` and `ledger shard-a.json shard-b.json` fold them
 * again exactly as the articles themselves would be.
 */
export const DigestActor = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  type: ActorType,
  role: z.string().nullable(),
  mentions: z.number().int().nonnegative(),
});
export type DigestActor = z.infer<typeof DigestActor>;
export const DigestEntry = z.object({
  value: z.string(),
  text: z.string(),
  kind: z.enum(['date', 'deadline']),
  dateKind: DateKind.nullable(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  refersTo: z.string(),
  consequence: z.string().nullable(),
  rule: z.string(),
  features: z.array(z.string()).describe('a deadline\'s thread features; "@3" is the digest\'s actor 3').nullable(),
  extendedFrom: z.number().int().nonnegative().nullable().describe('start offset of the deadline of this article it replaces'),
});
export const DigestSaid = SaidItem.omit({ article: true, articleDate: true }).extend({
  source: z.string().nullable().describe("the speaker or source as the article names it"),
});
export const ArticleDigest = z.object({
  article: LedgerArticle.extend({ id: z.string().nullable().describe('null: named by its place in the ledger ("article-3")') }),
  actors: z.array(DigestActor),
  timeline: z.array(DigestEntry),
  said: z.array(DigestSaid),
});
export type ArticleDigest = z.infer<typeof ArticleDigest>;

export const LedgerDoc = z.object({
  schemaVersion: z.literal(LEDGER_SCHEMA_VERSION),
  stats: z.object({
    articles: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    actors: z.number().int().nonnegative(),
    timeline: z.number().int().nonnegative(),
    threads: z.number().int().nonnegative(),
    moved: z.number().int().nonnegative().describe('deadline threads whose value changed'),
    ms: z.number().nonnegative(),
  }),
  articles: z.array(LedgerArticle).describe('in time order'),
  actors: z.array(LedgerActor).describe('most articles first'),
  timeline: z.array(TimelineEntry).describe('by value, then article date, then position'),
  threads: z.array(DeadlineThread).describe('moved threads first'),
  sources: z.array(SourceGroup).describe('named sources by number of items; unattributed last'),
  errors: z.array(LedgerError).describe('inputs that could not be read or analyzed'),
  digests: z
    .array(ArticleDigest)
    .optional()
    .describe('--format json: the articles as folded, in the order they were added; `ledger` folds a ledger file given as an input from these'),
});
export type LedgerDoc = z.infer<typeof LedgerDoc>;

/** The JSON Schema of the ledger output. */
export function ledgerJsonSchema(): Record<string, unknown> {
  return toJsonSchema('ledger', 'tiktok-claims cross-article ledger', LedgerDoc);
}
