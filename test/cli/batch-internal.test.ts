import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run.js';

// An internal error in one article of a batch (a stand-in for any bug): the stderr line names the file.
vi.mock('../../src/pipeline.js', async (orig) => {
  const real = await orig<typeof import('../../src/pipeline.js')>();
  const analyze = (text: string, opts: Parameters<typeof real.analyze>[1]) => {
    if (text.includes('BOOM')) return (undefined as unknown as { x: ReturnType<typeof real.analyze> }).x; // a bug in the pipeline
    const doc = real.analyze(text, opts);
    return text.includes('BROKEN-DOC') ? { ...doc, claims: undefined as unknown as typeof doc.claims } : doc; // a bug that breaks a formatter
  };
  return { ...real, analyze };
});

const dir = mkdtempSync(join(tmpdir(), 'tc-internal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an internal error in one input of a batch', () => {
  it('names the file, keeps the others, and exits 3 (several inputs)', async () => {
    const good = join(dir, 'good.txt');
    const bad = join(dir, 'bad.txt');
    writeFileSync(good, 'Senator Mara Voss said on Monday that the bill would pass.\n');
    writeFileSync(bad, 'BOOM said the officials.\n');
    const r = await runCli(['extract', good, bad, '-f', 'jsonl', '--jobs', '1']);
    expect(r.stderr).toMatch(/^tiktok-claims: .*bad\.txt: internal error: Cannot read properties of undefined/m);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].actors.length).toBeGreaterThan(0);
    expect(lines[1].error.code).toBe('E_INTERNAL_INPUT');
    expect(lines[1].input.path).toBe(bad);
    expect(r.code).toBe(3);
  });
  it('one input: exit 70 with the file named', async () => {
    const bad = join(dir, 'alone.txt');
    writeFileSync(bad, 'BOOM said the officials.\n');
    const r = await runCli(['extract', bad]);
    expect(r.stderr).toMatch(/alone\.txt: internal error/);
    expect(r.code).toBe(70);
  });
});

describe('5. an internal error while writing -o leaves no temp file and the previous output', () => {
  it('a formatter that throws: exit 70, the old file intact, no .tmp beside it', async () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, '{"previous": true}\n');
    const bad = join(dir, 'broken-doc.txt');
    writeFileSync(bad, 'BROKEN-DOC said the officials.\n');
    const r = await runCli(['extract', bad, '-f', 'markdown', '-o', out]);
    expect(r.code).toBe(70);
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
