import type { Actor } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';

/** Actors: every distinct participant, once, under one canonical name. (stub: filled by the actors work) */
export function extractActors(_ctx: ExtractContext): Actor[] {
  return [];
}
