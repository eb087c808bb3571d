import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

/** The views through the CLI, in-process (source, not the build) with fake streams. */
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

const hostile = new URL('../../fixtures/own-hostile.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tc-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('views from the command line', () => {
  it('--highlight prints the article with bracket marks when colors are off', async () => {
    const r = await run(['extract', hostile, '--highlight', '--date', '2025-03-04', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^legend: /m);
    expect(r.stdout).toContain('<script>alert(1)</script>');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--highlight uses colors when forced', async () => {
    const r = await run(['extract', hostile, '--highlight', '-q'], { FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(/\u001b\[/);
  });

  it('--format html -o writes one report for several inputs (each rendered on a --jobs worker)', async () => {
    const out = join(dir, 'report.html');
    const seed = new URL('../../fixtures/seed-000.txt', import.meta.url).pathname;
    const r = await run(['extract', hostile, seed, '--format', 'html', '-o', out, '-q', '--jobs', '2']);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.match(/<!doctype html>/g)!.length).toBe(1);
    expect(page.match(/<section class="report"/g)!.length).toBe(2);
    expect(page).not.toMatch(/<script/i);
  });

  it('--format markdown', async () => {
    const r = await run(['extract', hostile, '--format', 'markdown', '-q']);
    expect(r.stdout).toMatch(/^# .*own-hostile\.txt$/m);
    expect(r.stdout).toContain('## Actors');
  });
});
