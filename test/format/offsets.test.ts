import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { codepointMap, withOffsets } from '../../src/schema/offsets.js';
import type { ClaimsDoc } from '../../src/schema/doc.js';
import { runCli } from '../cli/run.js';
import { EMOJI_ARTICLE } from './articles.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-offsets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'emoji.txt');
writeFileSync(file, EMOJI_ARTICLE);
const DATE = '2024-05-02';

/** Every item of a document with the text it claims to cover. */
function items(doc: ClaimsDoc): { text: string; start: number; end: number }[] {
  return [...doc.actors.flatMap((a) => a.mentions), ...doc.dates, ...doc.deadlines, ...doc.quotes, ...doc.claims, ...doc.sentences];
}

/** Python's text[start:end]: slicing by code points. */
const pySlice = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');

describe('--offsets', () => {
  it('codepoint: every item sliced by code points gives its text back, after emoji and astral letters', async () => {
    const r = await runCli(['extract', file, '--format', 'json', '--offsets', 'codepoint', '--date', DATE, '-q']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ClaimsDoc;
    expect(doc.input.offsets).toBe('codepoint');
    expect(doc.input.chars).toBe([...EMOJI_ARTICLE].length);
    const all = items(doc);
    expect(doc.quotes.length + doc.claims.length).toBeGreaterThan(1);
    for (const it of all) expect(pySlice(EMOJI_ARTICLE, it.start, it.end)).toBe(it.text);
    for (const c of doc.claims) expect(pySlice(EMOJI_ARTICLE, c.cueStart, c.cueEnd)).toBe(c.cue);
  });

  it('utf16 (the default) slices right in JavaScript and wrong by code points here: the two units differ', async () => {
    const doc = JSON.parse((await runCli(['extract', file, '--format', 'json', '--date', DATE, '-q'])).stdout) as ClaimsDoc;
    expect(doc.input.offsets).toBe('utf16');
    for (const it of items(doc)) expect(EMOJI_ARTICLE.slice(it.start, it.end)).toBe(it.text);
    expect(items(doc).some((it) => pySlice(EMOJI_ARTICLE, it.start, it.end) !== it.text)).toBe(true);
  });

  it('jsonl and csv follow --offsets too', async () => {
    const line = (await runCli(['extract', file, '--format', 'jsonl', '--offsets', 'codepoint', '--date', DATE, '-q'])).stdout;
    expect(JSON.parse(line).input.offsets).toBe('codepoint');
    const csv = (await runCli(['extract', file, '--format', 'csv', '--items', 'quotes', '--offsets', 'codepoint', '--date', DATE, '-q'])).stdout;
    const doc = withOffsets(analyze(EMOJI_ARTICLE, { referenceDate: DATE }), EMOJI_ARTICLE, 'codepoint');
    expect(csv).toContain(`,${doc.quotes[0]!.start},${doc.quotes[0]!.end},`);
  });

  it('codepointMap: a surrogate pair counts once; an index inside a pair maps to its character', () => {
    const to = codepointMap('a😀b');
    expect([0, 1, 2, 3, 4].map(to)).toEqual([0, 1, 1, 2, 3]);
  });

  it('withOffsets leaves the input document unchanged and converts nothing twice', () => {
    const doc = analyze(EMOJI_ARTICLE, { referenceDate: DATE });
    const before = JSON.stringify(doc);
    const cp = withOffsets(doc, EMOJI_ARTICLE, 'codepoint');
    expect(JSON.stringify(doc)).toBe(before);
    expect(withOffsets(cp, EMOJI_ARTICLE, 'codepoint')).toBe(cp);
  });
});
