import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { ITEM_LISTS } from '../../src/format/table.js';
import { runCli } from '../cli/run.js';
import { CSV_ARTICLE, EMOJI_ARTICLE } from './articles.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, CSV_ARTICLE);
writeFileSync(b, EMOJI_ARTICLE);
const DATE = '2024-05-02';

/** Read CSV back with an independent parser (papaparse), one object per row. */
function parse(csv: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('--format csv', () => {
  it.each(ITEM_LISTS)('--items %s: one row per item, text and offsets as in the JSON', async (items) => {
    const doc = analyze(CSV_ARTICLE, { referenceDate: DATE });
    const r = await runCli(['extract', a, '--format', 'csv', '--items', items, '--date', DATE, '-q']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout);
    const list = doc[items] as unknown as { start: number; end: number; text?: string; name?: string }[];
    expect(rows.length).toBe(list.length);
    rows.forEach((row, i) => {
      expect(row.input).toBe(a);
      expect(Number(row.start)).toBe(list[i]!.start);
      expect(Number(row.end)).toBe(list[i]!.end);
      expect(row[items === 'actors' ? 'name' : 'text']).toBe(items === 'actors' ? list[i]!.name : list[i]!.text);
    });
  });

  it('quotes commas, quotation marks and line breaks so the cells come back whole', async () => {
    const r = await runCli(['extract', a, '--format', 'csv', '--items', 'claims', '--date', DATE, '-q']);
    const rows = parse(r.stdout);
    expect(rows.some((row) => row.text!.includes('\n'))).toBe(true);
    expect(rows.some((row) => row.sentenceText!.includes('"hurts, badly,"'))).toBe(true);
    expect(r.stdout).toMatch(/""hurts, badly,""/); // RFC 4180: quotes doubled inside a quoted cell
  });

  it('several inputs make one table: one header, every row naming its input; claims carry actor ids', async () => {
    const r = await runCli(['extract', a, b, '--format', 'csv', '--items', 'claims', '--date', DATE, '-q', '--jobs', '1']);
    expect(r.stdout.match(/^input,/gm)).toHaveLength(1);
    const rows = parse(r.stdout);
    expect(new Set(rows.map((row) => row.input))).toEqual(new Set([a, b]));
    const actors = parse((await runCli(['extract', a, '--format', 'csv', '--items', 'actors', '--date', DATE, '-q'])).stdout);
    const ids = new Set(actors.map((x) => x.id));
    const joined = rows.filter((row) => row.input === a && row.sourceId);
    expect(joined.length).toBeGreaterThan(0);
    for (const row of joined) expect(ids.has(row.sourceId!)).toBe(true);
  });

  it('a text cell that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers', async () => {
    const text = 'Mara Quell said the sign read "=HYPERLINK(1) click here" on Friday.\n"-5 percent is not a cut," Quell said.\n';
    const r = await runCli(['extract', '-', '--format', 'csv', '--items', 'quotes', '--date', DATE, '-q'], { input: text });
    const rows = parse(r.stdout);
    expect(rows.map((row) => row.text)).toEqual(["'=HYPERLINK(1) click here", "'-5 percent is not a cut,"]);
    for (const row of rows) expect(row.start).toMatch(/^\d+$/);
    for (const row of rows) for (const [k, v] of Object.entries(row)) expect(v, k).not.toMatch(/^[=+\-@]/);
  });

  it('rejects an unknown --items list with one line and exit 2', async () => {
    const r = await runCli(['extract', a, '--format', 'csv', '--items', 'people']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
