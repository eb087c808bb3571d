import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './run.js';

const FIXTURES = join(ROOT, 'fixtures');
const fixtureTexts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
const ANSI = /\u001b\[/;

const schema = JSON.parse((await runCli(['schema'])).stdout);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The schema-and-offsets check on a sample: every own-/seed- text (the hostile one included) and every fourth eval- text (the fuzz test checks the same properties on generated documents). */
const sampled = fixtureTexts.filter((f, i) => !/\/eval-/u.test(f) || i % 4 === 0);

describe('extract --format json', () => {
  for (const file of sampled) {
    it(`${file.split('/').pop()}: validates against the printed JSON Schema, and every offset gives its text back`, async () => {
      const r = await runCli(['extract', file, '--format', 'json', '--date', '2025-09-15']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      const text = readFileSync(file, 'utf8');
      const spans: { text: string; start: number; end: number }[] = [
        ...doc.sentences,
        ...doc.actors.flatMap((a: { mentions: unknown[] }) => a.mentions),
        ...doc.dates,
        ...doc.deadlines,
        ...doc.quotes,
        ...doc.claims,
      ];
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const c of doc.claims) expect(text.slice(c.cueStart, c.cueEnd).length).toBeGreaterThan(0);
    });
  }

  it('carries every list of the gold format and the input header', async () => {
    // seed-000 states no date of its own: without --date there is no reference date
    const doc = JSON.parse((await runCli(['extract', join(FIXTURES, 'seed-000.txt'), '--format', 'json'])).stdout);
    for (const k of ['actors', 'dates', 'deadlines', 'quotes', 'claims']) expect(Array.isArray(doc[k])).toBe(true);
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.input.referenceDateSource).toBe('none');
    expect(doc.input.referenceDate).toBeNull();
  });

  it('takes the reference date from --date, and says so', async () => {
    const doc = JSON.parse((await runCli(['extract', fixtureTexts[0]!, '-f', 'json', '-d', '2025-10-26'])).stdout);
    expect(doc.input.referenceDate).toBe('2025-10-26');
    expect(doc.input.referenceDateSource).toBe('option');
  });

  it('takes the reference date from a dateline in the text', async () => {
    const r = await runCli(['extract', '-', '-f', 'json'], { input: 'GENEVA, March 3, 2024 (Reuters) - Talks resumed on Monday, officials said.\n' });
    const doc = JSON.parse(r.stdout);
    expect(doc.input.referenceDate).toBe('2024-03-03');
    expect(doc.input.referenceDateSource).toBe('text');
  });

  it('gives an array for several inputs', async () => {
    // --jobs 1: the array rendered on the --jobs workers is in jobs.test.ts
    const r = await runCli(['extract', fixtureTexts[0]!, fixtureTexts[1]!, '--format', 'json', '--jobs', '1']);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(2);
  });
});

describe('extract: streams, files and colors', () => {
  it('reads standard input with -', async () => {
    const r = await runCli(['extract', '-', '--format', 'jsonl'], { input: 'Officials said on Monday that the deal was close.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input.path).toBe('-');
  });

  it('jsonl: one line per input, directories expanded to their .txt files', async () => {
    // a small tree, not the whole fixtures folder (it grows with every annotated set): two texts at the top,
    // one in a nested folder, and a file that is not .txt
    const tree = mkdtempSync(join(tmpdir(), 'tc-tree-'));
    mkdirSync(join(tree, 'nested'));
    copyFileSync(fixtureTexts[0]!, join(tree, 'a.txt'));
    copyFileSync(fixtureTexts[1]!, join(tree, 'b.txt'));
    copyFileSync(fixtureTexts[2]!, join(tree, 'nested', 'c.txt'));
    writeFileSync(join(tree, 'notes.md'), 'not an article\n');
    const r = await runCli(['extract', tree, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const paths = lines.map((l) => JSON.parse(l).input.path as string);
    expect(paths.some((p) => p.endsWith(join('nested', 'c.txt')))).toBe(true);
    expect(paths.some((p) => p.endsWith('notes.md'))).toBe(false);
  });

  it('expands globs', async () => {
    const r = await runCli(['extract', 'fixtures/seed-*.txt', '--format', 'jsonl', '--jobs', '1']);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('--output writes the file (and nothing on stdout)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tc-out-')), 'doc.json');
    const r = await runCli(['extract', fixtureTexts[0]!, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).actors).toBeDefined();
    expect(readdirSync(join(out, '..'))).toEqual(['doc.json']); // no temp file left behind
  });

  it('--output into a missing folder fails with exit 4', async () => {
    const r = await runCli(['extract', fixtureTexts[0]!, '--output', '/nonexistent-dir/x.json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/cannot write \/nonexistent-dir\/x\.json/);
  });

  it('pretty output is plain when piped, colored with FORCE_COLOR, plain with NO_COLOR or --no-color', async () => {
    const plain = await runCli(['extract', fixtureTexts[0]!]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/ACTORS/);
    expect(plain.stdout).toMatch(/TIMELINE/);
    expect(plain.stdout).not.toMatch(ANSI);
    expect((await runCli(['extract', fixtureTexts[0]!], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['extract', fixtureTexts[0]!, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['extract', fixtureTexts[0]!, '-f', 'json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('pretty output is colored on a terminal, plain there with NO_COLOR or TERM=dumb', async () => {
    const tty = (env: Record<string, string>) => runCli(['extract', fixtureTexts[0]!], { stdoutTTY: true, env });
    expect((await tty({ TERM: 'xterm' })).stdout).toMatch(ANSI);
    expect((await tty({ TERM: 'xterm', NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await tty({ TERM: 'dumb' })).stdout).not.toMatch(ANSI);
  });

  it('ends quietly when the reader closes the pipe (spawned: a real pipe)', () => {
    // --jobs 2 on any machine: the process must also end its workers to exit
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract fixtures fixtures fixtures --format jsonl --jobs 2 | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('rc=0');
  });
});

describe('help, version and schema', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });
  it('every command has --help with examples', async () => {
    for (const cmd of ['extract', 'schema']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    }
  });
  it('schema prints a JSON Schema with the gold lists', async () => {
    const s = JSON.parse((await runCli(['schema'])).stdout);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['actors', 'dates', 'deadlines', 'quotes', 'claims', 'input']));
  });
});
