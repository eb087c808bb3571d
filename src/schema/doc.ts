/**
 * The output contract: one zod schema is the single source of truth.
 * Types are derived with z.infer; `tiktok-claims schema` prints z.toJSONSchema(ClaimsDoc).
 *
 * List and field names are a superset of ../shared/gold/SCHEMA.md, so any gold file can score it.
 * Every item carries its evidence: `start`/`end` (offsets into the ORIGINAL input, in the unit that
 * `input.offsets` names: UTF-16 code units by default, so `input.slice(start, end) === text` in
 * JavaScript; code points with `--offsets codepoint`, so `text[start:end]` in Python), `sentence`
 * (index into `sentences`) and `rule` (the id of the rule that produced it).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

/** One step of an item's explanation (`--explain`): a row that produced or refined it, and its stage. */
export const ExplainStep = z.object({
  rule: z.string().describe('row id (src/rules) or rule id'),
  stage: z.string().describe('the pipeline stage that applied it (src/pipeline.ts)'),
});
export type ExplainStep = z.infer<typeof ExplainStep>;

/** A candidate a row rejected (`--explain`). */
export const Dropped = z.object({
  rule: z.string().describe('id of the row that rejected it'),
  kind: z.string().describe('what the candidate was (actor, cue, date, ...)'),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Dropped = z.infer<typeof Dropped>;

/** Evidence fields shared by every extracted item. */
export const Evidence = z.object({
  start: z.number().int().nonnegative().describe('offset of the span start in the input (unit: `input.offsets`)'),
  end: z.number().int().nonnegative().describe('offset one past the span end (unit: `input.offsets`)'),
  sentence: z.number().int().nonnegative().describe('index into `sentences`'),
  rule: z.string().describe('id of the rule that produced the item'),
  explain: z
    .array(ExplainStep)
    .optional()
    .describe('only with --explain: the rows that produced and refined the item, in order (the first is `rule`)'),
});
export type Evidence = z.infer<typeof Evidence>;

export const ActorType = z.enum(['person', 'organization', 'country', 'media', 'place']);
export type ActorType = z.infer<typeof ActorType>;

export const Mention = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  rule: z.string(),
});
export type Mention = z.infer<typeof Mention>;

export const Actor = z.object({
  id: z.string().describe('stable id within the document, e.g. "a1"'),
  name: z.string().describe('canonical name (the fullest form in the text)'),
  type: ActorType,
  role: z.string().nullable().describe('title the article gives the actor, if any'),
  aliases: z.array(z.string()).describe('other surface forms used in the text'),
  mentions: z.array(Mention).describe('every mention, in text order'),
  ...Evidence.shape,
});
export type Actor = z.infer<typeof Actor>;

export const DateKind = z.enum(['date', 'duration', 'set', 'vague']);
export type DateKind = z.infer<typeof DateKind>;

export const DateItem = z.object({
  text: z.string().describe('surface text, without a leading "on", "by", "until"'),
  value: z.string().nullable().describe('ISO 8601 at the precision the text supports, or null'),
  kind: DateKind,
  time: z.string().optional().describe('clock time the text gives with the date, 24-hour "HH:MM" ("5 p.m." -> "17:00"; "midnight" ending a day -> "24:00")'),
  ...Evidence.shape,
});
export type DateItem = z.infer<typeof DateItem>;

/** A pointer to another date item of the same document (the old due date of an extended deadline). */
export const DeadlineRef = z.object({
  text: z.string(),
  value: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
});
export type DeadlineRef = z.infer<typeof DeadlineRef>;

export const Deadline = z.object({
  text: z.string().describe('the date expression'),
  value: z.string().nullable(),
  what: z.string().describe('what is due, as a clause from the sentence'),
  consequence: z.string().nullable().describe('what follows if it is missed, where the text says'),
  cue: z.string().nullable().describe('the words that make it a deadline ("by", "deadline", "takes effect")'),
  who: z.string().nullable().describe('canonical name of the actor bound by the deadline, when the text names one'),
  extendedFrom: DeadlineRef.nullable().describe('the earlier due date this one replaces, when the text states both ("extended the June 1 deadline to July 1")'),
  ...Evidence.shape,
});
export type Deadline = z.infer<typeof Deadline>;

export const QuoteKind = z.enum(['statement', 'title', 'scare']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z.object({
  text: z.string().describe('the quoted words, without the quotation marks'),
  kind: QuoteKind,
  speaker: z.string().nullable().describe('canonical actor name of who said it, or null'),
  speakerId: z.string().nullable().describe("the speaker's actor `id` (join key), or null when the speaker is no listed actor"),
  speakerRule: z.string().nullable().describe('rule that attributed the speaker'),
  ...Evidence.shape,
});
export type Quote = z.infer<typeof Quote>;

export const Claim = z.object({
  text: z.string().describe("the claim's content (or its sentence)"),
  source: z.string().nullable().describe('canonical actor who made the assertion; else the credited outlet; null when unnamed'),
  sourceId: z.string().nullable().describe("the source's actor `id` (join key), or null"),
  via: z.string().nullable().describe('outlet that relays the claim when the source is a speaker'),
  viaId: z.string().nullable().describe("the relaying outlet's actor `id`, or null"),
  cue: z.string().describe('the attribution words'),
  cueStart: z.number().int().nonnegative(),
  cueEnd: z.number().int().nonnegative(),
  ...Evidence.shape,
});
export type Claim = z.infer<typeof Claim>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const ReferenceDateSource = z.enum(['option', 'html', 'feed', 'record', 'text', 'none']);

/** The unit of every offset in a document: UTF-16 code units (JavaScript strings) or Unicode code points (Python). */
export const OffsetUnit = z.enum(['utf16', 'codepoint']);
export type OffsetUnit = z.infer<typeof OffsetUnit>;

export const InputInfo = z.object({
  path: z.string().nullable().describe('file path, "-" for stdin, null for library calls'),
  id: z.string().nullable().describe('the record id of a JSON Lines input (or the id given to analyze), else null'),
  url: z.string().nullable().describe("the article's URL: a record's url, a feed item's link, a page's canonical URL (or the url given to analyze), else null"),
  title: z.string().nullable().describe("the article's title: a record's title, a feed item's title, a page's title, else null"),
  outlet: z.string().nullable().describe('the publishing outlet: a record\'s outlet, the feed\'s title, a page\'s site name, else null'),
  byline: z.string().nullable().describe("a page's author line, else null"),
  text: z
    .string()
    .optional()
    .describe('the text every offset refers to, when it is not the input itself: the main text of an HTML page or feed item (one line per paragraph)'),
  bytes: z.number().int().nonnegative(),
  chars: z.number().int().nonnegative().describe('length of the input in the offset unit'),
  offsets: OffsetUnit.describe('unit of every start/end: utf16 (JavaScript string index, default) or codepoint (Python str index)'),
  referenceDate: z.string().nullable().describe('YYYY-MM-DD used to resolve relative dates'),
  referenceDateSource: ReferenceDateSource.describe("option: --date; html: the page's publication date; feed: the item's date; record: the record's date; text: found in the text; none"),
  referenceDateEvidence: z
    .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
    .nullable()
    .describe('where in the text the reference date was found'),
});

export const ClaimsDoc = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  input: InputInfo,
  stats: z.object({
    paragraphs: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    ms: z.number().nonnegative().describe('extraction time in milliseconds'),
  }),
  sentences: z.array(Sentence),
  actors: z.array(Actor),
  dates: z.array(DateItem),
  deadlines: z.array(Deadline),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  dropped: z.array(Dropped).optional().describe('only with --explain: candidates a row rejected, in the order decided'),
});
export type ClaimsDoc = z.infer<typeof ClaimsDoc>;

/** The error record written in jsonl for an input that could not be processed. */
export const ErrorRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  input: z.object({ path: z.string().nullable() }),
  error: z.object({ code: z.string(), message: z.string(), exitCode: z.number().int() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;
