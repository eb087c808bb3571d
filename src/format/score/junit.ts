/**
 * `check --format junit` (and `score`): JUnit XML for CI test reporters. A suite "all articles" has one
 * test case per minimum (--min / --thresholds), failing where the micro-averaged score falls short (the
 * failure names the articles below it: the same rule as the exit code); then a suite per article with a
 * test case per field metric, its value in the output (informational: an article is not a gate).
 */
import { metricNames, metricValue, type ScoreRun } from '../../score/index.js';

const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const num = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));

export function renderJunit(run: ScoreRun, name = 'tiktok-claims check'): string {
  const suites: string[] = [];
  const failed = run.thresholds.filter((t) => !t.ok).length;
  const totalCases = run.thresholds.map((t) => {
    const caseName = `${t.metric} >= ${t.min}`;
    const head = `    <testcase classname="tiktok-claims.total" name="${xml(caseName)}">`;
    const value = `      <system-out>${xml(`${t.metric} ${num(t.value)} over ${run.total.articles} articles`)}</system-out>`;
    if (t.ok) return `${head}\n${value}\n    </testcase>`;
    const below = run.articles.map((a) => ({ id: a.id, v: metricValue(a.fields, t.metric) })).filter((a) => a.v === null || a.v < t.min);
    const message = `${t.metric} ${num(t.value)} < ${t.min}`;
    const detail = below.length ? `articles below ${t.min}: ${below.map((a) => `${a.id} ${num(a.v)}`).join(', ')}` : '';
    return `${head}\n      <failure type="threshold" message="${xml(message)}">${xml(detail)}</failure>\n${value}\n    </testcase>`;
  });
  suites.push(suite('all articles (micro-averaged)', totalCases, failed));
  const metrics = metricNames();
  for (const a of run.articles) {
    const cases = metrics.map((m) => `    <testcase classname="${xml(a.id)}" name="${xml(m)}">\n      <system-out>${xml(`${m} ${num(metricValue(a.fields, m))}`)}</system-out>\n    </testcase>`);
    suites.push(suite(a.id, cases, 0));
  }
  const tests = totalCases.length + run.articles.length * metrics.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${tests}" failures="${failed}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

function suite(name: string, cases: string[], failures: number): string {
  return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`;
}
