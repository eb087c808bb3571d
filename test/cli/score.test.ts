import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

/** Hand-made gold and predictions (invented names): the numbers below are checked by hand. */
const root = mkdtempSync(join(tmpdir(), 'tc-score-'));
const goldDir = join(root, 'gold');
const predDir = join(root, 'pred');
mkdirSync(goldDir);
mkdirSync(predDir);
const json = (dir: string, name: string, data: unknown) => writeFileSync(join(dir, name), JSON.stringify(data));

json(goldDir, 'alpha.gold.json', {
  id: 'alpha',
  referenceDate: '2024-03-04',
  actors: [{ name: 'Mara Quillfeather', type: 'person', aliases: ['Quillfeather'] }],
  dates: [{ text: 'March 9', value: '2024-03-09' }],
  deadlines: [],
  quotes: [
    { text: 'we will rebuild the pier', kind: 'statement', speaker: 'Mara Quillfeather' },
    { text: 'Evening Tide', kind: 'title', speaker: null },
  ],
  claims: [{ anchor: 'the pier will reopen', source: 'Mara Quillfeather', cue: 'said' }],
});
json(predDir, 'alpha.json', {
  actors: [{ name: 'Quillfeather', type: 'person', aliases: [] }],
  dates: [{ text: 'March 9', value: '2024-03-09', start: 10 }],
  deadlines: [],
  // one right statement, one title reported as a statement: quotes P 0.5, R 1
  quotes: [
    { text: 'we will rebuild the pier', kind: 'statement', speaker: 'Quillfeather', start: 40, end: 64 },
    { text: 'Evening Tide', kind: 'statement', speaker: null, start: 80, end: 92 },
  ],
  claims: [{ text: 'Quillfeather said the pier will reopen.', source: 'Mara Quillfeather', start: 0 }],
});
json(goldDir, 'beta.gold.json', {
  id: 'beta',
  referenceDate: null,
  dates: [{ text: 'next spring', value: null }],
  claims: [{ anchor: 'costs will fall', source: null }],
});

const score = (...extra: string[]) => runCli(['score', goldDir, predDir, ...extra]);

describe('tiktok-claims score', () => {
  it('prints a table per field and per article; a missing prediction is scored as empty, with a warning', async () => {
    const r = await score();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quotes\s+0\.500\s+1\.000\s+0\.667/);
    expect(r.stdout).toMatch(/alpha\s/);
    expect(r.stderr).toMatch(/beta\.json: no prediction for beta; scored as empty/);
  });

  it('--format json: micro-averaged counts over both articles', async () => {
    const out = JSON.parse((await score('--format', 'json')).stdout);
    expect(out.total.articles).toBe(2);
    expect(out.total.fields.dates).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
    expect(out.total.fields.claims).toMatchObject({ tp: 1, fn: 1, sourceAccuracy: { correct: 1, total: 1, value: 1 } });
    expect(out.total.fields.quotes.speakerAccuracy.value).toBe(1);
    expect(out.ok).toBe(true);
  });

  it('--min above the score: exit 1, naming the metric', async () => {
    const r = await score('--min', 'quotes.f1=0.9', '--min', 'dates.recall=0.5');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 of 2 minimum scores not met: quotes\.f1 0\.667 < 0\.9/);
    expect(r.stdout).toMatch(/FAIL quotes\.f1/);
  });

  it('--min at the score: exit 0', async () => {
    expect((await score('--min', 'quotes.precision=0.5', '--min', 'claims.sourceAccuracy=1')).code).toBe(0);
  });

  it('--thresholds FILE (nested JSON)', async () => {
    const file = join(root, 'thresholds.json');
    writeFileSync(file, JSON.stringify({ claims: { recall: 0.8 } }));
    const r = await score('--thresholds', file, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).thresholds).toEqual([{ metric: 'claims.recall', min: 0.8, value: 0.5, ok: false }]);
  });

  it('--verbose lists misses, false positives and their notes', async () => {
    const r = await score('--verbose');
    expect(r.stdout).toMatch(/beta\s+claims\s+MISS\s+"costs will fall"/);
    expect(r.stdout).toMatch(/alpha\s+quotes\s+FP\s+"Evening Tide".*a title quote reported as a statement/);
  });

  const BAD: { id: string; args: () => string[]; code: number; message: RegExp }[] = [
    { id: 'bad --min', args: () => ['score', goldDir, predDir, '--min', 'quotes.f1'], code: 2, message: /bad --min "quotes\.f1"/ },
    { id: 'unknown metric', args: () => ['score', goldDir, predDir, '--min', 'quotes.speed=0.5'], code: 2, message: /unknown metric "quotes\.speed"/ },
    { id: 'missing gold dir', args: () => ['score', join(root, 'nope'), predDir], code: 3, message: /nope: no such file/ },
    { id: 'dir without gold', args: () => ['score', predDir, predDir], code: 3, message: /not a directory with NAME\.gold\.json/ },
    { id: 'missing arguments', args: () => ['score', goldDir], code: 2, message: /missing required argument/ },
  ];
  for (const c of BAD) {
    it(`${c.id}: one line, exit ${c.code}`, async () => {
      const r = await runCli(c.args());
      expect(r.code).toBe(c.code);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('an invalid gold file: exit 3 naming it', async () => {
    const dir = join(root, 'badgold');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.gold.json'), '{"quotes": [{"text": 3}]}');
    const r = await runCli(['score', dir, predDir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/x\.gold\.json: not a valid gold file/);
  });
});
