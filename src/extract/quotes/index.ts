import type { Actor, Quote } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';

/** Quotes: every span in quotation marks, with kind and speaker. (stub) */
export function extractQuotes(_ctx: ExtractContext, _actors: Actor[]): Quote[] {
  return [];
}
