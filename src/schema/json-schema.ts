import { z } from 'zod';
import { ClaimsDoc } from './doc.js';

/** The JSON Schema of the output, generated from the zod schema (the single source of truth). */
export function claimsDocJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://tiktok-claims.local/schema/claims-doc.json',
    title: 'tiktok-claims article document',
    ...z.toJSONSchema(ClaimsDoc, { target: 'draft-2020-12' }),
  };
}
