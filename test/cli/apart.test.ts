import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { APART_ABOVE, heapFor, runInOrder } from '../../src/cli/apart.js';
import { processOne } from '../../src/cli/batch.js';
import type { PoolResult } from '../../src/cli/wire.js';
import { FORMATS, type FormatContext } from '../../src/format/index.js';
import { makeChalk } from '../../src/cli/color.js';
import { runCli } from './run.js';

/**
 * A large input is analyzed apart (src/cli/apart.ts): in a worker of its own with a bounded heap,
 * its output sent in pieces. The output is the one the main thread would write; a document that does
 * not fit is one error line and exit 3.
 */
const dir = mkdtempSync(join(tmpdir(), 'tc-apart-'));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Harbor Council chair Mara Quell said on Friday that the ferry levy "will be cut by June 30."\n\nTomas Eberle of the Dock Workers Union said members would strike.\n');
const batch = { referenceDate: '2024-05-02', maxBytes: 1 << 20, stdin: Readable.from([]) };
const ctx: FormatContext = { color: false, chalk: makeChalk(0), inputs: 1, offsets: 'utf16' };
const noTime = (s: string) => s.replace(/"ms": ?[\d.]+/gu, '"ms":0');

async function text(r: PoolResult): Promise<string> {
  if (!r.ok || !('parts' in r)) throw new Error(`not analyzed apart: ${JSON.stringify(r)}`);
  let out = '';
  for await (const p of r.parts) out += p;
  return out;
}

describe('a large input analyzed apart', () => {
  it.each(['json', 'markdown'])('writes what the main thread would (%s), in pieces from a bounded worker', async (format) => {
    const output = { kind: 'render', format, ctx: { level: 0, inputs: 1, offsets: 'utf16' } } as const;
    const results: PoolResult[] = [];
    for await (const r of runInOrder([{ kind: 'file', path: article }], batch, { output, above: 0 })) results.push(r);
    expect(results).toHaveLength(1);
    const here = await processOne({ kind: 'file', path: article }, 0, batch);
    if (!here.ok) throw new Error('the article failed');
    expect(noTime(await text(results[0]!))).toBe(noTime(FORMATS[format]!.document(here.doc, here.text, ctx, 0)));
  });

  it('leaves files up to APART_ABOVE bytes on the main thread', async () => {
    const output = { kind: 'render', format: 'json', ctx: { level: 0, inputs: 1 } } as const;
    for await (const r of runInOrder([{ kind: 'file', path: article }], batch, { output })) expect('parts' in r).toBe(false);
    expect(APART_ABOVE).toBeGreaterThan(100_000);
  });

  it('bounds the heap by the size of the file', () => {
    expect(heapFor(10 * 2 ** 20)).toBe(432);
    expect(heapFor(2 ** 20)).toBeLessThan(heapFor(2 * 2 ** 20));
  });

  it('a document that does not fit: one line naming --max-heap, exit 3, no output file', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Mara Quell said the levy would be cut by June 30.\n\n'.repeat(Math.ceil((APART_ABOVE + 1) / 50)));
    const out = join(dir, 'out.json');
    const r = await runCli(['extract', big, '-f', 'json', '-o', out, '--max-heap', '16']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^tiktok-claims: .*big\.txt: does not fit in the 16 MB heap .*--max-heap/u);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('a bad --max-heap is a usage error', async () => {
    const r = await runCli(['extract', article, '--max-heap', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad --max-heap "3"/u);
  });
});
