/**
 * Pathological inputs (issue 14): text shapes that made output or memory grow with the square of the
 * input. Each runs through the CLI (`extract FILE --format json -o OUT`) in its own child process:
 * wall time, peak RSS, output size and exit code. Invented text only.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, kb, round } from './measure.js';

export interface PathoRow {
  label: string;
  inputKB: number;
  code: number | string;
  seconds: number;
  maxRssMB: number | null;
  outputMB: number | null;
}

const WORDS = 'the minister said officials told reporters that prices would rise according to analysts who claimed markets were stable and the company stated it expects growth while critics argued'.split(' ');

/** Deterministic words (a fixed linear congruential sequence): about `bytes` characters, no sentence end. */
function words(bytes: number, capitalize: number): string {
  const out: string[] = [];
  let size = 0;
  let x = 12345;
  while (size < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    let w = WORDS[x % WORDS.length]!;
    if ((x >> 8) % 100 < capitalize) w = w[0]!.toUpperCase() + w.slice(1);
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
}

export const PATHOLOGICAL: { label: string; text: () => string }[] = [
  { label: "'according to' x 10,000", text: () => Array(10_000).fill('according to').join(' ') + '\n' },
  { label: '1 MB of unpunctuated text with reporting verbs', text: () => words(1_000_000, 5) + '\n' },
  { label: 'one 200 KB sentence', text: () => `The ${words(200_000, 0)}.\n` },
];

export function pathological(tmp: string, log: (s: string) => void): PathoRow[] {
  return PATHOLOGICAL.map((c, i) => {
    const input = join(tmp, `patho-${i}.txt`);
    const out = join(tmp, `patho-${i}.json`);
    writeFileSync(input, c.text());
    log(`5. ${c.label}`);
    const r = child<{ code: number; seconds: number; maxRssMB: number }>(['cli', 'extract', input, '--format', 'json', '-o', out, '--quiet']);
    const outputMB = (() => {
      try {
        return round(statSync(out).size / 1024 / 1024, 2);
      } catch {
        return null;
      }
    })();
    if ('error' in r) return { label: c.label, inputKB: round(kb(statSync(input).size)), code: r.error, seconds: round(r.wallSeconds, 1), maxRssMB: null, outputMB };
    return { label: c.label, inputKB: round(kb(statSync(input).size)), code: r.code, seconds: round(r.wallSeconds, 1), maxRssMB: r.maxRssMB, outputMB };
  });
}
