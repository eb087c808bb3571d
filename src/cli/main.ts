import { CommanderError } from 'commander';
import { CliError, EXIT } from '../io/errors.js';
import { warn, type CliProcess } from './io.js';
import { buildProgram, type RunState } from './program.js';

/**
 * The CLI entry: run with a process (real or fake), return the exit code.
 * This is the only try/catch of the CLI: typed errors become one line on stderr and an exit code.
 */
export async function main(proc: CliProcess): Promise<number> {
  const state: RunState = { exitCode: EXIT.OK };
  quietPipe(proc.stdout);
  try {
    await buildProgram(proc, state).parseAsync(proc.argv);
    return state.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT.OK; // --help, --version
      if (e.code === 'commander.help') return EXIT.USAGE; // no command given: help was printed on stderr
      warn(proc, e.message.replace(/^error: /, '') + ' (see --help)');
      return EXIT.USAGE;
    }
    if (e instanceof CliError) {
      warn(proc, e.message);
      return e.exitCode;
    }
    if (proc.env.DEBUG?.includes('tiktok-claims')) proc.stderr.write(String((e as Error)?.stack ?? e) + '\n');
    warn(proc, new CliError('E_INTERNAL', { message: (e as Error)?.message ?? String(e) }).message);
    return EXIT.INTERNAL;
  }
}

/**
 * A reader that went away (`--help | head -1`) makes the next write fail with EPIPE, reported as an
 * 'error' event: without a listener, that is a stack trace and exit 1. Every write to stdout (help,
 * version, results) ends quietly instead; the extract sink also stops producing output.
 */
function quietPipe(out: CliProcess['stdout']): void {
  if (typeof out.on !== 'function' || out.listeners?.('error').includes(ignorePipe)) return;
  out.on('error', ignorePipe);
}

function ignorePipe(e: NodeJS.ErrnoException): void {
  if (e?.code !== 'EPIPE' && e?.code !== 'ERR_STREAM_DESTROYED') throw e;
}
