import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsDoc } from '../../src/schema/doc.js';
import { ROOT, runCli } from './run.js';

/**
 * Issue 17: saved pages, feeds and JSON exports as inputs, through the CLI in-process. A feed or an export of
 * several items runs with --jobs 1 (their items are records: jobs.test.ts shows records and their metadata
 * come back the same from the worker pool); the pages have their own pool test below.
 */
const PAGE = join(ROOT, 'fixtures/pages/epa-2018-05-24.html');
const SAME_TXT = join(ROOT, 'fixtures/real/real-001.txt');
const FEED = join(ROOT, 'fixtures/pages/fema-news.rss');
const tmp = mkdtempSync(join(tmpdir(), 'tc-inputs-'));

const json = async (args: string[]) => {
  const r = await runCli(['extract', ...args, '--format', 'json']);
  return { ...r, doc: r.stdout ? (JSON.parse(r.stdout) as ClaimsDoc & ClaimsDoc[]) : null };
};

/** What an analyst compares: actor names and types, date values, quotes and their speakers, claims and their sources. */
const findings = (d: ClaimsDoc) => ({
  actors: d.actors.map((a) => [a.name, a.type]),
  dates: d.dates.map((x) => [x.text, x.value]),
  deadlines: d.deadlines.map((x) => [x.text, x.value]),
  quotes: d.quotes.map((q) => [q.text, q.speaker]),
  claims: d.claims.map((c) => [c.text, c.source]),
});

const page = await json([PAGE]);
const txt = await json([SAME_TXT, '--date', '2018-05-24']);
const feed = await json([FEED, '--jobs', '1']);
/** A document without its timing, for comparing runs. */
const stable = (d: ClaimsDoc) => ({ ...d, stats: { ...d.stats, ms: 0 } });

describe('a saved web page', () => {
  it('yields the same actors, dates, quotes and claims as the .txt of the same article', () => {
    expect(page.code).toBe(0);
    expect(page.doc!.quotes.length).toBeGreaterThan(0);
    expect(findings(page.doc!)).toEqual(findings(txt.doc!));
  });
  it("takes the page's publication date as the reference date, unless --date", async () => {
    expect(page.doc!.input).toMatchObject({ referenceDate: '2018-05-24', referenceDateSource: 'html', outlet: 'US EPA', url: expect.stringContaining('epa.gov') });
    expect((await json([PAGE, '--date', '2019-01-01'])).doc!.input).toMatchObject({ referenceDate: '2019-01-01', referenceDateSource: 'option' });
  });
  it('carries the text its offsets refer to (input.text), and a .txt input does not', () => {
    const d = page.doc!;
    for (const q of d.quotes) expect(d.input.text!.slice(q.start, q.end)).toBe(q.text);
    expect(txt.doc!.input.text).toBeUndefined();
  });
  it('takes no quote, claim or actor from scripts, navigation, asides or footers', () => {
    const d = page.doc!;
    const out = JSON.stringify([d.actors, d.quotes, d.claims]);
    for (const w of ['Example', 'Ortiz', 'Reyes', 'Whitfield', 'Hartman', 'Finch', 'Inspector General', 'White House', 'Smithsonian']) expect(out).not.toContain(w);
  });
  it('shows the page text, not its markup, with --highlight', async () => {
    const r = await runCli(['extract', PAGE, '--highlight', '--no-color']);
    expect(r.stdout).toContain('EPA Administrator [Scott Pruitt|person]');
    expect(r.stdout).not.toMatch(/<p>|<script|window\.promo/);
  });
});

describe('a feed', () => {
  it('gives one result per item, each dated and linked by its item', async () => {
    const { code, doc } = feed;
    expect(code).toBe(0);
    expect(doc!.map((d) => [d.input.referenceDate, d.input.referenceDateSource, d.input.url?.slice(-20), d.input.outlet])).toEqual([
      ['2025-06-06', 'feed', 'opening-june-7-franklin-county'.slice(-20), 'FEMA News Releases'],
      ['2025-03-26', 'feed', 'may-contact-you-phone'.slice(-20), 'FEMA News Releases'],
    ]);
    expect(doc![0]!.input.text!.split('\n')[0]).toBe('Disaster Recovery Center Opening June 7 in Franklin County');
    expect(doc![0]!.deadlines.map((x) => x.value)).toContain('2025-07-22');
    expect(JSON.stringify(doc)).not.toContain('Mark Example'); // the item's <script>
  });
  it('feeds the ledger: one article per item, with title and url', async () => {
    const r = await runCli(['ledger', FEED, '--format', 'json', '--jobs', '1']);
    const arts = JSON.parse(r.stdout).articles as { title: string; url: string; dateSource: string }[];
    expect(arts.map((a) => [a.title.slice(0, 12), a.dateSource, a.url.slice(0, 20)]).sort()).toEqual([['Disaster Rec', 'feed', 'https://www.fema.gov'], ['FEMA May Con', 'feed', 'https://www.fema.gov']]);
  });
});

describe('JSON exports and record fields', () => {
  const file = join(tmp, 'export.json');
  writeFileSync(file, JSON.stringify({ status: 'ok', articles: [
    { source: { name: 'Wire Desk' }, title: 'Port talks', url: 'https://x.test/1', publishedAt: '2031-03-04T09:00:00Z', body: 'Harbor Authority chief Ana Lima said on Monday that the port would reopen.' },
    { source: { name: 'Wire Desk' }, title: 'Second', url: 'https://x.test/2', publishedAt: '2031-03-05', body: 'The port reopened on Tuesday.' },
  ] }));
  it('reads a news API export with body and publishedAt, and puts its metadata in the input header', async () => {
    const { code, doc } = await json([file, '--jobs', '1']);
    expect(code).toBe(0);
    expect(doc![0]!.input).toMatchObject({ id: '1', url: 'https://x.test/1', title: 'Port talks', outlet: 'Wire Desk', referenceDate: '2031-03-04', referenceDateSource: 'record' });
    expect(doc![0]!.dates[0]).toMatchObject({ text: 'Monday', value: '2031-03-03' });
  });
  it('reads the fields named with --text-field and --date-field (dotted paths)', async () => {
    const f = join(tmp, 'nested.jsonl');
    writeFileSync(f, JSON.stringify({ key: 'k7', story: { words: 'The port reopened on Tuesday.', when: '2031-03-06' } }) + '\n');
    const { doc } = await json([f, '--text-field', 'story.words', '--date-field', 'story.when', '--id-field', 'key']);
    expect(doc!.input).toMatchObject({ id: 'k7', referenceDate: '2031-03-06' });
    expect(doc!.dates[0]).toMatchObject({ text: 'Tuesday', value: '2031-03-04' });
  });
  it('refuses a record without the named field in one line, exit 3', async () => {
    const f = join(tmp, 'bad.jsonl');
    writeFileSync(f, '{"id":"a","body":"Text."}\n');
    const r = await runCli(['extract', f, '--text-field', 'content', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([`tiktok-claims: ${f}:1: record skipped: no "content" field`]);
  });
});

describe('warnings', () => {
  const asTxt = (name: string, body: string) => {
    const f = join(tmp, name);
    writeFileSync(f, body);
    return f;
  };
  it('reads a .txt that is an HTML page as a page, and says so once', async () => {
    const f = asTxt('saved.txt', readFileSync(PAGE, 'utf8'));
    const r = await runCli(['extract', f, '--format', 'json']);
    expect(r.stderr.match(/looks like an HTML page: read as one/g)).toHaveLength(1);
    expect(JSON.parse(r.stdout).input.referenceDateSource).toBe('html');
  });
  it('warns once when a .txt looks like JSON or XML, and reads it as text', async () => {
    for (const [name, body, what] of [['j.txt', '{"text": "The port reopened."}', 'JSON'], ['x.txt', '<?xml version="1.0"?><doc><p>The port reopened.</p></doc>', 'XML']] as const) {
      const r = await runCli(['extract', asTxt(name, body), '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.stderr.match(new RegExp(`looks like ${what}, not plain text`, 'g'))).toHaveLength(1);
    }
  });
  it('does not warn about plain text (negative)', async () => {
    const r = await runCli(['extract', asTxt('plain.txt', 'The port reopened on Tuesday, <officials> said.'), '--format', 'json']);
    expect(r.stderr).toBe('');
  });
  it('--input-format txt reads a page as text, with the warning', async () => {
    const r = await runCli(['extract', asTxt('forced.txt', '<html><body><p>The port reopened.</p></body></html>'), '--input-format', 'txt', '--format', 'json']);
    expect(r.stderr).toMatch(/looks like an HTML page, not plain text: read as text \(--input-format html\)/);
    expect(JSON.parse(r.stdout).input.text).toBeUndefined();
  });
});

describe('pages and feed items on the --jobs worker pool', () => {
  it('reads each page as a page on a worker, and each feed item (its HTML content) the same as --jobs 1', async () => {
    const copy = join(tmp, 'copy.htm');
    writeFileSync(copy, readFileSync(PAGE));
    const { doc } = await json([PAGE, copy, FEED, '--jobs', '2']);
    expect(doc!.slice(0, 2).map((d) => [d.input.referenceDateSource, d.input.text?.length])).toEqual([['html', page.doc!.input.text!.length], ['html', page.doc!.input.text!.length]]);
    expect(doc!.slice(2).map(stable)).toEqual(feed.doc!.map(stable));
  });
});
