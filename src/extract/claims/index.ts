import type { Actor, Claim, Quote } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';

/** Claims: attributed assertions, direct or indirect, with source and cue. (stub) */
export function extractClaims(_ctx: ExtractContext, _actors: Actor[], _quotes: Quote[]): Claim[] {
  return [];
}
