import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

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
      const r = await runMain(['extract', write('x.txt', s + '\n'), '-f', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.claims).toHaveLength(1);
      expect(doc.dates.map((d: { text: string }) => d.text)).toEqual([s.split(' ').at(-1)!.replace('.', '')]);
    });
  }
});
