/**
 * What the scorer reads from a prediction: the fields of a ClaimsDoc it needs, leniently (a saved
 * `extract --format json` output parses; so does another system's output with the same list names).
 */
import { z } from 'zod';

const at = { start: z.number().optional(), end: z.number().optional() };

export const PredDoc = z.looseObject({
  actors: z
    .array(z.looseObject({ name: z.string(), type: z.string().optional(), aliases: z.array(z.string()).default([]) }))
    .default([]),
  dates: z.array(z.looseObject({ text: z.string(), value: z.string().nullable().default(null), ...at })).default([]),
  deadlines: z.array(z.looseObject({ text: z.string(), value: z.string().nullable().default(null), ...at })).default([]),
  quotes: z
    .array(z.looseObject({ text: z.string(), kind: z.string().default('statement'), speaker: z.string().nullable().default(null), ...at }))
    .default([]),
  claims: z.array(z.looseObject({ text: z.string(), source: z.string().nullable().default(null), ...at })).default([]),
});
export type PredDoc = z.infer<typeof PredDoc>;
export type PredDate = PredDoc['dates'][number];
export type PredQuote = PredDoc['quotes'][number];

export function parsePred(json: unknown): PredDoc {
  return PredDoc.parse(json);
}

/** Indexes of items sorted by start offset (document order); items without offsets keep their place. */
export function docOrder<T extends { start?: number | undefined }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i, key: item.start ?? -1 }))
    .sort((a, b) => (a.key === -1 || b.key === -1 ? a.i - b.i : a.key - b.key || a.i - b.i))
    .map((x) => x.item);
}
