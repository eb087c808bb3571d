import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/format/highlight.js';
import { KINDS } from '../../src/format/html/kinds.js';
import { pretty } from '../../src/format/pretty.js';
import { wrapToWidth } from '../../src/format/wrap.js';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { SAMPLE_TEXT, sampleDoc } from './sample-doc.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const widest = (s: string): number => Math.max(...s.split('\n').map((l) => stringWidth(l)));

describe('wrapping the terminal views', () => {
  it('wraps to the width, counting wide characters as two columns and styles as none', () => {
    const wide = '東京都の知事は月曜日に新しい計画を発表した。'.repeat(4);
    const styled = new Chalk({ level: 1 }).cyan('Mara Quell') + ' said the levy would be cut by June 30 and the crews would be paid.';
    for (const s of [wide, styled]) {
      const out = wrapToWidth(s, 24);
      expect(out.split('\n').length).toBeGreaterThan(1);
      expect(widest(out)).toBeLessThanOrEqual(24);
      expect(out.replace(ANSI, '').replace(/\n/g, '').replace(/ /g, '')).toBe(s.replace(ANSI, '').replace(/ /g, ''));
    }
  });

  it('hang: continuation lines keep the indentation plus two spaces; no width: the text as it is', () => {
    const line = '    Mara Quell — chair of the Harbor Council ×2  also: Quell, Chair Quell, the council chair';
    const out = wrapToWidth(line, 40, { hang: true }).split('\n');
    expect(out.length).toBeGreaterThan(1);
    for (const l of out.slice(1)) expect(l).toMatch(/^ {6}\S/);
    expect(wrapToWidth(line, null)).toBe(line);
  });

  it('pretty and highlight wrap to ctx.width, colored or not', () => {
    for (const level of [0, 1] as const) {
      const ctx = { color: level > 0, chalk: new Chalk({ level }), inputs: 1, width: 50 };
      expect(widest(pretty.document(sampleDoc(), SAMPLE_TEXT, ctx, 0))).toBeLessThanOrEqual(50);
      expect(widest(highlight.document(sampleDoc(), SAMPLE_TEXT, ctx, 0))).toBeLessThanOrEqual(50);
    }
  });

  it('extract wraps on a terminal (its columns) and not when piped', async () => {
    const run = async (tty: boolean): Promise<string> => {
      let out = '';
      const stdin = new PassThrough();
      stdin.end(SAMPLE_TEXT);
      const stdout = Object.assign(new Writable({ write: (c, _e, done) => ((out += String(c)), done()) }), { isTTY: tty, columns: 50 });
      const stderr = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false });
      expect(await main({ argv: ['node', 'tiktok-claims', 'extract', '-', '--date', '2024-05-02', '-q', '--no-color'], env: {}, stdin, stdout, stderr })).toBe(0);
      return out;
    };
    expect(widest(await run(true))).toBeLessThanOrEqual(50);
    expect(widest(await run(false))).toBeGreaterThan(60); // piped: long lines stay whole
  });
});

describe('highlight colours', () => {
  it('every kind has its own terminal style', () => {
    const c = new Chalk({ level: 1 });
    const styles = KINDS.map((k) => k.chalk.reduce((st, key) => st[key], c)('x'));
    expect(new Set(styles).size).toBe(KINDS.length);
  });
});
