import { z } from 'zod';
import { packageVersion } from '../version.js';
import { ClaimsDoc } from './doc.js';

/** The schema files the package ships (`schemas/NAME.schema.json`, importable as `tiktok-claims/schemas/NAME.schema.json`). */
export const SCHEMA_FILES = ['claims-doc', 'ledger', 'gold'] as const;
export type SchemaFile = (typeof SCHEMA_FILES)[number];

/**
 * A schema's `$id`: where the published package serves the file (unpkg maps a package path to its file), so
 * a validator resolves one schema from another, and `tiktok-claims/schemas/NAME.schema.json` resolves to
 * the same file in an installed package.
 */
export function schemaId(name: SchemaFile): string {
  return `https://unpkg.com/tiktok-claims@${packageVersion()}/schemas/${name}.schema.json`;
}

/** A JSON Schema (draft 2020-12) generated from a zod schema, with its `$id` and title; `io: 'input'` for a format people write (defaults optional). */
export function toJsonSchema(name: SchemaFile, title: string, schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  return { $id: schemaId(name), title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io }) };
}

/** The JSON Schema of the output, generated from the zod schema (the single source of truth). */
export function claimsDocJsonSchema(): Record<string, unknown> {
  return toJsonSchema('claims-doc', 'tiktok-claims article document', ClaimsDoc);
}
