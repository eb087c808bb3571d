import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-errors-'));
const ok = join(dir, 'ok.txt');
writeFileSync(ok, 'Senator Mara Voss said on Monday that the bill would pass.\n');
const write = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** Each bad input: one line on stderr, no stack trace, the documented exit code. */
const BAD_INPUTS: { id: string; args: () => string[]; code: number; message: RegExp }[] = [
  { id: 'missing file', args: () => ['extract', join(dir, 'nope.txt')], code: 3, message: /nope\.txt: no such file/ },
  { id: 'directory without .txt', args: () => ['extract', mkdirSync(join(dir, 'empty-dir'), { recursive: true }) ?? join(dir, 'empty-dir')], code: 3, message: /is a directory with no \.txt files/ },
  { id: 'binary file', args: () => ['extract', write('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))], code: 3, message: /binary file/ },
  { id: 'non-UTF-8 file', args: () => ['extract', write('latin1.txt', Buffer.from('caf\xe9 society', 'latin1'))], code: 3, message: /not valid UTF-8.*offset 3/ },
  { id: 'empty file', args: () => ['extract', write('empty.txt', '')], code: 3, message: /is empty/ },
  { id: 'whitespace-only file', args: () => ['extract', write('blank.txt', ' \n\t\r\n')], code: 3, message: /is empty/ },
  { id: 'too large', args: () => ['extract', ok, '--max-bytes', '10'], code: 3, message: /over the 10-byte limit/ },
  { id: 'unknown option', args: () => ['extract', ok, '--bogus'], code: 2, message: /unknown option '--bogus'/ },
  { id: 'bad --date', args: () => ['extract', ok, '--date', '2025-02-30'], code: 2, message: /bad --date "2025-02-30"/ },
  { id: 'bad --date shape', args: () => ['extract', ok, '--date', 'yesterday'], code: 2, message: /bad --date/ },
  { id: 'unknown --format', args: () => ['extract', ok, '--format', 'xml'], code: 2, message: /unknown --format "xml": expected one of pretty, json, jsonl/ },
  { id: 'bad --max-bytes', args: () => ['extract', ok, '--max-bytes', '-5'], code: 2, message: /bad --max-bytes/ },
  { id: 'no input', args: () => ['extract'], code: 2, message: /no input/ },
  { id: 'unknown command', args: () => ['frobnicate'], code: 2, message: /unknown command/ },
  { id: 'unreadable file', args: () => ['extract', '/proc/self/mem'], code: 3, message: /cannot be read/ },
];

describe('bad input: one clear line and a non-zero exit', () => {
  for (const c of BAD_INPUTS) {
    it(c.id, async () => {
      const r = await runCli(c.args());
      expect(r.code).toBe(c.code);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).toMatch(/^tiktok-claims: /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }
});

// --jobs 1: the sequential path (jobs.test.ts runs a failing batch on the worker pool)
describe('a batch with one bad input', () => {
  it('reports the bad one, processes the others, and exits 3', async () => {
    const r = await runCli(['extract', ok, join(dir, 'nope.txt'), ok, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].actors).toBeDefined();
    expect(lines[1].error.code).toBe('E_NOT_FOUND');
    expect(lines[1].input.path).toMatch(/nope\.txt$/);
    expect(lines[2].actors).toBeDefined();
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(r.stderr).toMatch(/1 of 3 inputs failed/);
  });

  it('keeps what was written with --output', async () => {
    const out = join(dir, 'batch.jsonl');
    const r = await runCli(['extract', ok, join(dir, 'nope.txt'), '--format', 'jsonl', '--output', out, '--jobs', '1']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
  });
});
