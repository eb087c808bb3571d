import { claimsDocJsonSchema } from '../../schema/json-schema.js';
import { ledgerJsonSchema } from '../../schema/ledger.js';
import { CliError, EXIT } from '../errors.js';
import type { CliProcess } from '../io.js';

/** `schema [article|ledger]`: print the JSON Schema of the extract (or ledger) output, generated from the zod schema. */
export async function runSchema(proc: CliProcess, which = 'article'): Promise<number> {
  if (which !== 'article' && which !== 'ledger') throw new CliError('E_BAD_OPTION', { message: `unknown schema "${which}": expected article or ledger` });
  const schema = which === 'ledger' ? ledgerJsonSchema() : claimsDocJsonSchema();
  proc.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return EXIT.OK;
}
