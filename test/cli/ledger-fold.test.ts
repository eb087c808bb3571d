import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run.js';

/** `ledger old.json new/*.txt` and `ledger a.json b.json`, end to end on fixtures/story (4 articles). */
const STORY = join(ROOT, 'fixtures/story');
const TXT = readdirSync(STORY).filter((f) => f.endsWith('.txt')).sort().map((f) => join(STORY, f));
const dir = mkdtempSync(join(tmpdir(), 'tc-ledger-fold-'));
const A = join(dir, 'a.json');
const B = join(dir, 'b.json');

const ledger = async (args: string[]) => {
  const r = await runCli(['ledger', ...args, '-f', 'json', '-q', '-j', '1']);
  return { ...r, doc: r.stdout ? JSON.parse(r.stdout) : null };
};
const withoutTime = (doc: { stats: object }) => ({ ...doc, stats: { ...doc.stats, ms: 0 } });

const all = await ledger(TXT);
const shardA = await runCli(['ledger', ...TXT.slice(0, 2), '-f', 'json', '-o', A, '-j', '1']);
const shardB = await runCli(['ledger', ...TXT.slice(2), '-f', 'json', '-o', B, '-j', '1']);

describe('ledger: folding ledger files', () => {
  it('sharded: ledger a.json b.json equals the ledger of all the articles (the moved deadline included)', async () => {
    expect([shardA.code, shardB.code]).toEqual([0, 0]);
    const merged = await ledger([A, B]);
    expect(merged.code).toBe(0);
    expect(withoutTime(merged.doc)).toEqual(withoutTime(all.doc));
    expect(merged.doc.threads.some((t: { status: string; values: string[] }) => t.status === 'extended' && t.values.join() === '2031-03-31,2031-06-30')).toBe(true);
    const a = JSON.parse(readFileSync(A, 'utf8'));
    expect(a.threads.some((t: { status: string }) => t.status === 'extended')).toBe(false); // control: the move is across shards
  });

  it('incremental: ledger old.json + new articles equals the ledger of all the articles', async () => {
    const updated = await ledger([A, ...TXT.slice(2)]);
    expect(withoutTime(updated.doc)).toEqual(withoutTime(all.doc));
  });

  it('an updated ledger can itself be folded again (--output, then an input)', async () => {
    const out = join(dir, 'ab.json');
    expect((await runCli(['ledger', A, TXT[2]!, '-f', 'json', '-o', out])).code).toBe(0);
    const again = await ledger([out, TXT[3]!]);
    expect(withoutTime(again.doc)).toEqual(withoutTime(all.doc));
  });

  it('a .json input that is not a foldable ledger: one line, exit 3, the rest still folded', async () => {
    const bad = join(dir, 'doc.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: '1.0.0', actors: [] }));
    const r = await ledger([bad, B]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/doc\.json: not a ledger that can be folded in \(schemaVersion 1\.0\.0/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.doc.articles).toHaveLength(2);
    expect(r.doc.errors.map((e: { path: string }) => e.path)).toEqual([bad]);
  });
});
