import { availableParallelism } from 'node:os';
import { expandInputs, parseInputFormat, type InputSpec } from '../io/expand-inputs.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import type { BatchOptions } from './batch.js';
import { CliError } from '../io/errors.js';
import { loadLexicons } from '../io/lexicon-files.js';
import { warn, type CliProcess } from './io.js';
import { parseDateOption, parseIntOption } from './options.js';

/** The input flags that `extract` and `ledger` share. */
export interface InputFlags {
  date?: string;
  maxBytes?: string;
  jobs?: string;
  inputFormat?: string;
  stdinName?: string;
  lineOffset?: string;
  textField?: string;
  dateField?: string;
  idField?: string;
  urlField?: string;
  titleField?: string;
  lexicon?: string[];
}

export interface InputRun {
  specs: InputSpec[];
  batch: BatchOptions;
  jobs: number;
}

/** Validate the shared flags (bad values throw a CliError) and expand the inputs, in order. */
export async function prepareInputs(inputs: string[], flags: InputFlags, proc: CliProcess): Promise<InputRun> {
  const referenceDate = parseDateOption(flags.date);
  const maxBytes = parseIntOption('--max-bytes', flags.maxBytes, 1, 2 ** 31, DEFAULT_MAX_BYTES);
  const jobs = parseIntOption('--jobs', flags.jobs, 1, 256, availableParallelism());
  const inputFormat = parseInputFormat(flags.inputFormat);
  const lineOffset = parseIntOption('--line-offset', flags.lineOffset, 0, 10 ** 12 - 1, 0);
  if (inputs.length === 0) throw new CliError('E_NO_INPUT');
  const specs = await expandInputs(inputs, inputFormat, (_path, message) => warn(proc, message));
  const lexicon = await loadLexicons(flags.lexicon ?? [], process.cwd());
  const fields = { text: flags.textField, date: flags.dateField, id: flags.idField, url: flags.urlField, title: flags.titleField };
  return { specs, jobs, batch: { referenceDate, maxBytes, stdin: proc.stdin, stdinName: flags.stdinName, lineOffset, fields, lexicon } };
}
