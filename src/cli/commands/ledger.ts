import { LEDGER_FORMATS, LEDGER_FORMAT_NAMES } from '../../format/ledger/index.js';
import type { InputSpec } from '../../io/expand-inputs.js';
import { streamInputs } from '../../io/records.js';
import { LEDGER_FILE, readLedgerFile, type FoldableLedger } from '../../io/read-ledger.js';
import { headOf } from '../../io/sniff.js';
import { fileSink, stdoutSink } from '../../io/sink.js';
import { Ledger, type ArticleMeta } from '../../ledger/index.js';
import type { ClaimsDoc } from '../../schema/doc.js';
import { metaOf, processOne, type BatchOptions } from '../batch.js';
import { runPool, type PoolInput } from '../pool.js';
import type { PoolResult } from '../wire.js';
import { countInputs } from '../../io/jsonl-records.js';
import { colorLevel, makeChalk } from '../color.js';
import { CliError, EXIT } from '../../io/errors.js';
import { warn, type CliProcess } from '../io.js';
import { parseChoice } from '../options.js';
import { prepareInputs, type InputFlags } from '../run-options.js';

export interface LedgerFlags extends InputFlags {
  format?: string;
  output?: string;
  color?: boolean;
  quiet?: boolean;
}

/**
 * `ledger INPUTS...`: analyze each article and fold it into one ledger as it arrives (texts and
 * documents are dropped after the fold), then write the ledger. Returns the exit code.
 */
export async function runLedger(inputs: string[], flags: LedgerFlags, proc: CliProcess): Promise<number> {
  const format = LEDGER_FORMATS[parseChoice(flags.format ?? 'pretty', LEDGER_FORMAT_NAMES())]!;
  const { specs, batch, jobs } = await prepareInputs(inputs, flags, proc);
  const progress = !flags.quiet && Boolean(proc.stderr.isTTY);

  const ledger = new Ledger({ keepDigests: format.name === 'json' });
  let index = 0;
  let failed = 0;
  let lastError: CliError | null = null;
  for await (const item of analyzed(specs, batch, jobs)) {
    index++;
    if ('ledger' in item) ledger.addLedger(item.ledger);
    else if (item.r.ok) {
      if ('digest' in item.r) ledger.fold(item.r.digest); // finished by a worker
      else if ('doc' in item.r && item.spec) ledger.add(item.r.doc, metaOf(item.spec, item.r.doc));
    }
    else {
      failed++;
      lastError = item.r.error;
      if (progress) proc.stderr.write('\r\u001b[K');
      warn(proc, item.r.error.message);
      ledger.addError(item.r.path, item.r.error.code, item.r.error.message);
    }
    if (progress) proc.stderr.write(`\rtiktok-claims: ledger: ${index} inputs read`);
  }
  if (progress) proc.stderr.write('\r\u001b[K');

  const toTTY = !flags.output && Boolean(proc.stdout.isTTY);
  const level = format.machine ? 0 : colorLevel(flags, proc.env, toTTY);
  if (failed === 1 && index === 1 && lastError) return lastError.exitCode; // one input that failed: nothing written, a previous file at --output stays
  const sink = flags.output ? fileSink(flags.output) : stdoutSink(proc.stdout);
  try {
    await sink.write(format.render(ledger.finish(), { chalk: makeChalk(level) }));
  } catch (e) {
    await sink.discard();
    throw e;
  }
  await sink.close();
  if (failed === 0) return EXIT.OK;
  warn(proc, new CliError('E_INPUTS_FAILED', { failed, total: index }).message);
  return EXIT.INPUT;
}

/** A .json input that is a ledger made earlier (it opens with its schemaVersion), not a JSON export of articles. */
async function isLedger(s: InputSpec): Promise<boolean> {
  return (s.kind === 'json' || s.kind === 'file') && LEDGER_FILE.test(s.path) && /^\uFEFF?\s*\{\s*"schemaVersion"/u.test(await headOf(s.path, 256));
}

/** An input's result (`spec`: the input, when the result is a document still to be folded), or a ledger file. */
type Analyzed = { spec: InputSpec | null; r: PoolResult } | { spec: InputSpec; ledger: FoldableLedger };

/**
 * Each input with its result, in input order: a ledger file (.json) read whole; article files and
 * records (streamed: the texts are never all held) on the --jobs worker pool, whose workers send back
 * each article's digest. A ledger file that cannot be folded is a failed input.
 */
async function* analyzed(specs: InputSpec[], batch: BatchOptions, jobs: number): AsyncGenerator<Analyzed> {
  const ledgers = new Set<InputSpec>();
  for (const s of specs) if (await isLedger(s)) ledgers.add(s);
  const isLedgerSpec = (s: InputSpec) => ledgers.has(s);
  for (let i = 0; i < specs.length; ) {
    const spec = specs[i]!;
    if (isLedgerSpec(spec)) {
      i++;
      yield await readLedgerFile(spec.path).then(
        (ledger) => ({ spec, ledger }),
        (error: unknown) => ({ spec, r: { ok: false as const, index: i - 1, path: spec.path, error: asCliError(error) } }),
      );
      continue;
    }
    let j = i;
    while (j < specs.length && !isLedgerSpec(specs[j]!)) j++;
    yield* articles(specs.slice(i, j), batch, jobs);
    i = j;
  }
}

async function* articles(specs: InputSpec[], batch: BatchOptions, jobs: number): AsyncGenerator<Analyzed> {
  const inputs = jobs > 1 ? await countInputs(specs) : 1;
  if (inputs > 1) {
    const records = streamInputs(specs, batch) as AsyncIterable<PoolInput>;
    for await (const r of runPool(records, batch, { jobs, ordered: true, output: { kind: 'digest' }, inputs })) yield { spec: null, r };
    return;
  }
  let index = 0;
  for await (const spec of streamInputs(specs, batch)) yield { spec, r: await processOne(spec, index++, batch) };
}

function asCliError(e: unknown): CliError {
  return e instanceof CliError ? e : new CliError('E_INTERNAL', { message: (e as Error)?.message ?? String(e) });
}
