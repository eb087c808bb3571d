import type { ParsedDoc } from '../parse/types.js';

/** Options every extractor may read. */
export interface ExtractOptions {
  /** YYYY-MM-DD used to resolve relative dates, or null when unknown (never today's date). */
  referenceDate: string | null;
}

export interface ExtractContext extends ExtractOptions {
  doc: ParsedDoc;
}
