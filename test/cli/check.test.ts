import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pierGoldDir } from './pier-gold.js';
import { ROOT, runCli } from './run.js';

/** A tiny annotated article (invented). The gold holds one claim no extractor can find, so recall < 1. */
const dir = pierGoldDir('tc-check-');
writeFileSync(join(dir, 'orphan.gold.json'), JSON.stringify({ id: 'orphan' }));

const check = (...args: string[]) => runCli(['check', dir, ...args]);

describe('tiktok-claims check', () => {
  it('runs extraction and prints the table per field and per article', async () => {
    const r = await check();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^claims\s/m);
    expect(r.stdout).toMatch(/^pier\s/m);
    expect(r.stderr).toMatch(/orphan\.gold\.json: no article text beside it; skipped/);
  });

  it('exits 0 at the measured level and 1 above it, naming the metric', async () => {
    const out = JSON.parse((await check('--format', 'json')).stdout);
    const recall: number = out.total.fields.claims.recall;
    expect(recall).toBeLessThan(1);
    expect((await check('--min', `claims.recall=${(Math.floor(recall * 1000) / 1000).toFixed(3)}`)).code).toBe(0);
    const r = await check('--min', `claims.recall=${(recall + 0.1).toFixed(3)}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/minimum scores not met: claims\.recall/);
  });

  it('--format json is one JSON object with per-article scores', async () => {
    const out = JSON.parse((await check('--format', 'json', '--verbose')).stdout);
    expect(out.articles.map((a: { id: string }) => a.id)).toEqual(['pier']);
    expect(out.articles[0].findings).toContainEqual(expect.objectContaining({ kind: 'miss', text: 'an anchor that is not in the text' }));
  });

  it('the bundled fixtures pass the CI thresholds (.ci/thresholds.json)', async () => {
    const r = await runCli(['check', join(ROOT, 'fixtures'), '--thresholds', join(ROOT, '.ci/thresholds.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a directory without gold files: exit 3', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tc-check-empty-'));
    const r = await runCli(['check', empty]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/not a directory with NAME\.gold\.json/);
  });
});
