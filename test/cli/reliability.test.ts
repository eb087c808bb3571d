import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

/** Issue 14: no internal error on ordinary text; a failing input is named. */
const dir = mkdtempSync(join(tmpdir(), 'tc-reliab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('1. a group source with a date after it ("said a firm in June")', () => {
  for (const s of ['Prices rose, said a firm in June.', 'Prices rose, said a company in May.', 'Prices rose, said one company in March.']) {
    it(s, async () => {
      const r = await runCli(['extract', write('x.txt', s + '\n'), '-f', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.claims).toHaveLength(1);
      expect(doc.dates.map((d: { text: string }) => d.text)).toEqual([s.split(' ').at(-1)!.replace('.', '')]);
    });
  }
});

describe('2. output bounded by the input', () => {
  const check = async (name: string, text: string, factor: number) => {
    const r = await runCli(['extract', write(name, text), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(factor * text.length);
    const doc = JSON.parse(r.stdout);
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(2000);
    for (const c of doc.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.text.length).toBeLessThanOrEqual(1500);
      expect(c.sentence).toBe(doc.sentences.findLastIndex((s: { start: number }) => s.start <= c.cueStart));
    }
    return doc;
  };
  it("'according to' x 2,000: one claim per cue, each its content span, not the whole text", async () => {
    const doc = await check('acc.txt', Array(2000).fill('according to').join(' ') + '\n', 40);
    expect(doc.claims.length).toBeGreaterThan(1900);
    expect(Math.max(...doc.claims.map((c: { text: string }) => c.text.length))).toBeLessThan(80);
  });
  it('one 30 KB sentence with reporting verbs is read in pieces by every stage', async () => {
    const clause = 'the minister said prices would rise and analysts told reporters that markets were stable ';
    const doc = await check('long.txt', 'The ' + clause.repeat(340).trim() + '.\n', 40);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(15);
    expect(doc.claims.length).toBeGreaterThan(300);
  });
  it('a news sentence keeps its whole text as the claim', async () => {
    const s = 'Senator Mara Voss said on Monday that the bill would pass before the summer recess.';
    const doc = await check('news.txt', s + '\n', 40);
    expect(doc.claims.map((c: { text: string }) => c.text)).toEqual([s]);
  });
});

describe('3. a failed run with -o keeps the previous good output', () => {
  for (const format of ['json', 'pretty', 'html', 'jsonl']) {
    it(`--format ${format}: one input that fails writes nothing`, async () => {
      const out = join(dir, `keep.${format}`);
      const good = await runCli(['extract', write('seed.txt', 'Senator Mara Voss said on Monday that the bill would pass.\n'), '-f', format, '-o', out]);
      expect(good.code).toBe(0);
      const before = readFileSync(out, 'utf8');
      expect(before.length).toBeGreaterThan(50);
      const bad = await runCli(['extract', join(dir, 'nosuch.txt'), '-f', format, '-o', out]);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toMatch(/nosuch\.txt: no such file/);
      expect(readFileSync(out, 'utf8')).toBe(before);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }
  it('several inputs: good results and error records are written', async () => {
    const out = join(dir, 'several.jsonl');
    const r = await runCli(['extract', write('a.txt', 'Mara Voss said the levy will be cut.\n'), join(dir, 'nosuch.txt'), '-f', 'jsonl', '-o', out, '--jobs', '1']);
    expect(r.code).toBe(3);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => (l.error ? l.error.code : 'ok'))).toEqual(['ok', 'E_NOT_FOUND']);
  });
});

describe('9. help of check, highlight marks and colours', () => {
  it('check --help prints its own examples, then the shared metrics; none of score\'s', async () => {
    const r = await runCli(['check', '--help']);
    expect(r.code).toBe(0);
    const own = r.stdout.indexOf('$ tiktok-claims check fixtures/');
    expect(own).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/\$ tiktok-claims score /);
    expect(r.stdout.indexOf('Metrics for --min')).toBeGreaterThan(own);
  });
  it('score --help prints its examples and the metrics', async () => {
    const r = await runCli(['score', '--help']);
    expect(r.stdout).toMatch(/\$ tiktok-claims score fixtures preds/);
    expect(r.stdout).toMatch(/Metrics for --min/);
  });
  it('a cue shared by two claims is marked once', async () => {
    const r = await runCli(['extract', write('two.txt', 'Mara Voss said that the levy will be cut and that prices would rise.\n'), '--highlight', '--no-color']);
    expect(r.stdout).toContain('[said|cue]');
    expect(r.stdout).not.toContain('[[said|cue]|cue]');
  });
  it('red is the deadline colour only', async () => {
    const { KINDS } = await import('../../src/format/html/kinds.js');
    const red = KINDS.filter((k) => k.chalk.some((key) => /^(?:bg)?red/iu.test(key)));
    expect(red.map((k) => k.kind)).toEqual(['deadline']);
  });
});

describe('7. the HTML report: bidi controls shown, long words wrapped', () => {
  it('a right-to-left override cannot reorder the text or the panels; a 400-character word wraps', async () => {
    const long = 'x'.repeat(400);
    const out = join(dir, 'bidi.html');
    const text = `Mara Voss said the file invoice\u202Etxt.exe was sent to ${long} on Monday.\n`;
    const r = await runCli(['extract', write('bidi.txt', text), '-f', 'html', '-o', out]);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(page).toContain('invoice[U+202E]txt.exe');
    expect(page).toMatch(/\.panel\{[^}]*overflow-wrap:anywhere/u);
    expect(page).toMatch(/\.article\{[^}]*overflow-wrap:anywhere/u);
    expect(page).toMatch(/mark\.mk,\.panel li\{unicode-bidi:isolate\}/u);
  });
});

describe('8. one attribution decides a quote\'s speaker and its claim\'s source', () => {
  it('a speaker\'s quote credited to an outlet: speaker and source are the speaker, the outlet is via', async () => {
    const text = 'Treasury Secretary Jane Doe said on Monday that "the deal is done," according to Reuters.\n';
    const r = await runCli(['extract', '-', '--format', 'json', '--date', '2031-03-02'], { input: text });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const quote = doc.quotes.find((q: { text: string }) => q.text.includes('the deal is done'));
    const claim = doc.claims.find((c: { text: string }) => c.text.includes('the deal is done'));
    expect(quote.speaker).toBe('Jane Doe');
    expect(claim.source).toBe('Jane Doe');
    expect(claim.via).toBe('Reuters');
    expect(quote.speakerId).toBe(claim.sourceId);
  });
});
