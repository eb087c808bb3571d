/**
 * Typed errors and documented exit codes. Input and output modules (here in io/) and the CLI throw
 * them; the CLI's one error handler (src/cli/main.ts) maps them to a one-line message on stderr and an
 * exit code; nothing else in the CLI catches. They live in io/, below cli/, so io never imports cli.
 */
import { MESSAGES, type MessageCode } from './messages.js';

/** Exit codes (documented in the README). */
export const EXIT = {
  OK: 0,
  /** `check`: a score fell below a threshold */
  THRESHOLD: 1,
  /** bad command line: unknown option or command, bad --date, unknown --format, bad numbers */
  USAGE: 2,
  /** an input could not be read or processed (missing, directory, binary, empty, too large...) */
  INPUT: 3,
  /** the output could not be written */
  OUTPUT: 4,
  /** a bug: please report it (run with DEBUG=tiktok-claims for the stack) */
  INTERNAL: 70,
} as const;

export class CliError extends Error {
  readonly code: MessageCode;
  readonly exitCode: number;
  constructor(code: MessageCode, args: Record<string, string | number> = {}) {
    const entry = MESSAGES[code];
    super(entry.text.replace(/\{(\w+)\}/g, (_m, k: string) => String(args[k] ?? `{${k}}`)));
    this.code = code;
    this.exitCode = entry.exit;
  }
}
