import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsDocJsonSchema, type SchemaFile } from '../../schema/json-schema.js';
import { ledgerJsonSchema } from '../../schema/ledger.js';
import { goldJsonSchema } from '../../score/gold-schema.js';
import { z } from 'zod';
import { LexiconFile } from '../../schema/lexicon.js';
import { CliError, EXIT } from '../../io/errors.js';
import type { CliProcess } from '../io.js';

const lexiconJsonSchema = () => ({ title: 'tiktok-claims user lexicon (--lexicon FILE)', ...z.toJSONSchema(LexiconFile, { io: 'input' }) });
const SCHEMAS: Record<string, () => Record<string, unknown>> = { article: claimsDocJsonSchema, ledger: ledgerJsonSchema, gold: goldJsonSchema, lexicon: lexiconJsonSchema };
const FILES: Record<SchemaFile, () => Record<string, unknown>> = { 'claims-doc': claimsDocJsonSchema, ledger: ledgerJsonSchema, gold: goldJsonSchema };

const text = (schema: Record<string, unknown>): string => JSON.stringify(schema, null, 2) + '\n';

/**
 * `schema [article|ledger|gold|labelstudio-config]`: print the JSON Schema of the extract output, the
 * ledger output or the gold annotation format (each generated from its zod schema), or the Label Studio
 * labeling config that `--format labelstudio` tasks fit (brat-config: brat's annotation.conf for `--format brat`). `schema --write DIR` writes every schema as
 * DIR/NAME.schema.json (the build writes the package's schemas/ this way).
 */
export async function runSchema(proc: CliProcess, which = 'article', write?: string): Promise<number> {
  if (write !== undefined) return writeSchemas(proc, write);
  if (which === 'labelstudio-config' || which === 'brat-config') {
    const { LABEL_STUDIO_CONFIG, BRAT_CONFIG } = await import('../../format/index.js');
    proc.stdout.write(which === 'brat-config' ? BRAT_CONFIG : LABEL_STUDIO_CONFIG);
    return EXIT.OK;
  }
  const schema = SCHEMAS[which];
  if (!schema) throw new CliError('E_BAD_OPTION', { message: `unknown schema "${which}": expected article, ledger, gold, lexicon, labelstudio-config or brat-config` });
  proc.stdout.write(text(schema()));
  return EXIT.OK;
}

function writeSchemas(proc: CliProcess, dir: string): number {
  for (const [name, schema] of Object.entries(FILES)) {
    const path = join(dir, `${name}.schema.json`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, text(schema()));
    } catch (e) {
      throw new CliError('E_OUTPUT', { path, reason: (e as Error).message });
    }
  }
  return EXIT.OK;
}
