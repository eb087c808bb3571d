/** The process, passed in (size-limit style): the CLI is testable in-process with fake streams. */
export interface CliProcess {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Print one line on stderr, prefixed with the program name. */
export function warn(proc: CliProcess, message: string): void {
  proc.stderr.write(`tiktok-claims: ${message}\n`);
}

/** Exit code set by the command that ran (commands are loaded only when used: fast --help). */
export interface RunState {
  exitCode: number;
}
