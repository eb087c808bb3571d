/**
 * The extraction pipeline: the stages in order, declared once here and nowhere else (one comment each
 * below). Every stage reads the one document model built by `parse` (src/parse) and the outputs of
 * the stages before it, and records its decisions in the document's trace; no stage keeps a cache
 * across documents. Extractors propose, refiners decide. `--explain` turns the trace into an `explain`
 * list per item and a `dropped` list (src/explain.ts).
 */
import type { ClaimsDoc } from './schema/doc.js';
import { SCHEMA_VERSION } from './schema/doc.js';
import { parse } from './parse/index.js';
import { extractActors } from './extract/actors/index.js';
import { extractDates } from './extract/dates/index.js';
import { extractDeadlines } from './extract/deadlines/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractClaims } from './extract/claims/index.js';
import { findFrames, resolveSources } from './refine/attribution/index.js';
import { findClauses } from './extract/clauses/index.js';
import { findReferenceDate } from './refine/reference-date.js';
import { linkActorIds } from './refine/actor-ids.js';
import { buildChains } from './refine/chains/index.js';
import { retag } from './refine/retag.js';
import type { ExtractContext } from './extract/context.js';
import type { LexiconFile, UserLexicon } from './schema/lexicon.js';
import { withLexicon } from './extract/lexicon/scope.js';
import { mergeLexicons, parseLexicon } from './extract/lexicon/merge.js';
import { dropNonActors } from './extract/lexicon/non-actors.js';
import { NO_TRACE, Trace } from './engine/trace.js';
import { withExplain } from './explain.js';
import { analyzeInSegments, SEGMENTED_ABOVE, segmentSpans } from './segments.js';

export interface AnalyzeOptions {
  /** YYYY-MM-DD; overrides any date found in the text. */
  referenceDate?: string | null;
  /** Shown in `input.path` (file path, "-" for stdin). */
  path?: string | null;
  /** What is known of the article (a record's fields, a page's metadata), shown in the `input` header. */
  id?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  /** Where `referenceDate` came from (default 'option': given by the caller). */
  referenceDateSource?: 'option' | 'html' | 'feed' | 'record';
  /** The text is not the input itself (an HTML page's main text): the output carries it in `input.text`. */
  includeText?: boolean;
  /** Size of the input in bytes, when it came from a file. */
  bytes?: number;
  /** Records every row decision (rule id, stage, verdict, offsets): --explain and the rows test read it. */
  trace?: Trace;
  /** Add `explain` (the rows behind it) to every item and `dropped` (rejected candidates) to the document. */
  explain?: boolean;
  /** The user's lexicon rows, merged and validated (createAnalyzer builds it from lexicon files' contents). */
  lexicon?: UserLexicon | null;
}

/**
 * Analyze one article. With `options.lexicon`, the user's rows join the built-in lexicons for this call.
 * A text longer than SEGMENTED_ABOVE (far beyond news length) is analyzed in segments (src/segments.ts).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): ClaimsDoc {
  return withLexicon(options.lexicon, () => (text.length > SEGMENTED_ABOVE ? inSegments(text, options) : analyzeText(text, options)));
}

/** A long text segment by segment: the reference date is sought in the first segment only (the text's first lines). */
function inSegments(text: string, options: AnalyzeOptions): ClaimsDoc {
  const bytes = options.bytes ?? Buffer.byteLength(text, 'utf8');
  let first = true;
  return analyzeInSegments(text, segmentSpans(text), options.referenceDate, options.trace, (part, referenceDate, trace) => {
    const doc = analyzeText(part, { ...options, bytes, referenceDate, trace }, first);
    first = false;
    return doc;
  });
}

/**
 * An `analyze` bound to extra lexicon rows: `createAnalyzer({ lexicon: {actors: [...], reportingVerbs: [...]} })`
 * (one lexicon object or a list, each in the shape of a lexicon file; checked with zod: a bad one throws
 * a LexiconError naming the field). The rows are merged once; each keeps the id `user:NAME#list[i]`.
 */
export function createAnalyzer(config: { lexicon?: LexiconFile | LexiconFile[] | UserLexicon; name?: string } = {}): (text: string, options?: AnalyzeOptions) => ClaimsDoc {
  const given = config.lexicon;
  const lexicon = !given ? null : isMerged(given) ? given : mergeLexicons((Array.isArray(given) ? given : [given]).map((data, i) => ({ source: config.name ?? `lexicon${Array.isArray(given) ? i + 1 : ''}`, data: parseLexicon(data) })));
  return (text, options = {}) => analyze(text, { ...options, lexicon: options.lexicon ?? lexicon });
}

function isMerged(x: unknown): x is UserLexicon {
  return typeof x === 'object' && x !== null && Array.isArray((x as UserLexicon).actors) && Array.isArray((x as UserLexicon).nonActors) && Array.isArray((x as UserLexicon).deadlineCues) && (x as UserLexicon).actors.every((r) => typeof r.id === 'string');
}

function analyzeText(text: string, options: AnalyzeOptions, seekDate = true): ClaimsDoc {
  const t0 = performance.now();
  // 1. parse once, the document model: paragraphs, quotation spans (one scanner), quote-aware sentences,
  //    compromise-tagged tokens with offsets and flags (norm, cap, poss, hyphen, first, inQuote)
  const doc = parse(text);
  const trace = options.trace ?? (options.explain ? new Trace(true) : NO_TRACE);
  // 1b. retag: the rows of src/rules/retag give the tokens compromise misreads the tags of what they are
  //     (a date word that is a surname: "Nora Day"; a group noun read as a verb: "Dunmore police say")
  retag(doc, trace);
  // 2. the reference date: --date, else a row of src/rules/reference-date.ts (dateline, "Published" line,
  //    release number, date line, front matter) on the first lines, else none
  const found = options.referenceDate || !seekDate ? null : findReferenceDate(text, trace);
  const referenceDate = options.referenceDate ?? found?.value ?? null;
  const ctx: ExtractContext = { doc, referenceDate, trace, lexicon: options.lexicon ?? null };
  // 3. actors first: quotes and claims resolve speakers and sources against them (less the user's non-actors)
  const actors = dropNonActors(extractActors(ctx), ctx);
  // 4. every temporal expression, normalized against the reference date
  const dates = extractDates(ctx);
  // 5. deadlines: dates that carry a deadline cue, with what is due, who is bound and the date it replaces
  const deadlines = extractDeadlines(ctx, dates, actors);
  // 6. clauses: per sentence, every verb group ("has repeatedly said", "went on to say") and its subject
  //    phrase with its head (asides skipped; inverted, participle and absolute clauses)
  const clauses = findClauses(doc, ctx.trace);
  // 6b. mentions and chains: every actor is a chain (with the people the name tags find); pronouns and
  //     definite descriptions ("the company", "the secretary") join one by the link rows (src/rules/chains),
  //     clause subjects preferred as antecedents
  const chains = buildChains(doc, actors, clauses, ctx.trace);
  // 7. attribution cues: quotation spans and every frame (reporting verb, credit phrase or attribution
  //    noun; its source phrase from the clause layer; its content span), from the text alone
  const frames = findFrames(doc, ctx.trace, clauses);
  // 8. attribution sources: each frame's source phrase resolved to a name through the chains only: names
  //    by their named mentions and the chains' name forms, pronouns and role nouns ("the company") by their
  //    link; and the outlet that carried it
  const att = resolveSources(doc, frames, chains, ctx.trace);
  // 9. quotations, their kind, and the speaker of the frame that reports them
  const { quotes, reports } = extractQuotes(ctx, { att, chains, clauses });
  // 10. attributed claims: one per frame, source and via from the same frame, extended over the quotes it owns;
  //     and one per quotation whose speaker a row read from the clause that reports it (no frame there);
  //     several claims of a sentence end at the clause break before the next one's whole subject (the clause layer's)
  const claims = extractClaims(ctx, att, quotes, reports, clauses);
  // 11. actor ids (a1, a2, ...) and the speakerId / sourceId / viaId that join quotes and claims to them
  const linked = linkActorIds(actors, quotes, claims);
  const out: ClaimsDoc = {
    schemaVersion: SCHEMA_VERSION,
    input: {
      path: options.path ?? null,
      id: options.id ?? null,
      url: options.url ?? null,
      title: options.title ?? null,
      outlet: options.outlet ?? null,
      byline: options.byline ?? null,
      ...(options.includeText ? { text } : {}),
      bytes: options.bytes ?? Buffer.byteLength(text, 'utf8'),
      chars: text.length,
      offsets: 'utf16',
      referenceDate,
      referenceDateSource: options.referenceDate ? (options.referenceDateSource ?? 'option') : found ? 'text' : 'none',
      referenceDateEvidence: found ? { text: found.text, start: found.start, end: found.end } : null,
    },
    stats: {
      paragraphs: doc.paragraphs.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
      ms: Math.round((performance.now() - t0) * 10) / 10,
    },
    sentences: doc.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text })),
    actors: linked.actors,
    dates,
    deadlines,
    quotes: linked.quotes,
    claims: linked.claims,
  };
  // 12. --explain: every item's rows (its rule, then the trace events that touch it) and the rejected candidates
  return options.explain ? withExplain(out, trace) : out;
}
