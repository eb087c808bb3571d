import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine, progressWanted } from '../../src/cli/progress.js';
import { runCli } from './run.js';

/** A batch of small invented articles of different lengths, so that workers finish out of order. */
const dir = mkdtempSync(join(tmpdir(), 'tc-jobs-'));
const SENTENCES = [
  'Mayor Petra Lindqvist said on Tuesday that the new tram line would open in March.',
  '"We are not going to wait any longer," said Omar Haddad, the union leader.',
  'The ministry of transport said the tender must be filed by June 30.',
  'According to the regional council, the budget will rise by 4 percent next year.',
];
const files: string[] = [];
for (let i = 0; i < 8; i++) {
  const p = join(dir, `article-${String(i).padStart(2, '0')}.txt`);
  const repeat = i % 2 === 0 ? 12 : 1; // long, short, long, short...
  writeFileSync(p, Array.from({ length: repeat }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('\n\n') + '\n');
  files.push(p);
}

const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
/** A document without its timing, for comparing runs. */
const stable = (d: Record<string, any>) => JSON.stringify({ ...d, stats: { ...d.stats, ms: 0 } });

const seq = await runCli(['extract', dir, '--format', 'jsonl', '--jobs', '1']);
/**
 * One --jobs 2 run read by two tests (order and sameness; a piped stderr stays silent). --format json: the
 * workers render each document and the main thread writes the array around them (the failing batch and the
 * records below have the workers render jsonl).
 */
const par = await runCli(['extract', dir, '--format', 'json', '--jobs', '2']);

describe('extract --jobs', () => {
  it('--jobs 2 keeps input order and gives the same documents as --jobs 1 (a --format json array)', async () => {
    expect(par.code).toBe(0);
    expect(seq.code).toBe(0);
    const a = jsonl(seq.stdout);
    const b = JSON.parse(par.stdout) as Record<string, any>[];
    expect(b.map((d) => d.input.path)).toEqual(files);
    expect(b.map(stable)).toEqual(a.map(stable));
  });

  it('--unordered: the same set of documents, still one valid --format json array', async () => {
    // one run for both (each --jobs run starts two workers that load the pipeline): unordered results are
    // rendered on the main thread in completion order, the json array's commas placed by output position
    const un = await runCli(['extract', dir, '--format', 'json', '--jobs', '2', '--unordered']);
    expect(un.code).toBe(0);
    const docs = JSON.parse(un.stdout) as Record<string, any>[];
    expect(docs).toHaveLength(files.length);
    expect(docs.map((d) => d.input.path).sort()).toEqual(files);
    expect(docs.map(stable).sort()).toEqual(jsonl(seq.stdout).map(stable).sort());
  });

  it('a missing input and an unreadable one in a parallel batch: each reported (the unreadable by its worker), the rest written, exit 3', async () => {
    // one run for both failures: a missing file fails as its input is expanded, /proc/self/mem in the worker that reads it
    const missing = join(dir, 'missing.txt');
    const r = await runCli(['extract', files[0]!, missing, files[1]!, '/proc/self/mem', files[2]!, '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(3);
    const lines = jsonl(r.stdout);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ok', 'E_NOT_FOUND', 'ok', 'E_UNREADABLE', 'ok']);
    expect(lines.map((l) => l.input.path)).toEqual([files[0], missing, files[1], '/proc/self/mem', files[2]]);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/cannot be read/);
    expect(r.stderr).toMatch(/2 of 5 inputs failed/);
  });

  it('progress is silent when stderr is piped', async () => {
    expect(par.code).toBe(0);
    expect(par.stderr).toBe('');
  });

  const BAD_JOBS = ['0', '-1', 'two', '1.5', '1000'];
  for (const v of BAD_JOBS) {
    it(`rejects --jobs ${v}`, async () => {
      const r = await runCli(['extract', files[0]!, '--jobs', v]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad --jobs/);
    });
  }
});

describe('--jobs with JSON Lines records (streamed to the workers)', () => {
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(
    corpus,
    [
      // url, title and outlet too: the record's metadata crosses to the worker and back into the input header and the ledger
      ...SENTENCES.map((t, i) => JSON.stringify({ id: `r${i}`, text: `${t}\n\n${SENTENCES[(i + 1) % 4]}`, date: `2031-05-0${i + 1}`, url: `https://news.test/r${i}`, title: `Story ${i}`, outlet: 'Test Wire' })),
      '{"id": "bad",',
      JSON.stringify({ id: 'r9', text: SENTENCES[0] }),
    ].join('\n') + '\n',
  );

  it('extract: the same documents and error records as --jobs 1, in order', async () => {
    const one = await runCli(['extract', corpus, '-f', 'jsonl', '--jobs', '1']);
    const two = await runCli(['extract', corpus, '-f', 'jsonl', '--jobs', '2']);
    expect([one.code, two.code]).toEqual([3, 3]);
    expect(jsonl(two.stdout).map((d) => d.input.path)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${corpus}:${n}` + (n === 5 ? '' : `#r${n === 6 ? 9 : n - 1}`)));
    expect(jsonl(two.stdout).map(stable)).toEqual(jsonl(one.stdout).map(stable));
    expect(two.stderr).toBe(one.stderr);
    expect(jsonl(two.stdout)[0]!.input).toMatchObject({ id: 'r0', url: 'https://news.test/r0', title: 'Story 0', outlet: 'Test Wire', referenceDate: '2031-05-01', referenceDateSource: 'record' });
  });

  it('ledger: the same ledger as --jobs 1 (record ids, titles and dates kept), the records streamed from standard input', async () => {
    const strip = (out: string) => ({ ...JSON.parse(out), stats: null });
    const one = await runCli(['ledger', corpus, '-f', 'json', '--jobs', '1']);
    // the same file on standard input, under its name (as scripts/parallel.sh runs each job)
    const two = await runCli(['ledger', '-', '--input-format', 'jsonl', '--stdin-name', corpus, '-f', 'json', '--jobs', '2'], { input: readFileSync(corpus) });
    expect(two.code).toBe(3);
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    expect(JSON.parse(two.stdout).articles.map((a: { id: string; dateSource: string }) => `${a.id}:${a.dateSource}`)).toEqual(['r0:record', 'r1:record', 'r2:record', 'r3:record', 'r9:none']);
    expect(JSON.parse(two.stdout).articles[0]).toMatchObject({ title: 'Story 0', url: 'https://news.test/r0' });
  });
});

/** A fake terminal stream and clock for the progress line. */
function fakeTTY() {
  const out: string[] = [];
  let t = 0;
  return { out, stream: { write: (s: string) => out.push(s) > 0, isTTY: true } as unknown as NodeJS.WritableStream, now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress', () => {
  it('draws count, rate and ETA after the delay, and erases itself at the end', async () => {
    const f = fakeTTY();
    const p = createProgress(f.stream, 10, { enabled: true, delayMs: 1000, intervalMs: 0, now: f.now });
    f.advance(500);
    p.tick(); // before the delay: nothing
    expect(f.out).toEqual([]);
    f.advance(1500); // 2 s, 2 done
    p.tick();
    expect(f.out.join('')).toContain('2/10 inputs  1.0/s  ETA 8s');
    p.done();
    expect(f.out[f.out.length - 1]).toBe('\r\x1b[K');
  });

  it('prints nothing when disabled', async () => {
    const f = fakeTTY();
    const p = createProgress(f.stream, 3, { enabled: false, delayMs: 0, now: f.now });
    p.tick();
    p.clear();
    p.done();
    expect(f.out).toEqual([]);
  });

  const WANTED: { id: string; opts: Parameters<typeof progressWanted>[0]; want: boolean }[] = [
    { id: 'stderr on a terminal, output to a file', opts: { stderrTTY: true, stdoutTTY: true, toFile: true, inputs: 5 }, want: true },
    { id: 'stderr on a terminal, stdout piped', opts: { stderrTTY: true, stdoutTTY: false, toFile: false, inputs: 5 }, want: true },
    { id: 'stderr piped', opts: { stderrTTY: false, stdoutTTY: false, toFile: false, inputs: 5 }, want: false },
    { id: '--quiet', opts: { quiet: true, stderrTTY: true, toFile: true, inputs: 5 }, want: false },
    { id: 'output on the same terminal', opts: { stderrTTY: true, stdoutTTY: true, toFile: false, inputs: 5 }, want: false },
    { id: 'one input', opts: { stderrTTY: true, toFile: true, inputs: 1 }, want: false },
  ];
  for (const c of WANTED) it(`wanted: ${c.id}`, async () => expect(progressWanted(c.opts)).toBe(c.want));

  it('formats the line and durations', async () => {
    expect(progressLine(0, 5, 0)).toBe('0/5 inputs  0.0/s  ETA ?');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3h02m');
  });
});
