import type { ChalkInstance } from 'chalk';
import type { LedgerDoc } from '../../schema/ledger.js';

/** A ledger format: the whole ledger in, the whole output out (the ledger is built before it is shown). */
export interface LedgerFormatter {
  name: string;
  machine: boolean;
  render(doc: LedgerDoc, ctx: { chalk: ChalkInstance }): string;
}
