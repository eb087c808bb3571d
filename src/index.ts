/** The library API: analyze(text, options) -> ClaimsDoc. */
export { analyze } from './pipeline.js';
export type { AnalyzeOptions } from './pipeline.js';
export * from './schema/doc.js';
export { parse } from './parse/index.js';
export type { ParsedDoc, Paragraph, Sentence, Token, Span } from './parse/index.js';
