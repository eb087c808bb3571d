import { claimsDocJsonSchema } from '../../schema/json-schema.js';
import { goldJsonSchema } from '../../score/gold-schema.js';
import { ledgerJsonSchema } from '../../schema/ledger.js';
import { CliError, EXIT } from '../errors.js';
import type { CliProcess } from '../io.js';

const SCHEMAS: Record<string, () => Record<string, unknown>> = { article: claimsDocJsonSchema, ledger: ledgerJsonSchema, gold: goldJsonSchema };

/**
 * `schema [article|ledger|gold|labelstudio-config]`: print the JSON Schema of the extract output, the
 * ledger output or the gold annotation format (each generated from its zod schema), or the Label Studio
 * labeling config that `--format labelstudio` tasks fit.
 */
export async function runSchema(proc: CliProcess, which = 'article'): Promise<number> {
  if (which === 'labelstudio-config') {
    const { LABEL_STUDIO_CONFIG } = await import('../../format/labelstudio.js');
    proc.stdout.write(LABEL_STUDIO_CONFIG);
    return EXIT.OK;
  }
  const schema = SCHEMAS[which];
  if (!schema) throw new CliError('E_BAD_OPTION', { message: `unknown schema "${which}": expected article, ledger, gold or labelstudio-config` });
  proc.stdout.write(JSON.stringify(schema(), null, 2) + '\n');
  return EXIT.OK;
}
