import type { ParsedDoc } from '../parse/types.js';
import type { Trace } from '../engine/trace.js';
import type { UserLexicon } from '../schema/lexicon.js';

/** Options every extractor may read. */
export interface ExtractOptions {
  /** YYYY-MM-DD used to resolve relative dates, or null when unknown (never today's date). */
  referenceDate: string | null;
}

export interface ExtractContext extends ExtractOptions {
  doc: ParsedDoc;
  /** the document's decision record (disabled unless asked for: --explain, the rows test) */
  trace?: Trace;
  /** the user's lexicon rows (--lexicon, the config file, createAnalyzer), merged and validated; null: built-in lexicons only */
  lexicon?: UserLexicon | null;
}
