import { claimsDocJsonSchema } from '../../schema/json-schema.js';
import { EXIT } from '../errors.js';
import type { CliProcess } from '../io.js';

/** `schema`: print the JSON Schema of the extract output (generated from the zod schema). */
export async function runSchema(proc: CliProcess): Promise<number> {
  proc.stdout.write(JSON.stringify(claimsDocJsonSchema(), null, 2) + '\n');
  return EXIT.OK;
}
