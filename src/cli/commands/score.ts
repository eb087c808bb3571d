/**
 * `score GOLD_DIR PRED_DIR`: score saved predictions (NAME.json, e.g. from `extract --format json`)
 * against gold (NAME.gold.json) with the SCHEMA.md rules. The report options and the thresholds
 * logic are shared with `check` (check.ts). Heavy modules load only when the command runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { colorLevel, makeChalk } from '../color.js';
import { CliError, EXIT } from '../../io/errors.js';
import { warn, type CliProcess, type RunState } from '../io.js';
import type { ArticleScore, GoldEntry, Minimums, Paint, ScoreRun } from '../../score/index.js';

export interface ReportFlags {
  format?: string;
  min?: string[];
  thresholds?: string;
  verbose?: boolean;
  color?: boolean;
}

const SCORE_EXAMPLES = `
Examples:
  $ tiktok-claims extract fixtures/seed-000.txt --format json -o preds/seed-000.json
  $ tiktok-claims score fixtures preds
  $ tiktok-claims score fixtures preds --min quotes.f1=0.9 --verbose
  $ tiktok-claims score fixtures preds --format github     (in a GitHub Actions step)`;

/** What `score` and `check` share, printed after each command's own examples. */
export const METRICS_HELP = `

Metrics for --min / --thresholds: FIELD.METRIC with FIELD one of actors, dates, deadlines, quotes,
claims and METRIC one of precision, recall, f1, or the field's accuracy (actors.typeAccuracy,
dates.valueAccuracy, deadlines.valueAccuracy, quotes.speakerAccuracy, quotes.kindAccuracy,
claims.sourceAccuracy). Scores are micro-averaged over the articles.
Exit codes: 0 ok, 1 a score fell below its minimum, 2 bad command line, 3 bad or missing files.`;

/** The options `score` and `check` share. */
export function withReportOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <name>', 'report format: pretty, json, junit (JUnit XML for CI test reporters), github (GitHub Actions annotations)').choices(['pretty', 'json', 'junit', 'github']).default('pretty'))
    .option('--min <FIELD.METRIC=VALUE>', 'minimum score, repeatable (e.g. --min quotes.f1=0.9)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--thresholds <file>', 'JSON file of minimums: {"quotes.f1": 0.9} or {"quotes": {"f1": 0.9}}')
    .option('-v, --verbose', 'list every miss, false positive and wrong value with its text')
    .option('--no-color', 'no colors even on a terminal')
    .exitOverride();
}

export function registerScore(program: Command, proc: CliProcess, state: RunState): void {
  withReportOptions(
    program
      .command('score')
      .description('score saved predictions (NAME.json) against gold annotations (NAME.gold.json)')
      .argument('<gold-dir>', 'directory of NAME.gold.json files')
      .argument('<pred-dir>', 'directory of NAME.json predictions (extract --format json)'),
  ).addHelpText('after', SCORE_EXAMPLES + METRICS_HELP).action(async (goldDir: string, predDir: string, flags: ReportFlags) => {
    state.exitCode = await runScore(goldDir, predDir, flags, proc);
  });
}

/** Gold entries of a directory, or a CliError saying what is wrong with it. */
export async function goldEntries(dir: string): Promise<GoldEntry[]> {
  if (!existsSync(dir)) throw new CliError('E_NOT_FOUND', { path: dir });
  if (!statSync(dir).isDirectory()) throw new CliError('E_NO_GOLD', { path: dir });
  const { loadGoldDir } = await import('../../score/index.js');
  let entries: GoldEntry[];
  try {
    entries = loadGoldDir(dir);
  } catch (err) {
    throw new CliError('E_BAD_GOLD', { message: (err as Error).message });
  }
  if (entries.length === 0) throw new CliError('E_NO_GOLD', { path: dir });
  return entries;
}

export async function runScore(goldDir: string, predDir: string, flags: ReportFlags, proc: CliProcess): Promise<number> {
  const mins = await readMinimums(flags);
  if (!existsSync(predDir) || !statSync(predDir).isDirectory()) throw new CliError('E_NOT_FOUND', { path: predDir });
  const { scoreArticle } = await import('../../score/index.js');
  const scores: ArticleScore[] = [];
  for (const entry of await goldEntries(goldDir)) {
    const path = join(predDir, `${entry.id}.json`);
    if (!existsSync(path)) warn(proc, `${path}: no prediction for ${entry.id}; scored as empty`);
    scores.push(scoreArticle(entry.gold, existsSync(path) ? readPrediction(path) : {}, entry.id));
  }
  return report(scores, mins, flags, proc);
}

function readPrediction(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError('E_UNREADABLE', { path, reason: (err as Error).message.split('\n')[0]! });
  }
}

/** --min specs and --thresholds file, merged (--min wins). */
export async function readMinimums(flags: ReportFlags): Promise<Minimums> {
  const { loadThresholdsFile, parseMinSpecs } = await import('../../score/index.js');
  try {
    return { ...(flags.thresholds ? loadThresholdsFile(flags.thresholds) : {}), ...parseMinSpecs(flags.min ?? []) };
  } catch (err) {
    throw new CliError('E_BAD_OPTION', { message: (err as Error).message });
  }
}

/** Article id -> its text file (and text), for reports that point at lines (github). */
export type ArticleFiles = ReadonlyMap<string, { path: string; text?: string }>;

/** Print the report (pretty, JSON, JUnit XML or GitHub annotations) and return 0, or 1 naming each threshold that falls short. */
export async function report(scores: ArticleScore[], mins: Minimums, flags: ReportFlags, proc: CliProcess, files?: ArticleFiles): Promise<number> {
  const { renderRun, runJson, summarize } = await import('../../score/index.js');
  const run: ScoreRun = summarize(scores, mins);
  const verbose = Boolean(flags.verbose);
  if (flags.format === 'json') proc.stdout.write(`${JSON.stringify(runJson(run, verbose), null, 2)}\n`);
  else if (flags.format === 'junit') proc.stdout.write((await import('../../format/score/junit.js')).renderJunit(run));
  else if (flags.format === 'github') proc.stdout.write((await import('../../format/score/github.js')).renderGithub(run, { verbose, files }));
  else proc.stdout.write(renderRun(run, { verbose, paint: paintFor(flags, proc) }));
  const failed = run.thresholds.filter((t) => !t.ok);
  if (failed.length === 0) return EXIT.OK;
  const names = failed.map((t) => `${t.metric} ${t.value === null ? 'n/a' : t.value.toFixed(3)} < ${t.min}`).join(', ');
  warn(proc, new CliError('E_BELOW_THRESHOLD', { failed: failed.length, total: run.thresholds.length, names }).message);
  return EXIT.THRESHOLD;
}

function paintFor(flags: ReportFlags, proc: CliProcess): Paint {
  const c = makeChalk(colorLevel(flags, proc.env, Boolean(proc.stdout.isTTY)));
  return { good: (s) => c.green(s), bad: (s) => c.red(s), dim: (s) => c.dim(s), bold: (s) => c.bold(s) };
}
