import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './run.js'; // signals need a real process

/** 5. Ctrl-C and SIGTERM during a run with -o: the temp file goes, the previous output stays (a real process). */
const dir = mkdtempSync(join(tmpdir(), 'tc-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'long.txt');
writeFileSync(input, 'Senator Mara Voss said on Monday that the bill would pass, and analysts told reporters that prices would rise. '.repeat(3000));

const temps = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

async function interrupt(sig: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const out = join(dir, `out-${sig}.json`);
  writeFileSync(out, 'previous\n');
  const child = spawn(process.execPath, [BIN, 'extract', input, '-f', 'json', '-o', out], { stdio: 'ignore' });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 300 && temps().length === 0; i++) await new Promise((r) => setTimeout(r, 50)); // wait for the temp file
  expect(temps()).toHaveLength(1);
  child.kill(sig);
  const r = await done;
  expect(temps()).toEqual([]);
  expect(readFileSync(out, 'utf8')).toBe('previous\n');
  return r;
}

describe('signals during extract -o', () => {
  it('SIGTERM: temp file removed, ends by the signal', async () => {
    expect((await interrupt('SIGTERM')).signal).toBe('SIGTERM');
  });
  it('SIGINT (Ctrl-C): temp file removed, ends by the signal', async () => {
    expect((await interrupt('SIGINT')).signal).toBe('SIGINT');
  });
});
