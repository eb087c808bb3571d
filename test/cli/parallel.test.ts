import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run.js';

/**
 * The distribution recipe (scripts/parallel.sh, GNU parallel) run on this machine over shards of a
 * JSON Lines corpus: the documents and the merged ledger equal one run's. Spawned: GNU parallel and its
 * jobs are the point. Skipped where GNU parallel is not installed (.ci/run installs it).
 */
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.log('skipped: GNU parallel is not installed (apt-get install parallel)');

const SCRIPT = join(ROOT, 'scripts/parallel.sh');
const dir = mkdtempSync(join(tmpdir(), 'tc-parallel-'));
const corpus = join(dir, 'corpus.jsonl');
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => /^own-.*\.txt$/.test(f)).sort();
writeFileSync(
  corpus,
  [
    ...fixtures.map((f, i) => JSON.stringify({ id: `own${i}`, text: readFileSync(join(ROOT, 'fixtures', f), 'utf8'), date: `2025-06-1${i}` })),
    '',
    '{"id": "broken",', // a bad record: reported under its line in the whole file by the second job (the first line of its block)
    ...readFileSync(join(ROOT, 'fixtures/story/index.jsonl'), 'utf8').trim().split('\n'),
  ].join('\n') + '\n',
);

/** Records per job: two jobs (each a process that loads the pipeline), the second starting at the bad record. */
const BLOCK = fixtures.length + 1;

/** Run the recipe; stdout, stderr and exit code. */
function recipe(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const withoutTime = (doc: { stats: object }) => ({ ...doc, stats: { ...doc.stats, ms: 0 } });
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as { stats?: object; input: { path: string } });

describe.skipIf(!hasParallel)('scripts/parallel.sh (GNU parallel over shards of a JSON Lines corpus)', () => {
  it('extract: the same documents, in the same order, as one run (record paths of the whole file)', async () => {
    const one = await runCli(['extract', corpus, '-f', 'jsonl', '-q', '--jobs', '1']);
    const par = recipe(['extract', corpus, '-N', String(BLOCK), '-j', '2']);
    expect(par.code).toBe(3); // the bad record
    expect(one.code).toBe(3);
    const [a, b] = [lines(par.stdout), lines(one.stdout)];
    expect(a.map((d) => (d.stats ? withoutTime(d as { stats: object }) : d))).toEqual(b.map((d) => (d.stats ? withoutTime(d as { stats: object }) : d)));
    expect(a.map((d) => d.input.path)).toContain(`${corpus}:${BLOCK + 1}`);
    expect(par.stderr).toMatch(new RegExp(`corpus\\.jsonl:${BLOCK + 1}: record skipped`));
  });

  it('ledger: shard ledgers folded in block order equal one run over the corpus', async () => {
    const out = join(dir, 'ledger.json');
    const work = join(dir, 'shards');
    const par = recipe(['ledger', corpus, '-N', String(BLOCK), '-j', '2', '-o', out, '-w', work]);
    expect(par.code).toBe(3);
    expect(readdirSync(work).filter((f) => f.endsWith('.json')).sort()).toEqual(['shard-1.json', 'shard-2.json']);
    const one = await runCli(['ledger', corpus, '-f', 'json', '-q', '--jobs', '1']);
    expect(withoutTime(JSON.parse(readFileSync(out, 'utf8')))).toEqual(withoutTime(JSON.parse(one.stdout)));
  });

  it('refuses a bad -N and a missing corpus with one line', () => {
    expect(recipe(['extract', corpus, '-N', 'x']).stderr).toMatch(/^parallel\.sh: bad -N x/);
    const r = recipe(['extract', join(dir, 'nope.jsonl')]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toMatch(/nope\.jsonl: no such file$/);
  });
});


describe('--stdin-name and --line-offset (what each job of the recipe is run with)', () => {
  const block = ['{"id": "r7", "text": "Officials said on Monday that the port would reopen.", "date": "2031-05-01"}', '{"id": "r8",'].join('\n') + '\n';

  it('records read from standard input are reported under the name and line numbers of the whole file', async () => {
    const r = await runCli(['extract', '-', '--input-format', 'jsonl', '-f', 'jsonl', '--stdin-name', 'corpus.jsonl', '--line-offset', '6', '--jobs', '1'], { input: block });
    expect(r.code).toBe(3);
    expect(lines(r.stdout).map((d) => d.input.path)).toEqual(['corpus.jsonl:7#r7', 'corpus.jsonl:8']);
    expect(r.stderr).toMatch(/^tiktok-claims: corpus\.jsonl:8: record skipped/);
  });

  it('an article on standard input takes the name', async () => {
    const r = await runCli(['extract', '-', '-f', 'json', '--stdin-name', 'a.txt'], { input: 'Officials said on Monday that the port would reopen.' });
    expect(JSON.parse(r.stdout).input.path).toBe('a.txt');
  });

  it('rejects a bad --line-offset', async () => {
    const r = await runCli(['extract', '-', '--line-offset', '-1'], { input: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad --line-offset "-1"/);
  });
});
