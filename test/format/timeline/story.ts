import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../../src/pipeline.js';
import { Ledger } from '../../../src/ledger/index.js';

const STORY = new URL('../../../fixtures/story/', import.meta.url);

/** The ledger of the 4-day story fixture (dated by each article's dateline). */
export function storyLedger() {
  const ledger = new Ledger();
  for (const f of readdirSync(STORY).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(new URL(f, STORY), 'utf8');
    ledger.add(analyze(text, { path: `fixtures/story/${f}` }), { id: `fixtures/story/${f}`, path: `fixtures/story/${f}` });
  }
  return ledger.finish();
}

