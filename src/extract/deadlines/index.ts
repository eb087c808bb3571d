import type { DateItem, Deadline } from '../../schema/doc.js';
import type { ExtractContext } from '../context.js';

/** Deadlines: dates by or at which something must happen, from dates + deadline cues. (stub) */
export function extractDeadlines(_ctx: ExtractContext, _dates: DateItem[]): Deadline[] {
  return [];
}
