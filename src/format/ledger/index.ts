import { htmlLedger } from './html.js';
import { markdownLedger } from './markdown.js';
import { prettyLedger } from './pretty.js';
import type { LedgerFormatter } from './types.js';

export type { LedgerFormatter } from './types.js';

/** The ledger formats by name (the `ledger --format` choices). */
export const LEDGER_FORMATS: Record<string, LedgerFormatter> = {
  pretty: prettyLedger,
  json: { name: 'json', machine: true, render: (doc) => JSON.stringify(doc, null, 2) + '\n' },
  markdown: markdownLedger,
  html: htmlLedger,
};

export const LEDGER_FORMAT_NAMES = (): string[] => Object.keys(LEDGER_FORMATS);
