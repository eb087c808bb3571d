/** Readable labels of TimeML values: every row's example, values that need none, and the formats that show them. */
import { describe, expect, it } from 'vitest';
import { TIMEX_ROWS } from '../../src/format/timex/rows.js';
import { timexMatch, withLabel } from '../../src/format/timex/label.js';
import { runCli } from '../cli/run.js';

describe('timex label rows', () => {
  it.each(TIMEX_ROWS.map((r) => [r.id, ...r.example] as const))('%s: %s -> %s', (id, value, label) => {
    expect(timexMatch(value)).toEqual({ label, row: id });
  });

  it('row ids are unique', () => {
    expect(new Set(TIMEX_ROWS.map((r) => r.id)).size).toBe(TIMEX_ROWS.length);
  });

  it.each(['2025', '2025-10', '2025-10-24', 'XXXX-13', 'XXXX-02-32', '2025-W54', '2025-W00-WE', '2025-Q5', 'P', 'garbage', ''])(
    'no label where the value reads as it is or is not TimeML: %s',
    (value) => expect(timexMatch(value)).toBeNull(),
  );

  it('a week that starts in the year before names that year; one in its own year does not', () => {
    expect(withLabel('2026-W01')).toBe('2026-W01 (week of Dec 29, 2025)');
    expect(withLabel('2026-W02')).toBe('2026-W02 (week of Jan 5)');
  });

  it('the value stays first, the label beside it; null is unresolved', () => {
    expect(withLabel('195')).toBe('195 (1950s)');
    expect(withLabel('2025-10-24')).toBe('2025-10-24');
    expect(withLabel(null)).toBe('unresolved');
  });
});

const ARTICLE = 'Hal Brenner said on Wednesday that the harbor rules from the 1950s must go. The pier reopened last summer.\n';

describe('labels in the human formats only', () => {
  it('pretty, markdown and html show the label beside the value', async () => {
    const pretty = (await runCli(['extract', '-', '--no-color'], { input: ARTICLE })).stdout;
    expect(pretty).toMatch(/XXXX-WXX-3 \(a Wednesday, date unknown\) +Wednesday/);
    expect(pretty).toMatch(/195 \(1950s\) +the 1950s/);
    const md = (await runCli(['extract', '-', '--format', 'markdown', '--date', '2025-10-26'], { input: ARTICLE })).stdout;
    expect(md).toContain('| `2025-SU` (summer 2025) | date | last summer |');
    const html = (await runCli(['extract', '-', '--format', 'html', '--date', '2025-10-26'], { input: ARTICLE })).stdout;
    expect(html).toContain('<time>195</time><span class="vlabel">1950s</span>');
    expect(html).toContain('<time datetime="2025-10-22">2025-10-22</time> ');
  });

  it('json keeps the bare TimeML value', async () => {
    const out = (await runCli(['extract', '-', '--format', 'json'], { input: ARTICLE })).stdout;
    const values = JSON.parse(out).dates.map((d: { value: string | null }) => d.value);
    expect(values).toEqual(expect.arrayContaining(['XXXX-WXX-3', '195']));
    expect(out).not.toContain('1950s)');
  });
});
