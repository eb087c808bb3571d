import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process (the TypeScript sources, not the build) with fake streams. */
export async function runMain(args: string[], env: NodeJS.ProcessEnv = {}, input = ''): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (add(String(chunk)), done()) });
  const stdin = new PassThrough();
  stdin.end(input);
  const code = await main({
    argv: ['node', 'tiktok-claims', ...args],
    env,
    stdin,
    stdout: Object.assign(sink((s) => (stdout += s)), { isTTY: false }),
    stderr: Object.assign(sink((s) => (stderr += s)), { isTTY: false }),
  });
  return { code, stdout, stderr };
}
