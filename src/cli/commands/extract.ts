import { FORMATS, FORMAT_NAMES, type FormatContext, type Formatter, type ItemList } from '../../format/index.js';
import type { InputSpec } from '../../io/expand-inputs.js';
import { countInputs } from '../../io/jsonl-records.js';
import { fileSink, stdoutSink, type Sink } from '../../io/sink.js';
import { errorRecord, type BatchOptions } from '../batch.js';
import { runInOrder } from '../apart.js';
import { colorLevel, makeChalk } from '../color.js';
import { CliError, EXIT } from '../../io/errors.js';
import { warn, type CliProcess } from '../io.js';
import { parseChoice, parseIntOption } from '../options.js';
import { prepareInputs, type InputFlags } from '../run-options.js';
import { runPool, type PoolInput } from '../pool.js';
import { renderContext, type WorkerOutput } from '../wire.js';
import { streamInputs } from '../../io/records.js';
import { createProgress, progressWanted } from '../progress.js';
import { packageVersion } from '../version.js';

export interface ExtractFlags extends InputFlags {
  format?: string;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  highlight?: boolean;
  unordered?: boolean;
  items?: string;
  offsets?: string;
  explain?: boolean;
  maxHeap?: string;
}

/** `extract INPUTS...`: analyze each input and stream it through the chosen formatter. Returns the exit code. */
export async function runExtract(inputs: string[], flags: ExtractFlags, proc: CliProcess): Promise<number> {
  const format = FORMATS[parseChoice(flags.highlight ? 'highlight' : (flags.format ?? 'pretty'), FORMAT_NAMES())]!;
  const run = await prepareInputs(inputs, flags, proc);
  const { specs, jobs } = run;
  const batch = { ...run.batch, explain: flags.explain === true };
  const maxHeapMb = flags.maxHeap === undefined ? undefined : parseIntOption('--max-heap', flags.maxHeap, 16, 2 ** 20, 0);
  const hasJsonl = specs.some((s) => s.kind === 'jsonl' || s.kind === 'json' || s.kind === 'feed'); // records are streamed: count them for the formatters
  const toTTY = !flags.output && Boolean(proc.stdout.isTTY);
  const level = format.machine ? 0 : colorLevel(flags, proc.env, toTTY);
  const ctx: FormatContext = {
    color: level > 0,
    chalk: makeChalk(level),
    inputs: hasJsonl ? await countInputs(specs) : specs.length,
    items: (flags.items ?? 'claims') as ItemList, // commander checked the choice
    offsets: flags.offsets === 'codepoint' ? 'codepoint' : 'utf16',
    version: `tiktok-claims ${packageVersion()}`,
    width: toTTY ? (proc.stdout.columns ?? 80) : null, // the terminal views wrap to the terminal
  };
  if (format.single && ctx.inputs > 1) throw new CliError('E_BAD_OPTION', { message: `--format ${format.name} writes one .ann file per article: give one input` });
  const sink: Sink = flags.output ? fileSink(flags.output) : stdoutSink(proc.stdout);

  const state = { failed: 0, lastError: null as CliError | null };
  try {
    if (await writeAll({ specs, batch, jobs, flags, proc, format, ctx, level, sink, maxHeapMb }, state)) return EXIT.OK; // the reader went away (| head): stop quietly
  } catch (e) {
    await sink.discard(); // an internal or output error: no temp file left, any previous output stays
    throw e;
  }
  const { failed, lastError } = state;
  // one input that failed: nothing is written, a previous file at --output stays as it was
  if (failed > 0 && failed === ctx.inputs && ctx.inputs === 1) await sink.discard();
  else await sink.close();
  if (failed === 0) return EXIT.OK;
  if (specs.length === 1 && lastError) return lastError.exitCode;
  warn(proc, new CliError('E_INPUTS_FAILED', { failed, total: ctx.inputs }).message);
  return EXIT.INPUT;
}

/** Stream every result through the formatter into the sink; true when the reader went away. */
interface Run {
  specs: InputSpec[];
  batch: BatchOptions;
  jobs: number;
  flags: ExtractFlags;
  proc: CliProcess;
  format: Formatter;
  ctx: FormatContext;
  level: 0 | 1 | 2 | 3;
  sink: Sink;
  maxHeapMb: number | undefined;
}

async function writeAll({ specs, batch, jobs, flags, proc, format, ctx, level, sink, maxHeapMb }: Run, state: { failed: number; lastError: CliError | null }): Promise<boolean> {
  let written = 0; // output position (differs from r.index with --unordered)
  // in input order, the workers render each document (output position = input index); --unordered: here
  const output: WorkerOutput = flags.unordered ? { kind: 'doc' } : { kind: 'render', format: format.name, ctx: renderContext(ctx, level) };
  // files and records alike go to the pool, records streamed (their texts are never all held)
  const pooled = () => runPool(streamInputs(specs, batch) as AsyncIterable<PoolInput>, batch, { jobs, ordered: !flags.unordered, output, inputs: ctx.inputs });
  // one at a time, a file over 512 KiB analyzed and rendered in a bounded worker of its own (apart.ts)
  const render = { kind: 'render', format: format.name, ctx: renderContext(ctx, level) } as const;
  const results = jobs > 1 && ctx.inputs > 1 ? pooled() : runInOrder(specs, batch, { output: render, ...(maxHeapMb ? { maxHeapMb } : {}) });
  const wanted = progressWanted({ quiet: flags.quiet, stderrTTY: proc.stderr.isTTY, stdoutTTY: proc.stdout.isTTY, toFile: Boolean(flags.output), inputs: ctx.inputs });
  const progress = createProgress(proc.stderr, ctx.inputs, { enabled: wanted });
  await sink.write(format.header?.(ctx) ?? '');
  for await (const r of results) {
    if (r.ok) {
      if ('parts' in r) await writeParts(sink, r.parts);
      else await sink.write('rendered' in r ? r.rendered : 'doc' in r ? format.document(r.doc, r.text, ctx, written) : '');
      written++;
    }
    else {
      state.failed++;
      state.lastError = r.error;
      progress.clear();
      warn(proc, r.error.message);
      await sink.write(format.error?.(errorRecord(r.path, r.error), ctx, written++) ?? '');
    }
    progress.tick();
    if (sink.closed) {
      progress.done();
      return true;
    }
  }
  progress.done();
  await sink.write(format.footer?.(ctx) ?? '');
  return false;
}

/** A large input's output, piece by piece as its worker makes them (apart.ts); a reader gone away ends it. */
async function writeParts(sink: Sink, parts: AsyncIterable<string>): Promise<void> {
  for await (const part of parts) {
    await sink.write(part);
    if (sink.closed) return;
  }
}
