/** The library API: analyze(text, options) -> ClaimsDoc. */
export { analyze, createAnalyzer } from './pipeline.js';
export { LexiconFile, type UserLexicon } from './schema/lexicon.js';
export { LexiconError, mergeLexicons } from './extract/lexicon/merge.js';
export type { AnalyzeOptions } from './pipeline.js';
export * from './schema/doc.js';
/** Offsets in code points (Python, brat, Web Annotation) instead of UTF-16 code units. */
export { withOffsets, codepointMap, OFFSET_FIELDS } from './schema/offsets.js';
/** The JSON Schemas (also shipped as files: `tiktok-claims/schemas/NAME.schema.json`). */
export { claimsDocJsonSchema, schemaId, SCHEMA_FILES, type SchemaFile } from './schema/json-schema.js';
export { parse } from './parse/index.js';
export type { ParsedDoc, Paragraph, Sentence, Token, Span } from './parse/index.js';
/** Across articles: `new Ledger()`, `.add(doc, meta)` per article, `.finish()` -> LedgerDoc. */
export { Ledger, type ArticleMeta } from './ledger/index.js';
export { LedgerDoc, LEDGER_SCHEMA_VERSION, ledgerJsonSchema } from './schema/ledger.js';
export type { LedgerActor, TimelineEntry, DeadlineThread, SourceGroup, SaidItem, LedgerArticle } from './schema/ledger.js';
