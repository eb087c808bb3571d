/** The result of scoring a set of articles (for `score` and `check`), as text and as JSON. */
import { aggregate } from './aggregate.js';
import { checkThresholds, type ThresholdResult } from './metric.js';
import { NO_PAINT, renderFields, renderFindings, type Paint } from './report.js';
import type { Minimums } from './thresholds.js';
import { FIELDS, type AggregateScore, type ArticleScore } from './types.js';

export interface ScoreRun {
  articles: ArticleScore[];
  total: AggregateScore;
  thresholds: ThresholdResult[];
  /** true when every threshold is met */
  ok: boolean;
}

export function summarize(articles: ArticleScore[], mins: Minimums): ScoreRun {
  const total = aggregate(articles);
  const thresholds = checkThresholds(total.fields, mins);
  return { articles, total, thresholds, ok: thresholds.every((t) => t.ok) };
}

const num = (v: number | null): string => (v === null ? '    -' : v.toFixed(3));

/** Per article: F1 of each field (and the claims' recall, the bench's main number). */
export function renderArticles(articles: readonly ArticleScore[], paint: Paint = NO_PAINT): string {
  const width = Math.max(8, ...articles.map((a) => a.id.length)) + 2;
  const head = `${'article'.padEnd(width)}${FIELDS.map((f) => `${f} F1`.padStart(13)).join('')}`;
  const rows = articles.map((a) => `${a.id.padEnd(width)}${FIELDS.map((f) => num(a.fields[f].f1).padStart(13)).join('')}`);
  return [paint.bold(head), ...rows].join('\n');
}

export function renderThresholds(results: readonly ThresholdResult[], paint: Paint = NO_PAINT): string {
  return results
    .map((t) => {
      const v = t.value === null ? 'n/a (nothing to measure)' : t.value.toFixed(3);
      return t.ok ? `  ${paint.good('ok  ')} ${t.metric} ${v} >= ${t.min}` : `  ${paint.bad('FAIL')} ${t.metric} ${v} < ${t.min}`;
    })
    .join('\n');
}

/** The human report: total table, per-article table, thresholds, and with verbose every finding. */
export function renderRun(run: ScoreRun, opts: { verbose: boolean; paint?: Paint }): string {
  const paint = opts.paint ?? NO_PAINT;
  const parts = [
    paint.bold(`${run.total.articles} article${run.total.articles === 1 ? '' : 's'}, micro-averaged`),
    renderFields(run.total.fields, FIELDS, paint),
    '',
    renderArticles(run.articles, paint),
  ];
  if (opts.verbose && run.total.findings.length > 0) parts.push('', paint.bold('misses, false positives, wrong values:'), renderFindings(run.total.findings, FIELDS, paint));
  if (run.thresholds.length > 0) parts.push('', paint.bold('thresholds:'), renderThresholds(run.thresholds, paint));
  return `${parts.join('\n')}\n`;
}

/** The machine report (`--format json`): findings only with verbose. */
export function runJson(run: ScoreRun, verbose: boolean): unknown {
  return {
    ok: run.ok,
    articles: run.articles.map((a) => ({ id: a.id, fields: a.fields, ...(verbose ? { findings: a.findings } : {}) })),
    total: { articles: run.total.articles, fields: run.total.fields },
    thresholds: run.thresholds,
  };
}
