/**
 * The gold annotation format of SCHEMA.md, as zod schemas. Extra fields (polnearId, span, why,
 * timex3Type, ...) are kept (looseObject) and ignored by the scorer.
 */
import { z } from 'zod';
import { toJsonSchema } from '../schema/json-schema.js';

/** A name, null (unnamed source), or a list of acceptable names. */
export const GoldNames = z.union([z.string(), z.null(), z.array(z.string())]);
export type GoldNames = z.infer<typeof GoldNames>;

const optional = z.boolean().optional();

export const GoldActor = z.looseObject({
  name: z.string(),
  type: z.string(),
  role: z.string().nullable().optional(),
  aliases: z.array(z.string()).default([]),
  optional,
});
export type GoldActor = z.infer<typeof GoldActor>;

export const GoldDate = z.looseObject({ text: z.string(), value: z.string().nullable().default(null), optional });
export type GoldDate = z.infer<typeof GoldDate>;

export const GoldDeadline = GoldDate.extend({ what: z.string().optional() });
export type GoldDeadline = z.infer<typeof GoldDeadline>;

export const GoldQuote = z.looseObject({
  text: z.string(),
  kind: z.enum(['statement', 'title', 'scare']),
  speaker: GoldNames.default(null),
  /** [start, end] offsets in the article, when the converter kept them. */
  span: z.tuple([z.number(), z.number()]).optional(),
  optional,
});
export type GoldQuote = z.infer<typeof GoldQuote>;

export const GoldClaim = z.looseObject({
  anchor: z.string(),
  source: GoldNames.default(null),
  cue: z.string().optional(),
  optional,
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export const Gold = z.looseObject({
  id: z.string().optional(),
  article: z.string().optional(),
  referenceDate: z.string().nullable().default(null),
  actors: z.array(GoldActor).default([]),
  dates: z.array(GoldDate).default([]),
  deadlines: z.array(GoldDeadline).default([]),
  quotes: z.array(GoldQuote).default([]),
  claims: z.array(GoldClaim).default([]),
});
export type Gold = z.infer<typeof Gold>;

/** Parse and validate a gold object; throws a ZodError naming the bad field. */
export function parseGold(json: unknown): Gold {
  return Gold.parse(json);
}

/** The JSON Schema of the gold annotation format (`tiktok-claims schema gold`). */
export function goldJsonSchema(): Record<string, unknown> {
  return toJsonSchema('gold', 'tiktok-claims gold annotations (../shared/gold/SCHEMA.md)', Gold, 'input');
}
