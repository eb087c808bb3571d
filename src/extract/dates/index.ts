import type { DateItem } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';

/** Dates: every temporal expression, one item per occurrence, normalized. (stub) */
export function extractDates(_ctx: ExtractContext): DateItem[] {
  return [];
}
