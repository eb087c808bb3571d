import { runCli, type CliRun } from './run.js';

export type InProcessRun = CliRun;

/** The CLI in-process, positional form: the same as `runCli(args, { env, input })` from ./run.js (use that in new tests). */
export function runMain(args: string[], env: Record<string, string | undefined> = {}, input = ''): Promise<InProcessRun> {
  return runCli(args, { env, input });
}
