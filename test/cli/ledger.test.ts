import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run.js';

/** End to end on fixtures/story (an invented story over four days): only facts that do not depend on extraction quality. */
const STORY = join(ROOT, 'fixtures/story');
const TXT = readdirSync(STORY).filter((f) => f.endsWith('.txt')).sort().map((f) => join(STORY, f));
const JSONL = join(STORY, 'index.jsonl');
const DATES = ['2031-03-02', '2031-03-09', '2031-03-20', '2031-04-02'];

interface Ledger {
  articles: { id: string; date: string | null; dateSource: string; title: string | null }[];
  actors: { name: string; articles: { article: string }[] }[];
  timeline: { value: string; article: string; articleDate: string | null; start: number }[];
  threads: { status: string; values: string[] }[];
  sources: { source: string | null; items: { article: string; articleDate: string | null; start: number }[] }[];
  errors: { path: string }[];
}

/**
 * --jobs 1 where the worker pool is not the point (each pool starts workers that load the pipeline):
 * the pool's ledger equals this one (the --jobs 2 test below, and jobs.test.ts for records).
 */
const ledgerOf = async (args: string[]) => {
  const r = await runCli(['ledger', ...args, '--format', 'json', '--jobs', '1']);
  return { ...r, doc: r.stdout ? (JSON.parse(r.stdout) as Ledger) : null };
};

const txt = await ledgerOf(TXT);
const jsonl = await ledgerOf([JSONL]);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse((await runCli(['schema', 'ledger'])).stdout));

describe('ledger on fixtures/story', () => {
  it('validates against the printed ledger JSON Schema, from .txt files and from jsonl records', async () => {
    expect(txt.code).toBe(0);
    expect(jsonl.code).toBe(0);
    expect(validate(txt.doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(jsonl.doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('dates the articles from their datelines (.txt) and from the record dates (jsonl), in time order', async () => {
    expect(txt.doc!.articles.map((a) => [a.date, a.dateSource])).toEqual(DATES.map((d) => [d, 'text']));
    expect(jsonl.doc!.articles.map((a) => [a.date, a.dateSource])).toEqual(DATES.map((d) => [d, 'record']));
    expect(jsonl.doc!.articles[0]!.id).toBe('2031-03-02-order');
    expect(jsonl.doc!.articles[0]!.title).toBe('order');
  });

  it('sorts the timeline by value, then article date', async () => {
    const t = txt.doc!.timeline;
    for (let i = 1; i < t.length; i++) {
      const [a, b] = [t[i - 1]!, t[i]!];
      expect(a.value <= b.value).toBe(true);
      if (a.value === b.value && a.articleDate && b.articleDate) expect(a.articleDate <= b.articleDate).toBe(true);
    }
  });

  it('keeps every source group in time order', async () => {
    for (const g of txt.doc!.sources) {
      const dates = g.items.map((i) => i.articleDate ?? '~');
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('merges each recurring name into one actor (never two ledger actors with the same name)', async () => {
    const names = txt.doc!.actors.map((a) => a.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const a of txt.doc!.actors) expect(new Set(a.articles.map((x) => x.article)).size).toBe(a.articles.length);
  });

  it('flags the cleanup-plan deadline as extended from March 31 to June 30', async () => {
    const moved = txt.doc!.threads.filter((t) => t.status === 'extended');
    expect(moved.some((t) => t.values.join() === '2031-03-31,2031-06-30')).toBe(true);
  });
});

describe('ledger: inputs, formats and failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-ledger-'));
  const bad = join(dir, 'corpus.jsonl');
  writeFileSync(bad, ['{"id":"x1","date":"2031-05-01","text":"Officials said on Monday that the bridge would reopen."}', '{"id":"x2","text":', '', '{"id":"x3","date":"2031-05-03","text":"The mayor said the bridge was safe."}'].join('\n'));

  it('skips a malformed record with its line number, keeps the rest, exits 3', async () => {
    const r = await ledgerOf([bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/corpus\.jsonl:2: record skipped: not valid JSON/);
    expect(r.stderr).toMatch(/1 of 3 inputs failed/);
    expect(r.doc!.articles.map((a) => a.id)).toEqual(['x1', 'x3']);
    expect(r.doc!.errors.map((e) => e.path)).toEqual([`${bad}:2`]);
  });

  it('reads records from standard input with --input-format jsonl, and --date overrides record dates', async () => {
    // on the worker pool: jobs.test.ts
    const r = await runCli(['ledger', '-', '--input-format', 'jsonl', '--date', '2031-06-01', '-f', 'json', '--jobs', '1'], { input: '{"id":"s1","date":"2031-05-01","text":"Officials said the port would reopen."}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0]).toMatchObject({ id: 's1', date: '2031-06-01', dateSource: 'option' });
  });

  it('extract reads jsonl records too: one document per record, dated by the record', async () => {
    const r = await runCli(['extract', bad, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3); // two documents and the error record, in input order
    expect(lines[0].input).toMatchObject({ path: `${bad}:1#x1`, referenceDate: '2031-05-01', referenceDateSource: 'record' });
    expect(lines[1].error.code).toBe('E_BAD_RECORD');
  });

  it('extract --format json gives an array for one jsonl file of several records', async () => {
    const r = await runCli(['extract', JSONL, '--format', 'json', '--jobs', '1']);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
  });

  it('--jobs 2 (worker pool for .txt inputs) gives the same ledger as --jobs 1', async () => {
    const strip = (out: string) => ({ ...JSON.parse(out), stats: null });
    const two = await runCli(['ledger', ...TXT, '-f', 'json', '-j', '2']);
    expect(two.code).toBe(0);
    expect(strip(two.stdout)).toEqual(strip(txt.stdout)); // txt: the same files with -j 1
  });

  it('rejects an unknown --input-format with exit 2', async () => {
    const r = await runCli(['ledger', JSONL, '--input-format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown --input-format "csv"/);
  });

  it('renders markdown and html (escaped, no scripts); pretty has no colors when piped', async () => {
    const md = await runCli(['ledger', JSONL, '-f', 'markdown', '-j', '1']);
    expect(md.stdout).toMatch(/^# Ledger\n/);
    expect(md.stdout).toMatch(/## Timeline \(\d+\)/);
    const evil = join(dir, 'evil.jsonl');
    writeFileSync(evil, JSON.stringify({ id: '<script>alert(1)</script>', text: 'Officials said <b>nothing</b> on Monday.', title: '<img src=x onerror=1>' }) + '\n');
    const html = await runCli(['ledger', evil, '-f', 'html', '-j', '1']);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toMatch(/<script|<img/i);
    expect(html.stdout).toContain('&lt;script&gt;');
    const pretty = await runCli(['ledger', JSONL, '-j', '1']);
    expect(pretty.stdout).not.toMatch(/\u001b\[/);
    expect(pretty.stdout).toMatch(/WHO SAID WHAT/);
  });

  it('prints the ledger schema with "schema ledger" and "schema --ledger", the article schema by default', async () => {
    expect(JSON.parse((await runCli(['schema', 'ledger'])).stdout).title).toMatch(/ledger/);
    expect(JSON.parse((await runCli(['schema', '--ledger'])).stdout).title).toMatch(/ledger/);
    expect(JSON.parse((await runCli(['schema'])).stdout).title).not.toMatch(/ledger/);
  });
});
