/**
 * `check DIR...`: run extraction on each NAME.txt that has a NAME.gold.json (with the gold's
 * referenceDate), score it, print the report, and exit 1 when a minimum score is not met.
 */
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../../io/errors.js';
import { warn, type CliProcess, type RunState } from '../io.js';
import type { ArticleScore, GoldEntry } from '../../score/index.js';
import { goldEntries, METRICS_HELP, readMinimums, report, withReportOptions, type ReportFlags } from './score.js';

const CHECK_EXAMPLES = `
Examples:
  $ tiktok-claims check fixtures/
  $ tiktok-claims check fixtures/ --min quotes.f1=0.9 --min claims.recall=0.8
  $ tiktok-claims check fixtures/ --thresholds .ci/thresholds.json --format json
  $ tiktok-claims check fixtures/ --thresholds .ci/thresholds.json --format junit > check.xml
  $ tiktok-claims check fixtures/ --min claims.f1=0.85 --format github     (in a GitHub Actions step)`;

export function registerCheck(program: Command, proc: CliProcess, state: RunState): void {
  withReportOptions(
    program
      .command('check')
      .description('extract from each NAME.txt that has a NAME.gold.json, score it, and fail below minimum scores')
      .argument('<dirs...>', 'directories of NAME.txt + NAME.gold.json pairs'),
  )
    .addHelpText('after', CHECK_EXAMPLES + METRICS_HELP)
    .action(async (dirs: string[], flags: ReportFlags) => {
      state.exitCode = await runCheck(dirs, flags, proc);
    });
}

export async function runCheck(dirs: string[], flags: ReportFlags, proc: CliProcess): Promise<number> {
  const mins = await readMinimums(flags);
  const entries: GoldEntry[] = [];
  for (const dir of dirs) {
    for (const e of await goldEntries(dir)) {
      if (e.textPath) entries.push(e);
      else warn(proc, `${e.goldPath}: no article text beside it; skipped`);
    }
  }
  if (entries.length === 0) throw new CliError('E_NO_GOLD', { path: dirs.join(', ') });
  const { analyze } = await import('../../pipeline.js');
  const { readInputFile } = await import('../../io/read-input.js');
  const { scoreArticle } = await import('../../score/index.js');
  const scores: ArticleScore[] = [];
  const files = new Map<string, { path: string; text?: string }>();
  for (const entry of entries) {
    const input = await readInputFile(entry.textPath!);
    const doc = analyze(input.text, { referenceDate: entry.gold.referenceDate, path: input.path, bytes: input.bytes });
    scores.push(scoreArticle(entry.gold, doc, entry.id));
    if (flags.format === 'github') files.set(entry.id, { path: repoPath(entry.textPath!), text: input.text });
  }
  return report(scores, mins, flags, proc, files);
}

/** A path as GitHub annotations want it: relative to the working directory (the checkout) when inside it. */
function repoPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
