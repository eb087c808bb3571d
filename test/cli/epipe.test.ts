import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './run.js';

/** 6. `--help | head -1`: a reader that is already gone. A real process: the pipe is the point. */
async function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy(); // the reader went away before the first write: every write fails with EPIPE
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, stderr };
}

describe('help and version into a closed pipe end quietly', () => {
  for (const args of [['extract', '--help'], ['--help'], ['check', '--help'], ['--version'], ['schema']]) {
    it(args.join(' '), async () => {
      const r = await closedPipe(args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
  }
});
