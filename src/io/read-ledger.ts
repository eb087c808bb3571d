import { CliError } from './errors.js';
import { ArticleDigest, LEDGER_SCHEMA_VERSION, LedgerDoc } from '../schema/ledger.js';
import { readInputFile } from './read-input.js';

/** A `ledger` input ending in .json is a ledger made earlier (`ledger ... --format json`), folded in whole. */
export const LEDGER_FILE = /\.json$/i;

export type FoldableLedger = LedgerDoc & { digests: ArticleDigest[] };

/**
 * Read and check a JSON ledger: the ledger schema of this version, with the digests of its articles.
 * No size bound (it is our own output, held whole as one JSON value); any problem is one E_BAD_LEDGER.
 */
export async function readLedgerFile(path: string): Promise<FoldableLedger> {
  const { text } = await readInputFile(path, Number.POSITIVE_INFINITY);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError('E_BAD_LEDGER', { path, reason: `not valid JSON: ${(e as Error).message}` });
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== LEDGER_SCHEMA_VERSION) {
    throw new CliError('E_BAD_LEDGER', { path, reason: version === undefined ? 'no schemaVersion' : `schemaVersion ${String(version)}, this version folds ${LEDGER_SCHEMA_VERSION}` });
  }
  const parsed = LedgerDoc.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError('E_BAD_LEDGER', { path, reason: `${issue.path.join('.') || 'the document'}: ${issue.message}` });
  }
  if (!parsed.data.digests) throw new CliError('E_BAD_LEDGER', { path, reason: 'it carries no digests' });
  return parsed.data as FoldableLedger;
}
