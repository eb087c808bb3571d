import { LEDGER_FORMATS, LEDGER_FORMAT_NAMES } from '../../format/ledger/index.js';
import { expandInputs, parseInputFormat, type InputSpec } from '../../io/expand-inputs.js';
import { streamInputs } from '../../io/jsonl-records.js';
import { DEFAULT_MAX_BYTES } from '../../io/read-input.js';
import { fileSink, stdoutSink } from '../../io/sink.js';
import { Ledger, type ArticleMeta } from '../../ledger/index.js';
import { processOne, type BatchOptions } from '../batch.js';
import { colorLevel, makeChalk } from '../color.js';
import { CliError, EXIT } from '../errors.js';
import { warn, type CliProcess } from '../io.js';
import { parseChoice, parseDateOption, parseIntOption } from '../options.js';

export interface LedgerFlags {
  format?: string;
  output?: string;
  date?: string;
  color?: boolean;
  maxBytes?: string;
  quiet?: boolean;
  inputFormat?: string;
}

/**
 * `ledger INPUTS...`: analyze each article and fold it into one ledger as it arrives (texts and
 * documents are dropped after the fold), then write the ledger. Returns the exit code.
 */
export async function runLedger(inputs: string[], flags: LedgerFlags, proc: CliProcess): Promise<number> {
  const format = LEDGER_FORMATS[parseChoice(flags.format ?? 'pretty', LEDGER_FORMAT_NAMES())]!;
  const referenceDate = parseDateOption(flags.date);
  const maxBytes = parseIntOption('--max-bytes', flags.maxBytes, 1, 2 ** 31, DEFAULT_MAX_BYTES);
  const inputFormat = parseInputFormat(flags.inputFormat);
  if (inputs.length === 0) throw new CliError('E_NO_INPUT');
  const specs = await expandInputs(inputs, inputFormat);
  const batch: BatchOptions = { referenceDate, maxBytes, stdin: proc.stdin };
  const progress = !flags.quiet && Boolean(proc.stderr.isTTY);

  const ledger = new Ledger();
  let index = 0;
  let failed = 0;
  for await (const spec of streamInputs(specs, batch)) {
    const r = await processOne(spec, index++, batch);
    if (r.ok) ledger.add(r.doc, metaOf(spec, referenceDate));
    else {
      failed++;
      if (progress) proc.stderr.write('\r\u001b[K');
      warn(proc, r.error.message);
      ledger.addError(r.path, r.error.code, r.error.message);
    }
    if (progress) proc.stderr.write(`\rtiktok-claims: ledger: ${index} articles read`);
  }
  if (progress) proc.stderr.write('\r\u001b[K');

  const toTTY = !flags.output && Boolean(proc.stdout.isTTY);
  const level = format.machine ? 0 : colorLevel(flags, proc.env, toTTY);
  const sink = flags.output ? fileSink(flags.output) : stdoutSink(proc.stdout);
  await sink.write(format.render(ledger.finish(), { chalk: makeChalk(level) }));
  await sink.close();
  if (failed === 0) return EXIT.OK;
  warn(proc, new CliError('E_INPUTS_FAILED', { failed, total: index }).message);
  return EXIT.INPUT;
}

/** What the ledger keeps of where an article came from. */
function metaOf(spec: InputSpec, referenceDate: string | null): ArticleMeta {
  if (spec.kind !== 'record') return { id: spec.path, path: spec.path };
  return {
    id: spec.id,
    path: spec.path,
    title: spec.title,
    url: spec.url,
    outlet: spec.outlet,
    ...(referenceDate ? {} : spec.date ? { dateSource: 'record' as const } : {}),
  };
}
